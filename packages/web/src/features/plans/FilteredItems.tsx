import { useTranslation } from 'react-i18next';
import { listPlanItems } from '../../api/plans';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { type PlanFilterValues, toItemFilter } from './plan-filters';
import { PlanItemRow } from './PlanItemRow';

/** The items matching the filters as a flat list, with how many there are (announced politely). */
export function FilteredItems({ planId, filter }: { planId: string; filter: PlanFilterValues }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = toItemFilter(filter);
  const list = useAsync(() => listPlanItems(planId, query), [planId, JSON.stringify(query)]);
  return (
    <section className="section" aria-labelledby="plan-filtered-heading">
      <h2 id="plan-filtered-heading">{t('plans.filters.results')}</h2>
      {list.loading ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && !list.loading ? (
        <>
          <p role="status">{t('plans.filters.count', { n: format.number(list.data.total) })}</p>
          <ul className="plan-list">
            {list.data.items.map((item) => (
              <li key={item.id}>
                <PlanItemRow item={item} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
