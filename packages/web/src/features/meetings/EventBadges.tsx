import { useTranslation } from 'react-i18next';
import type { EventStatus } from '../../api';
import { StatusBadge } from '../../components/StatusBadge';

/** An event's status: planned, held, postponed, cancelled. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={`event-${status}`}>{t(`meetings.statuses.${status}`)}</StatusBadge>;
}
