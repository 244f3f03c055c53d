import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getPlan, listPlanItems, planExportUrl } from '../../api/plans';
import type { PlanDetail } from '../../api/plans-types';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { FilteredItems } from './FilteredItems';
import { filterFromParams, filterToParams, isFiltered } from './plan-filters';
import { PlanFacts } from './PlanFacts';
import { PlanFilters } from './PlanFilters';
import { PlanMatrix } from './PlanMatrix';
import { PlanTimeline } from './PlanTimeline';
import { PlanTreeView } from './PlanTreeView';
import { planView, PlanViewTabs } from './PlanViewTabs';
import { PLANS_PATH, planPath } from './paths';
import './plans.css';

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const title = pickLocalized(plan.title, format.language);
  const description = pickLocalized(plan.description, format.language);
  usePageTitle(title);
  const items = useAsync(() => listPlanItems(plan.id), [plan.id]);
  const view = planView(params.get('view'));
  const filter = filterFromParams(params);
  const filtered = isFiltered(filter);
  return (
    <>
      <p className="breadcrumb">
        <Link to={PLANS_PATH}>{t('plans.list.title')}</Link>
      </p>
      <h1>{title}</h1>
      {plan.canEdit ? (
        <div className="button-row">
          <Link to={`${planPath(plan.id)}/edit`} className="button button-secondary">
            {t('registry.edit')}
          </Link>
          <Link to={`${planPath(plan.id)}/items/new`} className="button">
            {t('plans.item.add')}
          </Link>
          <Link to={`${planPath(plan.id)}/import`} className="button button-secondary">
            {t('plans.import.title')}
          </Link>
        </div>
      ) : null}
      {description ? <p className="lead">{description}</p> : null}
      <PlanFacts plan={plan} />
      <ul className="export-links" aria-label={t('plans.plan.export')}>
        {(['csv', 'xlsx'] as const).map((f) => (
          <li key={f}>
            <a
              className="button button-small button-secondary"
              href={planExportUrl(plan.id, f, format.language)}
              download
            >
              {t('plans.plan.download', { format: f.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
      <PlanViewTabs current={filtered ? 'tree' : view} />
      {items.error ? <LoadError error={items.error} onRetry={items.reload} /> : null}
      {!items.data ? (
        items.error ? null : (
          <Loading />
        )
      ) : view === 'matrix' && !filtered ? (
        <PlanMatrix planId={plan.id} />
      ) : view === 'timeline' && !filtered ? (
        <PlanTimeline plan={plan} items={items.data.items} />
      ) : (
        <>
          <PlanFilters
            items={items.data.items}
            value={filter}
            onChange={(next) => setParams(filterToParams(next, params), { replace: true })}
          />
          {filtered ? (
            <FilteredItems planId={plan.id} filter={filter} />
          ) : (
            <PlanTreeView items={items.data.items} />
          )}
        </>
      )}
    </>
  );
}

/** `/plans/:id`: a plan with its items as a tree (or filtered list), a matrix and a timeline. */
export function PlanPage() {
  const record = useRecord(getPlan);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <PlanView plan={record.data} />;
}
