import { useTranslation } from 'react-i18next';
import type { Verification } from '../../api';
import { StatusBadge } from '../../components/StatusBadge';

/** The verification state of a diaspora organisation; nothing for other organisations. */
export function VerificationBadge({ state }: { state: Verification | null }) {
  const { t } = useTranslation();
  if (!state) return null;
  return <StatusBadge tone={`verification-${state}`}>{t(`registry.verification.${state}`)}</StatusBadge>;
}
