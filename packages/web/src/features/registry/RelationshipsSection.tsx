import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteRelationship, type OrganisationRef, type Relationship } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/error-message';
import { AddRelationshipForm } from './AddRelationshipForm';
import { Period } from './Period';
import { useConfirmedRemoval } from './use-confirmed-removal';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const removal = useConfirmedRemoval(
    (rel: Relationship) => deleteRelationship(organisation.id, rel.id),
    (rel) => {
      setNotice(t('registry.relationships.removed', { name: rel.organisation.name }));
      onChanged?.();
    },
    heading,
  );
  if (relationships.length === 0 && !canEdit) return null;

  return (
    <section className="section" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading" ref={heading} tabIndex={-1}>
        {t('registry.organisation.relationships')}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {removal.error ? <Alert tone="error">{errorMessage(t, removal.error)}</Alert> : null}
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
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={t('registry.relationships.removeLabel', { name: rel.organisation.name })}
                  onClick={() => {
                    setNotice(null);
                    removal.ask(rel);
                  }}
                >
                  {t('registry.form.remove')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <>
          <AddRelationshipForm
            organisation={organisation}
            onAdded={() => {
              setNotice(t('registry.relationships.added'));
              onChanged?.();
            }}
          />
          <ConfirmDialog
            open={removal.target !== null}
            title={t('registry.relationships.confirmTitle')}
            body={t('registry.relationships.confirmBody', {
              name: organisation.name,
              other: removal.target?.organisation.name ?? '',
            })}
            confirmLabel={t('registry.form.remove')}
            busy={removal.busy}
            onConfirm={removal.confirm}
            onCancel={removal.cancel}
          />
        </>
      ) : null}
    </section>
  );
}
