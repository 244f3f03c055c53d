import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPlaces, PLACE_KINDS, type PlaceItem } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ExportButtons } from './ExportButtons';
import { FilterForm } from './FilterForm';
import { filtersToQuery, PLACE_FILTERS } from './list-filters';
import { RegistryTabs } from './RegistryTabs';
import { EDITOR_ROLES } from './registry-permissions';
import { ResultCount } from './ResultCount';
import { useCountries } from './use-countries';
import { useListFilters } from './use-list-filters';

const PAGE_SIZE = 50;

/** `/registry/places`: the gazetteer of countries, regions and cities. */
export function PlaceListPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { countries, nameOf } = useCountries();
  const filters = useListFilters(PLACE_FILTERS);
  const [offset, setOffset] = useOffsetParam();
  const query = filtersToQuery(filters.values);
  const list = useAsync(() => listPlaces({ limit: PAGE_SIZE, offset, ...query }), [offset, filters.key]);
  usePageTitle(t('registry.places.title'));

  const columns: Column<PlaceItem>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => <Link to={`/registry/places/${encodeURIComponent(row.id)}`}>{row.name}</Link>,
    },
    {
      key: 'kind',
      header: t('registry.columns.kind'),
      render: (row) => t(`registry.placeKinds.${row.kind}`),
    },
    { key: 'country', header: t('registry.columns.country'), render: (row) => nameOf(row.countryCode) },
    {
      key: 'ots',
      header: t('registry.columns.otsStatus'),
      render: (row) => (row.otsStatus ? t(`registry.ots.${row.otsStatus}`) : ''),
    },
  ];

  return (
    <>
      <RegistryTabs />
      <h1>{t('registry.places.title')}</h1>
      <div className="toolbar toolbar-spread">
        <ResultCount total={list.data?.total} />
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to="/registry/places/new" className="button">
            {t('registry.places.create')}
          </Link>
        ) : null}
      </div>
      <FilterForm
        key={filters.key}
        heading={t('registry.filters.heading')}
        fields={[
          { name: 'q', label: t('registry.filters.name') },
          {
            name: 'country',
            label: t('registry.filters.country'),
            options: countries.map((c) => ({ value: c.code, label: c.name })),
          },
          {
            name: 'kind',
            label: t('registry.filters.placeKind'),
            options: PLACE_KINDS.map((k) => ({ value: k, label: t(`registry.placeKinds.${k}`) })),
          },
        ]}
        initial={filters.values}
        onApply={filters.apply}
      />
      <ExportButtons type="places" filter={query} />
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('registry.places.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('registry.empty')}
        testId="places-table"
      />
    </>
  );
}
