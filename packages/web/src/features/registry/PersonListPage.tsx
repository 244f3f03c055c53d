import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getOrganisation, listPeople, type PersonItem } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ExportButtons } from './ExportButtons';
import { FilterForm } from './FilterForm';
import { filtersToQuery, PERSON_FILTERS } from './list-filters';
import { OrganisationPicker } from './OrganisationPicker';
import { RegistryTabs } from './RegistryTabs';
import { EDITOR_ROLES } from './registry-permissions';
import { ResultCount } from './ResultCount';
import { useCountries } from './use-countries';
import { useListFilters } from './use-list-filters';
import { VisibilityBadge } from './VisibilityBadge';

const PAGE_SIZE = 25;

/** `/registry/people`: people with their current positions, filtered by organisation and country. */
export function PersonListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const { countries } = useCountries();
  const filters = useListFilters(PERSON_FILTERS);
  const [offset, setOffset] = useOffsetParam();
  const query = filtersToQuery(filters.values);
  const list = useAsync(() => listPeople({ limit: PAGE_SIZE, offset, ...query }), [offset, filters.key]);
  const organisationId = filters.values.organisation ?? '';
  const [picked, setPicked] = useState<Record<string, string>>({});
  const chosen = useAsync(
    () => (organisationId ? getOrganisation(organisationId).then((o) => o.name) : Promise.resolve('')),
    [organisationId],
  );
  usePageTitle(t('registry.people.title'));
  const organisationName = (id: string) => picked[id] || (id === organisationId && chosen.data) || id;

  const columns: Column<PersonItem>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => (
        <>
          <Link to={`/registry/people/${encodeURIComponent(row.id)}`}>{row.name}</Link>
          {row.otherNames.length > 0 ? (
            <span className="other-names">{row.otherNames.join(' · ')}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'positions',
      header: t('registry.columns.currentPositions'),
      render: (row) => (
        <ul className="plain-list">
          {row.currentPositions.map((position) => (
            <li key={`${position.organisation.id}:${pickLocalized(position.title, format.language)}`}>
              {pickLocalized(position.title, format.language)}
              {' — '}
              <Link to={`/registry/organisations/${encodeURIComponent(position.organisation.id)}`}>
                {position.organisation.name}
              </Link>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'visibility',
      header: t('registry.columns.visibility'),
      render: (row) => <VisibilityBadge visibility={row.visibility} />,
    },
  ];

  return (
    <>
      <RegistryTabs />
      <h1>{t('registry.people.title')}</h1>
      <div className="toolbar toolbar-spread">
        <ResultCount total={list.data?.total} />
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to="/registry/people/new" className="button">
            {t('registry.people.create')}
          </Link>
        ) : null}
      </div>
      <FilterForm
        key={`${filters.key}:${chosen.data ?? ''}`}
        heading={t('registry.filters.heading')}
        fields={[
          { name: 'q', label: t('registry.filters.name') },
          {
            name: 'country',
            label: t('registry.filters.country'),
            options: countries.map((c) => ({ value: c.code, label: c.name })),
          },
        ]}
        initial={filters.values}
        onApply={filters.apply}
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
      <ExportButtons type="people" filter={query} />
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('registry.people.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('registry.empty')}
        testId="people-table"
      />
    </>
  );
}
