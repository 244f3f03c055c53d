import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationReport } from '../../api/reports';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { ItemStatusBadge } from '../plans/ItemStatusBadge';
import { ProgressBar } from '../plans/ProgressBar';
import { ProgressUpdates } from '../plans/ProgressUpdates';
import { planItemPath, planPath } from '../plans/paths';

/** The plan items the organisation is responsible for, each with its status, progress and the year's updates. */
export function ReportItems({ items, year }: { items: OrganisationReport['items']; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p className="muted">{t('reports.items.none')}</p>;
  return (
    <ul className="plan-list" data-testid="report-items">
      {items.map(({ item, status, progress, updates }) => (
        <li key={item.id} className="card report-item">
          <h3>
            <span className="plan-item-code">{item.code}</span>{' '}
            <Link to={planItemPath(item.id)}>{pickLocalized(item.title, format.language)}</Link>
          </h3>
          <p>
            <Link to={planPath(item.plan.id)}>{pickLocalized(item.plan.title, format.language)}</Link>
          </p>
          <p className="plan-item-meta">
            <ItemStatusBadge status={status} />{' '}
            <ProgressBar value={progress} label={t('plans.progress.ofItem', { code: item.code })} />
          </p>
          {updates.length > 0 ? (
            <>
              <h4>{t('reports.items.updates')}</h4>
              <ProgressUpdates updates={updates} />
            </>
          ) : (
            <p className="muted">{t('reports.items.noUpdates', { year })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
