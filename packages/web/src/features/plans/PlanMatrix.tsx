import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getPlanMatrix } from '../../api/plans';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { filterToParams, NO_FILTER } from './plan-filters';

/**
 * Who does what: responsible body × status, a table with row and column headers; each count links
 * to the filtered list of those items (an OCHA 3W-style matrix).
 */
export function PlanMatrix({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matrix = useAsync(() => getPlanMatrix(planId), [planId]);
  if (!matrix.data)
    return matrix.error ? <LoadError error={matrix.error} onRetry={matrix.reload} /> : <Loading />;
  const { statuses, rows } = matrix.data;
  const link = (count: number, filter: Partial<typeof NO_FILTER>, label: string) =>
    count > 0 ? (
      <Link to={`?${filterToParams({ ...NO_FILTER, ...filter }).toString()}`} aria-label={label}>
        {format.number(count)}
      </Link>
    ) : (
      format.number(0)
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll section" aria-labelledby="plan-matrix-caption" tabIndex={0}>
      <table className="data-table plan-matrix" data-testid="plan-matrix">
        <caption id="plan-matrix-caption">{t('plans.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.item.responsible')}</th>
            {statuses.map((s) => (
              <th key={s} scope="col" className="numeric">
                {t(`plans.statuses.${s}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('plans.item.overdue')}
            </th>
            <th scope="col" className="numeric">
              {t('plans.matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={statuses.length + 3} className="table-empty">
                {t('plans.matrix.empty')}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const body = row.organisation;
            return (
              <tr key={body.id}>
                <th scope="row">{body.name}</th>
                {statuses.map((s) => (
                  <td key={s} className="numeric">
                    {link(
                      row.counts[s] ?? 0,
                      { responsible: body.id, status: s },
                      t('plans.matrix.cellLabel', {
                        n: format.number(row.counts[s] ?? 0),
                        body: body.name,
                        status: t(`plans.statuses.${s}`),
                      }),
                    )}
                  </td>
                ))}
                <td className="numeric">
                  {link(
                    row.overdue,
                    { responsible: body.id, overdue: true },
                    t('plans.matrix.overdueLabel', { n: format.number(row.overdue), body: body.name }),
                  )}
                </td>
                <td className="numeric">
                  {link(
                    row.total,
                    { responsible: body.id },
                    t('plans.matrix.totalLabel', { n: format.number(row.total), body: body.name }),
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
