import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { loadOrganisationDetail } from './organisations.detail.ts';
import { organisationSnapshot, presentOrganisationItem } from './organisations.presenter.ts';
import {
  ancestorIds,
  insertOrganisation,
  listOrganisationNames,
  listOrganisations,
  type OrganisationFilter,
  replaceOrganisationNames,
  updateOrganisation as updateOrganisationRow,
} from './organisations.repository.ts';
import type {
  OrganisationCreate,
  OrganisationNameInput,
  OrganisationUpdateInput,
} from './organisations.schema.ts';
import { storedText } from './registry.presenter.ts';
import {
  canCreateOrganisation,
  canOwnAs,
  defaultOwnerOf,
  organisationEditLevel,
  registryReadScope,
} from './registry.policy.ts';
import {
  invalidField,
  readableOrganisation,
  referencedOrganisation,
  referencedPlace,
} from './registry.references.ts';
import type { NewOrganisationName, Organisation, OrganisationUpdate } from './registry.table.ts';

/** A page of the organisations `actor` may see, as the API lists them. */
export async function browseOrganisations(
  deps: AppDeps,
  actor: Actor,
  filter: OrganisationFilter,
  page: { limit: number; offset: number },
) {
  const result = await listOrganisations(deps.db, registryReadScope(actor), filter, page);
  return { total: result.total, items: result.items.map(presentOrganisationItem) };
}

/**
 * The detail view of one organisation.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function showOrganisation(deps: AppDeps, actor: Actor, id: string) {
  return loadOrganisationDetail(deps.db, actor, await readableOrganisation(deps.db, actor, id));
}

const nameRows = (names: OrganisationNameInput[]): Omit<NewOrganisationName, 'organisation_id'>[] =>
  names.map((n, i) => ({
    lang: n.lang,
    name: n.name,
    abbreviation: n.abbreviation ?? null,
    name_type: n.nameType,
    valid_from: n.validFrom ?? null,
    valid_to: n.validTo ?? null,
    translation: n.translation,
    sort: i,
  }));

/** Keeps search's match keys in step with the names: every name and every abbreviation is a spelling. */
async function syncOrganisationKeys(trx: Kysely<Database>, id: string) {
  const names = await listOrganisationNames(trx, id);
  const spellings = names.flatMap((n) => [
    { id: n.id, text: n.name },
    ...(n.abbreviation ? [{ id: n.id, text: n.abbreviation }] : []),
  ]);
  await replaceNameKeys(trx, 'organisation', id, spellings);
  return names;
}

/** The columns a create or update request sets (only those present in it). */
function columnsOf(input: OrganisationUpdateInput): OrganisationUpdate {
  const set: OrganisationUpdate = {};
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.parentId !== undefined) set.parent_id = input.parentId;
  if (input.countryCode !== undefined) set.country_code = input.countryCode;
  if (input.placeId !== undefined) set.place_id = input.placeId;
  if (input.city !== undefined) set.city = input.city;
  if (input.website !== undefined) set.website = input.website;
  if (input.foundedYear !== undefined) set.founded_year = input.foundedYear;
  if (input.communities !== undefined) set.communities = input.communities;
  if (input.description !== undefined)
    set.description = input.description ? JSON.stringify(storedText(input.description)) : null;
  if (input.visibility !== undefined) set.visibility = input.visibility;
  if (input.ownerOrgId !== undefined) set.owner_org_id = input.ownerOrgId;
  return set;
}

/** Checks the records a request refers to: they exist, the actor sees them, the parent makes no cycle. */
async function checkReferences(
  trx: Kysely<Database>,
  actor: Actor,
  input: OrganisationUpdateInput,
  selfId?: string,
) {
  if (input.parentId) {
    await referencedOrganisation(trx, actor, input.parentId, 'body.parentId');
    if (selfId && (input.parentId === selfId || (await ancestorIds(trx, input.parentId)).includes(selfId))) {
      throw invalidField('body.parentId', 'would make the organisation its own ancestor');
    }
  }
  if (input.ownerOrgId) await referencedOrganisation(trx, actor, input.ownerOrgId, 'body.ownerOrgId');
  if (input.placeId) await referencedPlace(trx, input.placeId, 'body.placeId');
}

