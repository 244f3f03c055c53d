import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPlans } from '../../api/plans';
import type { PlanSummary } from '../../api/plans-types';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole, SECRETARIAT_ROLES } from '../auth/permissions';
import { useSession } from '../auth/session';
import { PLANS_PATH, planPath } from './paths';
import { ProgressBar } from './ProgressBar';
import './plans.css';

const PAGE_SIZE = 25;

/** `/plans`: the action plans with their period, progress and number of items. */
export function PlanListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listPlans({ limit: PAGE_SIZE, offset }), [offset]);
  usePageTitle(t('plans.list.title'));
  const columns: Column<PlanSummary>[] = [
    {
      key: 'title',
      header: t('plans.plan.title'),
      render: (row) => <Link to={planPath(row.id)}>{pickLocalized(row.title, format.language)}</Link>,
    },
    {
      key: 'period',
      header: t('plans.plan.period'),
      render: (row) => `${format.day(row.periodStart)} – ${format.day(row.periodEnd)}`,
    },
    {
      key: 'progress',
      header: t('plans.plan.progress'),
      render: (row) => (
        <ProgressBar
          value={row.progress}
          label={t('plans.progress.ofPlan', { title: pickLocalized(row.title, format.language) })}
        />
      ),
    },
    {
      key: 'items',
      header: t('plans.plan.items'),
      render: (row) => format.number(row.items),
      className: 'numeric',
    },
  ];
  return (
    <>
      <h1>{t('plans.list.title')}</h1>
      {/* Only the secretariat creates plans; the server decides. */}
      {hasAnyRole(me, SECRETARIAT_ROLES) ? (
        <p>
          <Link to={`${PLANS_PATH}/new`} className="button">
            {t('plans.list.create')}
          </Link>
        </p>
      ) : null}
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('plans.list.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('plans.list.empty')}
        testId="plans-table"
      />
    </>
  );
}
