import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../api/programmes-types';
import { StatusBadge } from '../../components/StatusBadge';

const TONES: Record<ApplicationStatus, string> = {
  draft: 'draft',
  submitted: 'pending',
  under_review: 'pending',
  accepted: 'accepted',
  waitlisted: 'pending',
  rejected: 'failed',
  withdrawn: 'revoked',
};

/** An application's status as a badge in the interface language. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`programmes.status.${status}`)}</StatusBadge>;
}
