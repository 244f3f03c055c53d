import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationDetail } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { useCountries } from './use-countries';
import { VisibilityBadge } from './VisibilityBadge';

const orgLink = (id: string) => `/registry/organisations/${encodeURIComponent(id)}`;

/** The key facts of an organisation as a description list; empty facts are left out. */
export function OrganisationFacts({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  const rows: [string, ReactNode][] = [];
  rows.push([t('registry.columns.kind'), t(`registry.kinds.${o.kind}`)]);
  if (o.abbreviation) rows.push([t('registry.columns.abbreviation'), o.abbreviation]);
  if (o.parent)
    rows.push([
      t('registry.organisation.parent'),
      <Link key="parent" to={orgLink(o.parent.id)}>
        {o.parent.name}
      </Link>,
    ]);
  if (o.countryCode) rows.push([t('registry.columns.country'), nameOf(o.countryCode)]);
  if (o.place)
    rows.push([
      t('registry.organisation.city'),
      <Link key="place" to={`/registry/places/${encodeURIComponent(o.place.id)}`}>
        {o.place.name}
      </Link>,
    ]);
  else if (o.city) rows.push([t('registry.organisation.city'), o.city]);
  if (o.website && /^https?:\/\//i.test(o.website))
    rows.push([
      t('registry.organisation.website'),
      <a key="website" href={o.website} rel="noopener noreferrer" target="_blank">
        {o.website}
      </a>,
    ]);
  if (o.foundedYear) rows.push([t('registry.organisation.founded'), String(o.foundedYear)]);
  if (o.communities.length > 0)
    rows.push([
      t('registry.columns.communities'),
      o.communities.map((c) => format.languageName(c)).join(', '),
    ]);
  if (o.curatedBy)
    rows.push([
      t('registry.organisation.curatedBy'),
      <Link key="curator" to={orgLink(o.curatedBy.id)}>
        {o.curatedBy.name}
      </Link>,
    ]);
  if (o.owner)
    rows.push([
      t('registry.organisation.owner'),
      <Link key="owner" to={orgLink(o.owner.id)}>
        {o.owner.name}
      </Link>,
    ]);
  rows.push([
    t('registry.columns.visibility'),
    <VisibilityBadge key="visibility" visibility={o.visibility} />,
  ]);

  return (
    <dl className="field-list section">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
