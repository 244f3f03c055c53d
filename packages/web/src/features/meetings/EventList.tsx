import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventItem } from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useCountries } from '../registry/use-countries';
import { EventStatusBadge } from './EventBadges';
import { EventWhenText } from './EventWhenText';
import { eventPath } from './paths';

/** "CG-5 · Title" or just the title, in the interface language. */
export function useEventTitle() {
  const format = useFormat();
  return (event: Pick<EventItem, 'title' | 'reference'>) => {
    const title = pickLocalized(event.title, format.language);
    return event.reference ? `${event.reference} · ${title}` : title;
  };
}

interface EventListProps {
  caption: string;
  events: EventItem[];
  testId?: string;
}

/** Events as a table: title (linked), when at the place, where, kind and status. */
export function EventList({ caption, events, testId }: EventListProps) {
  const { t } = useTranslation();
  const title = useEventTitle();
  const { nameOf } = useCountries();
  const columns: Column<EventItem>[] = [
    {
      key: 'title',
      header: t('meetings.columns.event'),
      render: (row) => <Link to={eventPath(row.id)}>{title(row)}</Link>,
    },
    { key: 'when', header: t('meetings.columns.when'), render: (row) => <EventWhenText event={row} /> },
    {
      key: 'where',
      header: t('meetings.columns.where'),
      render: (row) => [row.venue, row.place?.name, nameOf(row.countryCode)].filter(Boolean).join(', '),
    },
    { key: 'kind', header: t('meetings.columns.kind'), render: (row) => t(`meetings.kinds.${row.kind}`) },
    {
      key: 'status',
      header: t('meetings.columns.status'),
      render: (row) => <EventStatusBadge status={row.status} />,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={events}
      rowKey={(row) => row.id}
      emptyMessage={t('meetings.calendar.empty')}
      testId={testId}
    />
  );
}
