import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addOrganisationContact,
  deleteOrganisationContact,
  getOrganisation,
  type OrganisationDetail,
  organisationHistory,
} from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ContactsSection } from './ContactsSection';
import { HistorySection } from './HistorySection';
import { NamesTable } from './NamesTable';
import { OrganisationFacts } from './OrganisationFacts';
import { OrganisationPeople } from './OrganisationPeople';
import { RecordFallback } from './RecordFallback';
import { RelationshipsSection } from './RelationshipsSection';
import { EDITOR_ROLES } from './registry-permissions';
import { useRecord } from './use-record';
import { VerificationPanel } from './VerificationPanel';
import { defaultReportYear, organisationReportPath } from '../reports/paths';

function ChildrenSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  if (organisation.children.length === 0) return null;
  return (
    <section className="section" aria-labelledby="children-heading">
      <h2 id="children-heading">{t('registry.organisation.children')}</h2>
      <ul className="plain-list">
        {organisation.children.map((child) => (
          <li key={child.id}>
            <Link to={`/registry/organisations/${encodeURIComponent(child.id)}`}>{child.name}</Link>{' '}
            <span className="muted">({t(`registry.kinds.${child.kind}`)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrganisationView({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  usePageTitle(organisation.name);
  const description = pickLocalized(organisation.description, format.language);
  // A representative edits the profile and contacts only; kind, links and verification need an editor role.
  const fullEditor = organisation.canEdit && hasAnyRole(me, EDITOR_ROLES);
  const [changes, setChanges] = useState(0);
  const handleChanged = () => {
    setChanges((n) => n + 1);
    onChanged();
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/registry/organisations">{t('registry.organisations.title')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      {organisation.canEdit ? (
        <p>
          <Link
            to={`/registry/organisations/${encodeURIComponent(organisation.id)}/edit`}
            className="button button-secondary"
          >
            {t('registry.edit')}
          </Link>
        </p>
      ) : null}
      {description ? <p className="lead">{description}</p> : null}
      <OrganisationFacts organisation={organisation} />
      <p>
        <Link to={organisationReportPath(organisation.id, defaultReportYear())}>{t('reports.yearly')}</Link>
      </p>
      {organisation.kind === 'diaspora_org' || organisation.verification ? (
        <VerificationPanel organisation={organisation} canVerify={fullEditor} onChanged={handleChanged} />
      ) : null}
      <section className="section" aria-labelledby="names-heading">
        <h2 id="names-heading">{t('registry.organisation.names')}</h2>
        <NamesTable names={organisation.names} />
      </section>
      <ChildrenSection organisation={organisation} />
      <RelationshipsSection
        organisation={organisation}
        relationships={organisation.relationships}
        canEdit={fullEditor}
        onChanged={handleChanged}
      />
      <OrganisationPeople organisation={organisation} />
      <ContactsSection
        contacts={organisation.contacts}
        recordName={organisation.name}
        editing={
          organisation.canEdit
            ? {
                add: (input) => addOrganisationContact(organisation.id, input),
                remove: (contactId) => deleteOrganisationContact(organisation.id, contactId),
                // An organisation's contacts are as visible as the organisation unless the editor says otherwise.
                defaultVisibility: 'owner',
                onChanged: handleChanged,
              }
            : undefined
        }
      />
      <HistorySection
        key={organisation.id}
        load={(page) => organisationHistory(organisation.id, page)}
        version={changes}
      />
    </>
  );
}

/** `/registry/organisations/:id`: everything the caller may see about one organisation. */
export function OrganisationPage() {
  const record = useRecord(getOrganisation);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <OrganisationView organisation={record.data} onChanged={record.reload} />;
}
