import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOrganisations, ORGANISATION_KINDS, type OrganisationItem, VERIFICATIONS } from '../../api';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { COMMUNITIES } from './communities';
import { ExportButtons } from './ExportButtons';
import { FilterForm } from './FilterForm';
import { filtersToQuery, ORGANISATION_FILTERS } from './list-filters';
import { RegistryTabs } from './RegistryTabs';
import { EDITOR_ROLES } from './registry-permissions';
import { ResultCount } from './ResultCount';
import { useCountries } from './use-countries';
import { useListFilters } from './use-list-filters';
import { VerificationBadge } from './VerificationBadge';
import { VisibilityBadge } from './VisibilityBadge';

const PAGE_SIZE = 25;

/** `/registry/organisations`: organisations with filters in the URL, paging, counts and exports. */
export function OrganisationListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const { countries, nameOf } = useCountries();
  const filters = useListFilters(ORGANISATION_FILTERS);
  const [offset, setOffset] = useOffsetParam();
  const query = filtersToQuery(filters.values);
  const list = useAsync(
    () => listOrganisations({ limit: PAGE_SIZE, offset, ...query }),
    [offset, filters.key],
  );
  usePageTitle(t('registry.organisations.title'));

  const columns: Column<OrganisationItem>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => (
        <>
          <Link to={`/registry/organisations/${encodeURIComponent(row.id)}`}>{row.name}</Link>
          {row.abbreviation ? <span className="muted"> ({row.abbreviation})</span> : null}
        </>
      ),
    },
    { key: 'kind', header: t('registry.columns.kind'), render: (row) => t(`registry.kinds.${row.kind}`) },
    {
      key: 'country',
      header: t('registry.columns.country'),
      render: (row) => [nameOf(row.countryCode), row.city].filter(Boolean).join(', '),
    },
    {
      key: 'communities',
      header: t('registry.columns.communities'),
      render: (row) => row.communities.map((code) => format.languageName(code)).join(', '),
    },
    {
      key: 'verification',
      header: t('registry.columns.verification'),
      render: (row) => <VerificationBadge state={row.verification} />,
    },
    {
      key: 'visibility',
      header: t('registry.columns.visibility'),
      render: (row) => <VisibilityBadge visibility={row.visibility} />,
    },
  ];

  const fields = [
    { name: 'q', label: t('registry.filters.name') },
    {
      name: 'country',
      label: t('registry.filters.country'),
      options: countries.map((c) => ({ value: c.code, label: c.name })),
    },
    {
      name: 'kind',
      label: t('registry.filters.kind'),
      options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) })),
    },
    {
      name: 'community',
      label: t('registry.filters.community'),
      options: COMMUNITIES.map((code) => ({ value: code, label: format.languageName(code) })),
    },
    {
      name: 'verification',
      label: t('registry.filters.verification'),
      options: VERIFICATIONS.map((v) => ({ value: v, label: t(`registry.verification.${v}`) })),
    },
  ];

  return (
    <>
      <RegistryTabs />
      <h1>{t('registry.organisations.title')}</h1>
      <div className="toolbar toolbar-spread">
        <ResultCount total={list.data?.total} />
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to="/registry/organisations/new" className="button">
            {t('registry.organisations.create')}
          </Link>
        ) : null}
      </div>
      <FilterForm
        key={filters.key}
        heading={t('registry.filters.heading')}
        fields={fields}
        initial={filters.values}
        onApply={filters.apply}
      />
      <ExportButtons type="organisations" filter={query} />
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('registry.organisations.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('registry.empty')}
        testId="organisations-table"
      />
    </>
  );
}
