import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportEvent } from '../../api/reports';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { eventPath } from '../meetings/paths';
import { useCountries } from '../registry/use-countries';

/** The events of the report's year: date, title (with its reference), country, and the organisation's part. */
export function ReportEvents({ events, caption }: { events: readonly ReportEvent[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  const columns: Column<ReportEvent>[] = [
    { key: 'date', header: t('reports.events.date'), render: (e) => format.day(e.start) },
    {
      key: 'title',
      header: t('reports.events.event'),
      render: (e) => (
        <Link to={eventPath(e.id)}>
          {e.reference ? `${e.reference} · ` : ''}
          {pickLocalized(e.title, format.language)}
        </Link>
      ),
    },
    { key: 'country', header: t('reports.events.country'), render: (e) => nameOf(e.countryCode) },
    { key: 'role', header: t('reports.events.role'), render: (e) => t(`reports.roles.${e.role}`) },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={[...events]}
      rowKey={(e) => `${e.id}-${e.role}`}
      emptyMessage={t('reports.events.none')}
      testId="report-events"
    />
  );
}