/**
 * Creates an organisation with its names (and their search keys), audited.
 * @throws AppError FORBIDDEN when the actor may not create this kind for this owner;
 *   VALIDATION_FAILED for unknown references
 */
export async function createOrganisation(deps: AppDeps, ctx: RequestContext, input: OrganisationCreate) {
  const owner = input.ownerOrgId === undefined ? defaultOwnerOf(ctx.actor) : input.ownerOrgId;
  if (!canCreateOrganisation(ctx.actor, input.kind, owner)) {
    throw forbidden('You may not create this kind of organisation for this owner.');
  }
  const created = await deps.db.transaction().execute(async (trx) => {
    await checkReferences(trx, ctx.actor, input);
    const row = await insertOrganisation(
      trx,
      {
        ...columnsOf(input),
        kind: input.kind,
        owner_org_id: owner,
        verification: input.kind === 'diaspora_org' ? 'submitted' : null,
      },
      nameRows(input.names),
    );
    const names = await syncOrganisationKeys(trx, row.id);
    await recordAudit(trx, ctx, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      after: organisationSnapshot(row, names),
    });
    return row;
  });
  return loadOrganisationDetail(deps.db, ctx.actor, created);
}

const REPRESENTATIVE_MAY_NOT = ['kind', 'ownerOrgId', 'visibility', 'parentId'] as const;

/** Refuses the changes the actor's edit level does not allow. */
function checkEditRights(actor: Actor, org: Organisation, input: OrganisationUpdateInput) {
  const level = organisationEditLevel(actor, org);
  if (level === 'none') throw forbidden('You may not edit this organisation.');
  const current = {
    kind: org.kind,
    ownerOrgId: org.owner_org_id,
    visibility: org.visibility,
    parentId: org.parent_id,
  };
  const changed = REPRESENTATIVE_MAY_NOT.filter((f) => input[f] !== undefined && input[f] !== current[f]);
  if (level === 'profile' && changed.length) {
    throw forbidden(`A representative may not change: ${changed.join(', ')}.`);
  }
  const kind = input.kind ?? org.kind;
  const owner = input.ownerOrgId === undefined ? org.owner_org_id : input.ownerOrgId;
  if (changed.includes('ownerOrgId') && !canOwnAs(actor, owner)) {
    throw forbidden('You may not hand the record to this owner.');
  }
  if (changed.includes('kind') && !canCreateOrganisation(actor, kind, owner)) {
    throw forbidden('You may not make the organisation of this kind.');
  }
}

/**
 * Changes an organisation (names replace the whole set), audited with before and after.
 * @throws AppError NOT_FOUND when not visible; FORBIDDEN per the edit policy; VALIDATION_FAILED
 */
export async function updateOrganisation(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: OrganisationUpdateInput,
) {
  const updated = await deps.db.transaction().execute(async (trx) => {
    const org = await readableOrganisation(trx, ctx.actor, id);
    checkEditRights(ctx.actor, org, input);
    await checkReferences(trx, ctx.actor, input, id);
    const before = organisationSnapshot(org, await listOrganisationNames(trx, id));
    const set = columnsOf(input);
    if (input.kind && input.kind !== org.kind) {
      set.verification = input.kind === 'diaspora_org' ? 'submitted' : null;
      if (input.kind !== 'diaspora_org') set.last_verified_on = null;
    }
    const row = await updateOrganisationRow(trx, id, set);
    if (input.names) await replaceOrganisationNames(trx, id, nameRows(input.names));
    const names = await syncOrganisationKeys(trx, id);
    await recordAudit(trx, ctx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      before,
      after: organisationSnapshot(row, names),
    });
    return row;
  });
  return loadOrganisationDetail(deps.db, ctx.actor, updated);
}
