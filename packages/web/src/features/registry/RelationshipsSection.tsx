import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteRelationship, type OrganisationRef, type Relationship } from '../../api';
import { AddRelationshipForm } from './AddRelationshipForm';
import { Period } from './Period';
import { RemovalDialog } from './RemovalDialog';
import { RemoveItemButton, SectionNotices } from './SectionNotices';
import { useSectionRemoval } from './use-section-removal';

interface RelationshipsSectionProps {
  organisation: OrganisationRef;
  relationships: Relationship[];
  /** Offer to add and remove relationships (the caller may edit all of the organisation). */
  canEdit?: boolean;
  /** Called after a change, to load the organisation again. */
  onChanged?: () => void;
}

/**
 * Typed, dated links to other organisations (member of a federation, partner, …), both directions;
 * with `canEdit`, a form to add one and a remove button (after a confirmation) on each.
 */
export function RelationshipsSection({
  organisation,
  relationships,
  canEdit,
  onChanged,
}: RelationshipsSectionProps) {
  const { t } = useTranslation();
  const section = useSectionRemoval(
    (rel: Relationship) => deleteRelationship(organisation.id, rel.id),
    (rel) => t('registry.relationships.removed', { name: rel.organisation.name }),
    onChanged,
  );
  const { removal } = section;
  if (relationships.length === 0 && !canEdit) return null;

  return (
    <section className="section" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading" ref={section.heading} tabIndex={-1}>
        {t('registry.organisation.relationships')}
      </h2>
      <SectionNotices notice={section.notice} error={removal.error} />
      {relationships.length === 0 ? <p className="muted">{t('registry.relationships.none')}</p> : null}
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
            {canEdit ? (
              <RemoveItemButton
                label={t('registry.relationships.removeLabel', { name: rel.organisation.name })}
                onClick={() => section.ask(rel)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <>
          <AddRelationshipForm
            organisation={organisation}
            onAdded={() => section.added(t('registry.relationships.added'))}
          />
          <RemovalDialog
            removal={removal}
            title={t('registry.relationships.confirmTitle')}
            body={(target) =>
              t('registry.relationships.confirmBody', {
                name: organisation.name,
                other: target?.organisation.name ?? '',
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}
