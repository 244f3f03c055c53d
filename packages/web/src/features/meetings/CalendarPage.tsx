import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EVENT_KINDS, getOrganisation, listEvents } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { FilterForm } from '../registry/FilterForm';
import { filtersToParams, filtersToQuery, readFilters, type FilterValues } from '../registry/list-filters';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { ResultCount } from '../registry/ResultCount';
import { useCountries } from '../registry/use-countries';
import { isMonth, monthOf, monthRange } from './calendar-month';
import { CALENDAR_FILTERS, type CalendarView, readView } from './calendar-filters';
import { CalendarMonth } from './CalendarMonth';
import { CalendarViewNav } from './CalendarViewNav';
import { EventList } from './EventList';
import { MeetingsTabs } from './MeetingsTabs';
import { EVENTS_PATH } from './paths';
import { SubscribeLinks } from './SubscribeLinks';
import { useSeriesOptions } from './use-series-options';
import './meetings.css';

const PAGE_SIZE = 25;

/** `/meetings`: the calendar of events, as a month or a list, filtered by series, kind, country, organisation. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const [offset, setOffset] = useOffsetParam();
  const { countries } = useCountries();
  const seriesOptions = useSeriesOptions();
  const filters = readFilters(CALENDAR_FILTERS, params);
  const filterKey = JSON.stringify(filters);
  const view = readView(params);
  const monthParam = params.get('month') ?? '';
  const month = isMonth(monthParam) ? monthParam : monthOf(new Date().toISOString());
  const query = filtersToQuery(filters);
  const range = monthRange(month);
  const list = useAsync(
    () =>
      view === 'month'
        ? listEvents({ limit: 200, offset: 0, ...query, from: range.from, to: range.to })
        : listEvents({ limit: PAGE_SIZE, offset, ...query }),
    [view, month, offset, filterKey],
  );
  const [picked, setPicked] = useState<Record<string, string>>({});
  const organisationId = filters.organisation ?? '';
  const chosen = useAsync(
    () => (organisationId ? getOrganisation(organisationId).then((o) => o.name) : Promise.resolve('')),
    [organisationId],
  );
  const organisationName = (id: string) => picked[id] || (id === organisationId && chosen.data) || id;
  usePageTitle(t('meetings.calendar.title'));

  const go = (next: { filters?: FilterValues; view?: CalendarView; month?: string }) => {
    const search = filtersToParams(CALENDAR_FILTERS, next.filters ?? filters);
    const nextView = next.view ?? view;
    if (nextView === 'list') search.set('view', 'list');
    search.set('month', next.month ?? month);
    setParams(search);
  };
  const seriesName = seriesOptions.find((s) => s.value === filters.series)?.label;

  return (
    <>
      <MeetingsTabs />
      <h1>{t('meetings.calendar.title')}</h1>
      <div className="toolbar toolbar-spread">
        <ResultCount total={list.data?.total} />
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to={`${EVENTS_PATH}/new`} className="button">
            {t('meetings.events.create')}
          </Link>
        ) : null}
      </div>
      <FilterForm
        key={`${filterKey}:${chosen.data ?? ''}:${seriesOptions.length}`}
        heading={t('meetings.calendar.filters')}
        fields={[
          { name: 'q', label: t('meetings.calendar.text') },
          { name: 'series', label: t('meetings.columns.series'), options: seriesOptions },
          {
            name: 'kind',
            label: t('meetings.columns.kind'),
            options: EVENT_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) })),
          },
          {
            name: 'country',
            label: t('registry.filters.country'),
            options: countries.map((c) => ({ value: c.code, label: c.name })),
          },
        ]}
        initial={filters}
        onApply={(values) => go({ filters: values })}
        extra={(values, set) => (
          <OrganisationPicker
            label={t('registry.filters.organisation')}
            value={
              values.organisation
                ? { id: values.organisation, name: organisationName(values.organisation) }
                : null
            }
            onChange={(ref) => {
              if (ref) setPicked((p) => ({ ...p, [ref.id]: ref.name }));
              set('organisation', ref?.id ?? '');
            }}
          />
        )}
      />
      <CalendarViewNav
        view={view}
        month={month}
        onView={(next) => go({ view: next })}
        onMonth={(next) => go({ month: next })}
      />
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data && view === 'month' ? <CalendarMonth month={month} events={list.data.items} /> : null}
      {list.data && view === 'list' ? (
        <>
          <EventList
            caption={t('meetings.calendar.listCaption')}
            events={list.data.items}
            testId="events-table"
          />
          <Pagination total={list.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} />
        </>
      ) : null}
      <SubscribeLinks
        series={filters.series && seriesName ? { id: filters.series, name: seriesName } : undefined}
        organisation={
          organisationId ? { id: organisationId, name: organisationName(organisationId) } : undefined
        }
      />
    </>
  );
}
