import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../api/plans-types';
import { StatusBadge } from '../../components/StatusBadge';

/** An item's status: planned, in progress, done, postponed, cancelled. */
export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={`item-${status}`}>{t(`plans.statuses.${status}`)}</StatusBadge>;
}

/** "Overdue" as text (never colour alone): the latest end has passed and the item is not done. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return <StatusBadge tone="item-overdue">{t('plans.item.overdue')}</StatusBadge>;
}
