import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getPlace, type PlaceDetail, type PlaceName } from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/use-format';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { Period } from './Period';
import { primaryPlaceName } from './place-form';
import { RecordFallback } from './RecordFallback';
import { EDITOR_ROLES } from './registry-permissions';
import { useCountries } from './use-countries';
import { useRecord } from './use-record';

function PlaceView({ place }: { place: PlaceDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  const { me } = useSession();
  const title = primaryPlaceName(place.names, format.language);
  usePageTitle(title);
  const columns: Column<PlaceName>[] = [
    {
      key: 'name',
      header: t('registry.columns.name'),
      render: (row) => <span lang={row.lang}>{row.name}</span>,
    },
    { key: 'lang', header: t('registry.columns.language'), render: (row) => format.languageName(row.lang) },
    {
      key: 'script',
      header: t('registry.columns.script'),
      render: (row) =>
        format.scriptName(row.script === 'other' ? '' : row.script) || t('registry.scripts.other'),
    },
    {
      key: 'type',
      header: t('registry.columns.nameType'),
      render: (row) => t(`registry.placeNameTypes.${row.nameType}`),
    },
    {
      key: 'valid',
      header: t('registry.columns.validity'),
      render: (row) => <Period from={row.validFrom} to={row.validTo} />,
    },
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to="/registry/places">{t('registry.places.title')}</Link>
      </p>
      <h1>{title}</h1>
      {hasAnyRole(me, EDITOR_ROLES) ? (
        <p>
          <Link
            to={`/registry/places/${encodeURIComponent(place.id)}/edit`}
            className="button button-secondary"
          >
            {t('registry.edit')}
          </Link>
        </p>
      ) : null}
      <dl className="field-list section">
        <div>
          <dt>{t('registry.columns.kind')}</dt>
          <dd>{t(`registry.placeKinds.${place.kind}`)}</dd>
        </div>
        {place.countryCode ? (
          <div>
            <dt>{t('registry.columns.country')}</dt>
            <dd>{nameOf(place.countryCode)}</dd>
          </div>
        ) : null}
        {place.otsStatus ? (
          <div>
            <dt>{t('registry.columns.otsStatus')}</dt>
            <dd>{t(`registry.ots.${place.otsStatus}`)}</dd>
          </div>
        ) : null}
        {place.timeZone ? (
          <div>
            <dt>{t('registry.place.timeZone')}</dt>
            <dd>{place.timeZone}</dd>
          </div>
        ) : null}
        {place.parentId ? (
          <div>
            <dt>{t('registry.place.parent')}</dt>
            <dd>
              <Link to={`/registry/places/${encodeURIComponent(place.parentId)}`}>
                {t('registry.place.openParent')}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="place-names-heading">
        <h2 id="place-names-heading">{t('registry.place.names')}</h2>
        <DataTable
          caption={t('registry.place.namesCaption', { name: title })}
          columns={columns}
          rows={place.names}
          rowKey={(row) => row.id}
          emptyMessage={t('registry.empty')}
        />
      </section>
    </>
  );
}

/** `/registry/places/:id`: a place with every name, historical ones with their dates. */
export function PlacePage() {
  const record = useRecord(getPlace);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <PlaceView place={record.data} />;
}
