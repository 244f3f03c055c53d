import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationDetail } from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { Period } from './Period';

type Holder = OrganisationDetail['people'][number];

/** The people who hold or held positions in an organisation, with title and period. */
export function OrganisationPeople({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Holder>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => <Link to={`/registry/people/${encodeURIComponent(row.personId)}`}>{row.name}</Link>,
    },
    {
      key: 'title',
      header: t('registry.columns.position'),
      render: (row) => pickLocalized(row.title, format.language),
    },
    {
      key: 'period',
      header: t('registry.columns.period'),
      render: (row) => <Period from={row.fromDate} to={row.toDate} />,
    },
  ];
  return (
    <section className="section" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('registry.organisation.people')}</h2>
      <DataTable
        caption={t('registry.organisation.peopleCaption', { name: organisation.name })}
        columns={columns}
        rows={organisation.people}
        rowKey={(row) => `${row.personId}:${row.fromDate ?? ''}:${pickLocalized(row.title, 'en')}`}
        emptyMessage={t('registry.organisation.noPeople')}
      />
      <p>
        <Link to={`/registry/people?organisation=${encodeURIComponent(organisation.id)}`}>
          {t('registry.organisation.allPeople')}
        </Link>
      </p>
    </section>
  );
}
