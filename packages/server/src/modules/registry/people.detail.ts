import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { listContacts } from './contacts.repository.ts';
import { organisationSummaries } from './organisations.repository.ts';
import { presentPerson, primaryOf } from './people.presenter.ts';
import { namesOfPeople } from './people.repository.ts';
import { positionsOfPeople } from './positions.repository.ts';
import { flattenText } from './registry.presenter.ts';
import { canEditPerson, canReadRecord, canSeePersonalData } from './registry.policy.ts';
import type { LocalizedText, Person } from './registry.table.ts';

/**
 * Gathers and presents what the detail view of `person` shows to `actor`: positions at
 * organisations the actor may not see are left out, and contacts (personal data) are shown only
 * to the owner body and the secretariat.
 */
export async function loadPersonDetail(db: Kysely<Database>, actor: Actor, person: Person) {
  const personal = canSeePersonalData(actor, person);
  const [names, positions, contacts] = await Promise.all([
    namesOfPeople(db, [person.id]),
    positionsOfPeople(db, [person.id]),
    personal ? listContacts(db, 'person', person.id) : Promise.resolve([]),
  ]);
  const organisations = await organisationSummaries(db, [
    ...positions.map((p) => p.organisation_id),
    ...(person.owner_org_id ? [person.owner_org_id] : []),
  ]);
  const owner = person.owner_org_id ? organisations.get(person.owner_org_id) : undefined;
  return presentPerson(person, {
    names,
    positions: positions.filter((p) => {
      const org = organisations.get(p.organisation_id);
      return org !== undefined && canReadRecord(actor, org);
    }),
    organisations,
    contacts,
    owner: owner && canReadRecord(actor, owner) ? owner : null,
    canEdit: canEditPerson(actor, person),
  });
}

/** The rows of a people list: primary name, other spellings and the current positions the actor may see. */
export async function presentPeoplePage(
  db: Kysely<Database>,
  actor: Actor,
  rows: { id: string; name: string | null; visibility: Person['visibility'] }[],
) {
  const ids = rows.map((r) => r.id);
  const [names, positions] = await Promise.all([
    namesOfPeople(db, ids),
    positionsOfPeople(db, ids, { currentOnly: true }),
  ]);
  const organisations = await organisationSummaries(
    db,
    positions.map((p) => p.organisation_id),
  );
  return rows.map((r) => {
    const own = names.filter((n) => n.person_id === r.id);
    const primary = r.name ?? primaryOf(own);
    return {
      id: r.id,
      name: primary,
      otherNames: [...new Set(own.map((n) => n.full_name).filter((n) => n !== primary))],
      currentPositions: positions.flatMap((p) => {
        const org = organisations.get(p.organisation_id);
        if (p.person_id !== r.id || !org || !canReadRecord(actor, org)) return [];
        return [
          {
            title: flattenText(p.title as LocalizedText) ?? {},
            organisation: { id: org.id, name: org.name },
          },
        ];
      }),
      visibility: r.visibility,
    };
  });
}
