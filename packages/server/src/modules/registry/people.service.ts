import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { loadPersonDetail, presentPeoplePage } from './people.detail.ts';
import { personSnapshot } from './people.presenter.ts';
import { scriptOf } from './registry.presenter.ts';
import {
  insertPersonRow,
  listPeople,
  namesOfPeople,
  type PeopleFilter,
  replacePersonNames,
  updatePersonRow,
} from './people.repository.ts';
import type { PersonCreate, PersonNameInput, PersonUpdate } from './people.schema.ts';
import { addPositionIn } from './positions.service.ts';
import { canEditPerson, canOwnAs, defaultOwnerOf, registryReadScope } from './registry.policy.ts';
import { readablePerson, referencedOrganisation } from './registry.references.ts';
import type { PersonName } from './registry.table.ts';

/** A page of the people `actor` may see, as the API lists them. */
export async function browsePeople(
  deps: AppDeps,
  actor: Actor,
  filter: PeopleFilter,
  page: { limit: number; offset: number },
) {
  const result = await listPeople(deps.db, registryReadScope(actor), filter, page);
  return { total: result.total, items: await presentPeoplePage(deps.db, actor, result.items) };
}

/**
 * The detail view of one person; contacts only for the roles that may see personal data.
 * @throws AppError NOT_FOUND when there is none or the actor may not see them
 */
export async function showPerson(deps: AppDeps, actor: Actor, id: string) {
  return loadPersonDetail(deps.db, actor, await readablePerson(deps.db, actor, id));
}

const nameRows = (names: PersonNameInput[]) =>
  names.map((n) => ({
    full_name: n.fullName,
    given_name: n.givenName ?? null,
    family_name: n.familyName ?? null,
    script: n.script ?? scriptOf(n.fullName),
    lang: n.lang ?? null,
    source: n.source,
    is_primary: names.length === 1 || n.isPrimary,
  }));

/** Writes a person's spellings and, in the same transaction, their search keys. */
async function writeNames(
  trx: Kysely<Database>,
  personId: string,
  names: PersonNameInput[],
): Promise<PersonName[]> {
  const rows = await replacePersonNames(trx, personId, nameRows(names));
  await replaceNameKeys(
    trx,
    'person',
    personId,
    rows.map((r) => ({ id: r.id, text: r.full_name })),
  );
  return rows;
}

/**
 * Creates a person with every spelling of their name (and search keys) and their positions,
 * audited. Personal records are owner-only unless the request says otherwise.
 * @throws AppError FORBIDDEN when the actor may not own records for the owner; VALIDATION_FAILED
 */
export async function createPerson(deps: AppDeps, ctx: RequestContext, input: PersonCreate) {
  const owner = input.ownerOrgId === undefined ? defaultOwnerOf(ctx.actor) : input.ownerOrgId;
  if (!canOwnAs(ctx.actor, owner)) throw forbidden('You may not create people for this owner.');
  const person = await deps.db.transaction().execute(async (trx) => {
    if (owner) await referencedOrganisation(trx, ctx.actor, owner, 'body.ownerOrgId');
    const row = await insertPersonRow(trx, { owner_org_id: owner, visibility: input.visibility });
    const names = await writeNames(trx, row.id, input.names);
    await recordAudit(trx, ctx, {
      action: 'person.created',
      entityType: 'person',
      entityId: row.id,
      after: personSnapshot(row, names),
    });
    for (const [i, position] of (input.positions ?? []).entries()) {
      await addPositionIn(trx, ctx, row.id, position, `body.positions.${i}`);
    }
    return row;
  });
  return loadPersonDetail(deps.db, ctx.actor, person);
}

/**
 * Changes a person's spellings (the whole set), owner or visibility, audited with before and after.
 * @throws AppError NOT_FOUND when not visible; FORBIDDEN; VALIDATION_FAILED
 */
export async function updatePerson(deps: AppDeps, ctx: RequestContext, id: string, input: PersonUpdate) {
  const person = await deps.db.transaction().execute(async (trx) => {
    const current = await readablePerson(trx, ctx.actor, id);
    if (!canEditPerson(ctx.actor, current)) throw forbidden('You may not edit this person.');
    const handOver = input.ownerOrgId !== undefined && input.ownerOrgId !== current.owner_org_id;
    if (handOver && !canOwnAs(ctx.actor, input.ownerOrgId ?? null)) {
      throw forbidden('You may not hand the record to this owner.');
    }
    if (handOver && input.ownerOrgId) {
      await referencedOrganisation(trx, ctx.actor, input.ownerOrgId, 'body.ownerOrgId');
    }
    const oldNames = await namesOfPeople(trx, [id]);
    const row = await updatePersonRow(trx, id, {
      ...(input.ownerOrgId !== undefined ? { owner_org_id: input.ownerOrgId } : {}),
      ...(input.visibility ? { visibility: input.visibility } : {}),
    });
    const names = input.names ? await writeNames(trx, id, input.names) : oldNames;
    await recordAudit(trx, ctx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      before: personSnapshot(current, oldNames),
      after: personSnapshot(row, names),
    });
    return row;
  });
  return loadPersonDetail(deps.db, ctx.actor, person);
}
