import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanItem } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { BodyLinks } from './BodyLinks';
import { ItemStatusBadge, OverdueBadge } from './ItemStatusBadge';
import { planItemPath } from './paths';
import { PeriodText } from './PeriodText';
import { ProgressBar } from './ProgressBar';

/**
 * One item in the tree or a list: code and title (a link to the item), status, overdue, progress,
 * responsible bodies and target period.
 */
export function PlanItemRow({ item }: { item: PlanItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = pickLocalized(item.title, format.language);
  return (
    <div className="plan-item-row" data-testid={`plan-item-${item.code}`}>
      <p className="plan-item-title">
        <span className="plan-item-code">{item.code}</span> <Link to={planItemPath(item.id)}>{title}</Link>
      </p>
      <p className="plan-item-meta">
        <ItemStatusBadge status={item.status} />
        {item.overdue ? (
          <>
            {' '}
            <OverdueBadge />
          </>
        ) : null}{' '}
        <ProgressBar value={item.progress} label={t('plans.progress.ofItem', { code: item.code })} />
      </p>
      <p className="plan-item-meta">
        {item.responsible.length > 0 ? (
          <span>
            {t('plans.item.responsible')}: <BodyLinks bodies={item.responsible} />
          </span>
        ) : null}
        {item.responsible.length > 0 ? ' · ' : null}
        <PeriodText period={item.period} />
      </p>
    </div>
  );
}
