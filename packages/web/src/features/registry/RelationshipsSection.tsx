import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Relationship } from '../../api';
import { Period } from './Period';

/** Typed, dated links to other organisations (member of a federation, partner, …), both directions. */
export function RelationshipsSection({ relationships }: { relationships: Relationship[] }) {
  const { t } = useTranslation();
  if (relationships.length === 0) return null;
  return (
    <section className="section" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading">{t('registry.organisation.relationships')}</h2>
      <ul className="plain-list">
        {relationships.map((rel) => (
          <li key={rel.id}>
            {t(`registry.relationships.${rel.direction}.${rel.kind}`)}{' '}
            <Link to={`/registry/organisations/${encodeURIComponent(rel.organisation.id)}`}>
              {rel.organisation.name}
            </Link>{' '}
            <span className="muted">
              <Period from={rel.fromDate} to={rel.toDate} />
            </span>
            {rel.note ? <span className="muted"> — {rel.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
