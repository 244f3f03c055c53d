import { useTranslation } from 'react-i18next';
import type { OrganisationName } from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { Period } from './Period';

/** Every name of an organisation: language, name, abbreviation, type and validity (renamings with dates). */
export function NamesTable({ names }: { names: OrganisationName[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<OrganisationName>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => <span lang={row.lang}>{row.name}</span>,
    },
    { key: 'lang', header: t('registry.columns.language'), render: (row) => format.languageName(row.lang) },
    { key: 'abbr', header: t('registry.columns.abbreviation'), render: (row) => row.abbreviation ?? '' },
    {
      key: 'type',
      header: t('registry.columns.nameType'),
      render: (row) => t(`registry.nameTypes.${row.nameType}`),
    },
    {
      key: 'valid',
      header: t('registry.columns.validity'),
      render: (row) => <Period from={row.validFrom} to={row.validTo} />,
    },
  ];
  return (
    <DataTable
      caption={t('registry.organisation.namesCaption')}
      columns={columns}
      rows={names}
      rowKey={(row) => row.id ?? `${row.lang}:${row.name}`}
      emptyMessage={t('registry.empty')}
    />
  );
}
