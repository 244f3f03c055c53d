import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../api';
import { StatusBadge } from '../../components/StatusBadge';

/** Who may see a record: public, network members, or only its owner. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={`visibility-${visibility}`}>{t(`registry.visibility.${visibility}`)}</StatusBadge>
  );
}
