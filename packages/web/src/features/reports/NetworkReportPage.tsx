import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getNetworkReport, type NetworkReport } from '../../api/reports';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { BodyLinks } from '../plans/BodyLinks';
import { ItemStatusBadge } from '../plans/ItemStatusBadge';
import { planItemPath } from '../plans/paths';
import { ProgressBar } from '../plans/ProgressBar';
import { RecordFallback } from '../registry/RecordFallback';
import { BarChart } from './BarChart';
import { organisationReportPath, reportYear } from './paths';
import { ReportFrame } from './ReportFrame';
import { useMonthNames } from './use-month-names';

type State = NetworkReport['memberStates'][number];
type Item = NetworkReport['items'][number];

function NetworkView({ report }: { report: NetworkReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const months = useMonthNames();
  const percent = (value: number) => t('plans.progress.percent', { value: format.number(value) });
  const stateColumns: Column<State>[] = [
    { key: 'name', header: t('reports.network.state'), render: (s) => s.name },
    {
      key: 'bodies',
      header: t('reports.network.bodies'),
      render: (s) =>
        s.bodies.map((b, i) => (
          <span key={b.id}>
            {i > 0 ? ', ' : ''}
            <Link to={organisationReportPath(b.id, report.year)}>{b.name}</Link>
          </span>
        )),
    },
    {
      key: 'events',
      header: t('reports.charts.events'),
      render: (s) => format.number(s.events),
      className: 'numeric',
    },
    {
      key: 'items',
      header: t('reports.network.items'),
      render: (s) => format.number(s.items),
      className: 'numeric',
    },
    {
      key: 'updates',
      header: t('reports.network.updates'),
      render: (s) => format.number(s.updates),
      className: 'numeric',
    },
    {
      key: 'progress',
      header: t('reports.charts.progress'),
      render: (s) => percent(s.progress),
      className: 'numeric',
    },
  ];
  const itemColumns: Column<Item>[] = [
    {
      key: 'title',
      header: t('reports.network.item'),
      render: (i) => (
        <Link to={planItemPath(i.id)}>
          {i.code} {pickLocalized(i.title, format.language)}
        </Link>
      ),
    },
    {
      key: 'responsible',
      header: t('plans.item.responsible'),
      render: (i) => <BodyLinks bodies={i.responsible} />,
    },
    { key: 'status', header: t('plans.item.status'), render: (i) => <ItemStatusBadge status={i.status} /> },
    {
      key: 'progress',
      header: t('plans.item.progress'),
      render: (i) => <ProgressBar value={i.progress} label={t('plans.progress.ofItem', { code: i.code })} />,
    },
  ];
  return (
    <>
      <section className="section" aria-labelledby="network-states-heading">
        <h2 id="network-states-heading">{t('reports.network.statesHeading')}</h2>
        <BarChart
          title={t('reports.charts.progressByState', { year: report.year })}
          data={report.charts.progressByMemberState.map((s) => ({ label: s.name, value: s.progress }))}
          max={100}
          formatValue={percent}
          labelHeader={t('reports.network.state')}
          valueHeader={t('reports.charts.progress')}
        />
        <DataTable
          caption={t('reports.network.statesCaption', { year: report.year })}
          columns={stateColumns}
          rows={report.memberStates}
          rowKey={(s) => s.countryCode}
          emptyMessage={t('reports.network.noStates')}
          testId="report-states"
        />
      </section>
      <section className="section" aria-labelledby="network-events-heading">
        <h2 id="network-events-heading">{t('reports.events.heading')}</h2>
        <BarChart
          title={t('reports.charts.eventsPerMonth', { year: report.year })}
          data={report.charts.eventsPerMonth.map((value, i) => ({
            label: months[i] ?? String(i + 1),
            value,
          }))}
          labelHeader={t('reports.charts.month')}
          valueHeader={t('reports.charts.events')}
        />
      </section>
      <section className="section" aria-labelledby="network-items-heading">
        <h2 id="network-items-heading">{t('reports.network.itemsHeading')}</h2>
        <DataTable
          caption={t('reports.network.itemsCaption', { year: report.year })}
          columns={itemColumns}
          rows={report.items}
          rowKey={(i) => i.id}
          emptyMessage={t('reports.items.none')}
          testId="report-network-items"
        />
      </section>
    </>
  );
}

/** `/reports/network?year=`: the network's year, per member state and per plan item. */
export function NetworkReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = reportYear(params.get('year'));
  const report = useAsync(() => getNetworkReport(year), [year]);
  const current = report.data?.year === year ? report.data : null;
  return (
    <ReportFrame
      title={t('reports.networkTitle', { year })}
      year={year}
      organisationId={null}
      onYear={(y) => setParams({ year: String(y) })}
    >
      {current ? (
        <NetworkView report={current} />
      ) : (
        <RecordFallback error={report.error} onRetry={report.reload} />
      )}
    </ReportFrame>
  );
}
