import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getOrganisationReport, type OrganisationReport } from '../../api/reports';
import { organisationPath } from '../plans/paths';
import { RecordFallback } from '../registry/RecordFallback';
import { useAsync } from '../../lib/use-async';
import { BarChart } from './BarChart';
import { ReportDecisions } from './ReportDecisions';
import { ReportEvents } from './ReportEvents';
import { ReportFrame } from './ReportFrame';
import { ReportItems } from './ReportItems';
import { reportYear } from './paths';
import { useMonthNames } from './use-month-names';

function ReportView({ report }: { report: OrganisationReport }) {
  const { t } = useTranslation();
  const months = useMonthNames();
  const { organisation, year } = report;
  return (
    <>
      <p>
        <Link to={organisationPath(organisation.id)}>
          {t('reports.organisationPage', { name: organisation.name })}
        </Link>
      </p>
      <section className="section" aria-labelledby="report-events-heading">
        <h2 id="report-events-heading">{t('reports.events.heading')}</h2>
        <BarChart
          title={t('reports.charts.eventsPerMonth', { year })}
          data={report.charts.eventsPerMonth.map((value, i) => ({
            label: months[i] ?? String(i + 1),
            value,
          }))}
          labelHeader={t('reports.charts.month')}
          valueHeader={t('reports.charts.events')}
        />
        <ReportEvents
          events={report.events}
          caption={t('reports.events.caption', { name: organisation.name, year })}
        />
      </section>
      <section className="section" aria-labelledby="report-items-heading">
        <h2 id="report-items-heading">{t('reports.items.heading')}</h2>
        <ReportItems items={report.items} year={year} />
      </section>
      <section className="section" aria-labelledby="report-decisions-heading">
        <h2 id="report-decisions-heading">{t('reports.decisions.heading')}</h2>
        <ReportDecisions decisions={report.decisions} />
      </section>
    </>
  );
}

/** `/reports/organisations/:id?year=`: what an organisation did in a year, as a page and downloads. */
export function OrganisationReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = reportYear(params.get('year'));
  const report = useAsync(() => getOrganisationReport(id, year), [id, year]);
  const current =
    report.data && report.data.organisation.id === id && report.data.year === year ? report.data : null;
  return (
    <ReportFrame
      title={t('reports.organisationTitle', { name: current?.organisation.name ?? '…', year })}
      year={year}
      organisationId={id}
      onYear={(y) => setParams({ year: String(y) })}
    >
      {current ? (
        <ReportView report={current} />
      ) : (
        <RecordFallback error={report.error} onRetry={report.reload} />
      )}
    </ReportFrame>
  );
}
