import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { listContacts } from './contacts.repository.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import { childIds, listOrganisationNames, organisationSummaries } from './organisations.repository.ts';
import { positionsAtOrganisation } from './people.repository.ts';
import { placeLabels } from './places.repository.ts';
import {
  canEditOrganisation,
  canReadOrganisationContact,
  canReadPerson,
  canReadRecord,
} from './registry.policy.ts';
import { listRelationships } from './relationships.repository.ts';
import type { LocalizedText, Organisation } from './registry.table.ts';

/**
 * Gathers and presents everything the detail view of `org` shows to `actor`: related
 * organisations, people and contacts the actor may not see are left out.
 */
export async function loadOrganisationDetail(db: Kysely<Database>, actor: Actor, org: Organisation) {
  const [names, children, relationships, contacts, positions] = await Promise.all([
    listOrganisationNames(db, org.id),
    childIds(db, org.id),
    listRelationships(db, org.id),
    listContacts(db, 'organisation', org.id),
    positionsAtOrganisation(db, org.id),
  ]);
  const otherIds = relationships.map((r) => (r.from_org_id === org.id ? r.to_org_id : r.from_org_id));
  const linked = [org.parent_id, org.owner_org_id, ...children, ...otherIds].filter((id) => id !== null);
  const [summaries, places] = await Promise.all([
    organisationSummaries(db, linked),
    placeLabels(db, org.place_id ? [org.place_id] : []),
  ]);
  const visible = (id: string | null) => {
    const s = id ? summaries.get(id) : undefined;
    return s && canReadRecord(actor, s) ? s : null;
  };
  return presentOrganisation(org, {
    names,
    parent: visible(org.parent_id),
    owner: visible(org.owner_org_id),
    children: children.map(visible).filter((c) => c !== null),
    place: org.place_id ? { id: org.place_id, name: places.get(org.place_id) ?? '' } : null,
    relationships: relationships.flatMap((row) => {
      const other = visible(row.from_org_id === org.id ? row.to_org_id : row.from_org_id);
      return other ? [{ row, other }] : [];
    }),
    contacts: contacts.filter((c) => canReadOrganisationContact(actor, org, c)),
    people: positions
      .filter((p) => canReadPerson(actor, p))
      .map((p) => ({
        personId: p.person_id,
        name: p.name ?? '',
        title: p.title as LocalizedText,
        fromDate: p.from_date,
        toDate: p.to_date,
      })),
    canEdit: canEditOrganisation(actor, org),
  });
}
