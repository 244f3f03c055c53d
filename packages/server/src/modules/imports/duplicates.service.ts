import { NAME_MATCH_THRESHOLD, nameSimilarity, prepareName } from '@kopru/turkic';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadOrganisationDetail } from '../registry/organisations.detail.ts';
import { labelOf } from '../registry/organisations.presenter.ts';
import { findOrganisation, updateOrganisation } from '../registry/organisations.repository.ts';
import { loadPersonDetail } from '../registry/people.detail.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { findPerson } from '../registry/people.repository.ts';
import {
  canEditPerson,
  canReadPerson,
  canReadRecord,
  organisationEditLevel,
  registryReadScope,
} from '../registry/registry.policy.ts';
import type { Organisation, OrganisationUpdate } from '../registry/registry.table.ts';
import { deleteNameKeys, replaceNameKeys } from '../search/name-keys.repository.ts';
import { KEY_SIMILARITY_THRESHOLD } from '../search/search.service.ts';
import {
  candidatePairs,
  deleteRecord,
  dropRepeatedPositions,
  moveChildren,
  moveContacts,
  moveOrganisationNames,
  movePersonNames,
  moveRelationships,
  moveRoleGrants,
  repointReferences,
} from './duplicates.repository.ts';
import { foldName } from './imports.columns.ts';
import { syncOrganisationKeys } from './imports.organisations.ts';
import {
  organisationsWithNames,
  peopleWithNames,
  selfAndDescendantIds,
  setTrigramThreshold,
} from './imports.repository.ts';
import { loadOrganisationSnapshot, loadPersonSnapshot } from './imports.snapshots.ts';

/** Most candidate pairs compared per request (the self-join is bounded; the rest is ranking). */
const MAX_PAIRS = 5000;

export type DuplicateType = 'person' | 'organisation';

interface Named {
  id: string;
  label: string;
  spellings: string[];
  country: string | null;
}

async function namedRecords(
  db: Kysely<Database>,
  type: DuplicateType,
  ids: string[],
): Promise<Map<string, Named>> {
  if (type === 'person') {
    const people = await peopleWithNames(db, ids);
    return new Map(
      people.map((p) => [
        p.id,
        { id: p.id, label: primaryOf(p.names), spellings: p.names.map((n) => n.full_name), country: null },
      ]),
    );
  }
  const orgs = await organisationsWithNames(db, ids);
  return new Map(
    orgs.map((o) => [
      o.id,
      {
        id: o.id,
        label: labelOf(o.names).name,
        spellings: o.names.map((n) => n.name),
        country: o.country_code,
      },
    ]),
  );
}

/** The best-scoring pair of spellings of two records. */
function bestPair(a: Named, b: Named) {
  let best = { score: 0, matched: ['', ''] as [string, string] };
  const theirs = b.spellings.map((s) => prepareName(s));
  for (const mine of a.spellings) {
    const prepared = prepareName(mine);
    b.spellings.forEach((other, i) => {
      const score = nameSimilarity(prepared, theirs[i]!);
      if (score > best.score) best = { score, matched: [mine, other] };
    });
  }
  return best;
}

/**
 * Likely duplicate pairs among the records of `type` that `actor` may read, best first: pairs
 * whose match keys are trigram-similar, kept when two of their spellings (in any scripts) have
 * `nameSimilarity` ≥ NAME_MATCH_THRESHOLD; organisations in two different countries are not pairs.
 */
export async function listDuplicates(
  deps: AppDeps,
  actor: Actor,
  type: DuplicateType,
  page: { limit: number; offset: number },
) {
  const pairs = await deps.db.transaction().execute(async (trx) => {
    await setTrigramThreshold(trx, KEY_SIMILARITY_THRESHOLD);
    return candidatePairs(trx, type, registryReadScope(actor), MAX_PAIRS);
  });
  const records = await namedRecords(deps.db, type, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
  const scored = pairs.flatMap((p) => {
    const a = records.get(p.a);
    const b = records.get(p.b);
    if (!a || !b || (a.country && b.country && a.country !== b.country)) return [];
    const { score, matched } = bestPair(a, b);
    if (score < NAME_MATCH_THRESHOLD) return [];
    return [{ a: { id: a.id, label: a.label }, b: { id: b.id, label: b.label }, score, matched }];
  });
  scored.sort(
    (x, y) => y.score - x.score || x.a.label.localeCompare(y.a.label) || x.b.id.localeCompare(y.b.id),
  );
  return { items: scored.slice(page.offset, page.offset + page.limit), total: scored.length };
}

/** Spelling rows of the merged record that the kept one already has (ignoring case). */
const repeats = (kept: readonly string[], merged: readonly { id: string; text: string }[]) => {
  const have = new Set(kept.map(foldName));
  return merged.filter((n) => have.has(foldName(n.text))).map((n) => n.id);
};

async function mergePeople(trx: Kysely<Database>, ctx: RequestContext, keepId: string, mergeId: string) {
  const [keep, merge] = await Promise.all([findPerson(trx, keepId), findPerson(trx, mergeId)]);
  if (!keep || !canReadPerson(ctx.actor, keep)) throw notFound('The person to keep');
  if (!merge || !canReadPerson(ctx.actor, merge)) throw notFound('The person to merge');
  if (!canEditPerson(ctx.actor, keep) || !canEditPerson(ctx.actor, merge)) {
    throw forbidden('You may merge only people you may edit, both of them.');
  }
  const before = {
    kept: await loadPersonSnapshot(trx, keepId),
    merged: await loadPersonSnapshot(trx, mergeId),
  };
  const [kept, merged] = await peopleWithNames(trx, [keepId, mergeId]);
  const drop = repeats(
    kept!.names.map((n) => n.full_name),
    merged!.names.map((n) => ({ id: n.id, text: n.full_name })),
  );
  await movePersonNames(trx, mergeId, keepId, drop);
  await repointReferences(trx, 'people', mergeId, keepId, ['person_names.person_id']);
  await dropRepeatedPositions(trx, { personId: keepId });
  await moveContacts(trx, 'person', mergeId, keepId);
  await deleteNameKeys(trx, 'person', mergeId);
  await deleteRecord(trx, 'people', mergeId);
  const [after] = await peopleWithNames(trx, [keepId]);
  await replaceNameKeys(
    trx,
    'person',
    keepId,
    after!.names.map((n) => ({ id: n.id, text: n.full_name })),
  );
  await recordAudit(trx, ctx, {
    action: 'registry.merged',
    entityType: 'person',
    entityId: keepId,
    before,
    after: await loadPersonSnapshot(trx, keepId),
  });
  return keep;
}

/** The fields the kept organisation lacks and the merged one has; communities are joined. */
function filledFields(keep: Organisation, merge: Organisation): OrganisationUpdate {
  const set: OrganisationUpdate = {};
  if (!keep.country_code && merge.country_code) set.country_code = merge.country_code;
  if (!keep.city && merge.city) set.city = merge.city;
  if (!keep.place_id && merge.place_id) set.place_id = merge.place_id;
  if (!keep.website && merge.website) set.website = merge.website;
  if (!keep.founded_year && merge.founded_year) set.founded_year = merge.founded_year;
  const communities = [...new Set([...keep.communities, ...merge.communities])];
  if (communities.length > keep.communities.length) set.communities = communities;
  return set;
}

async function mergeOrganisations(
  trx: Kysely<Database>,
  ctx: RequestContext,
  keepId: string,
  mergeId: string,
) {
  const [keep, merge] = await Promise.all([findOrganisation(trx, keepId), findOrganisation(trx, mergeId)]);
  if (!keep || !canReadRecord(ctx.actor, keep)) throw notFound('The organisation to keep');
  if (!merge || !canReadRecord(ctx.actor, merge)) throw notFound('The organisation to merge');
  if (organisationEditLevel(ctx.actor, keep) !== 'all' || organisationEditLevel(ctx.actor, merge) !== 'all') {
    throw forbidden('You may merge only organisations you may edit, both of them.');
  }
  const before = {
    kept: await loadOrganisationSnapshot(trx, keepId),
    merged: await loadOrganisationSnapshot(trx, mergeId),
  };
  const set = filledFields(keep, merge);
  // A record kept from below the merged one takes the merged one's place in the tree.
  if ((await selfAndDescendantIds(trx, mergeId)).includes(keepId)) set.parent_id = merge.parent_id;
  await updateOrganisation(trx, keepId, set);
  const [kept, merged] = await organisationsWithNames(trx, [keepId, mergeId]);
  const keptAbbreviations = new Set(
    kept!.names.flatMap((n) => (n.abbreviation ? [foldName(n.abbreviation)] : [])),
  );
  const drop = repeats(
    kept!.names.map((n) => n.name),
    merged!.names
      .filter((n) => !n.abbreviation || keptAbbreviations.has(foldName(n.abbreviation)))
      .map((n) => ({ id: n.id, text: n.name })),
  );
  await moveOrganisationNames(trx, mergeId, keepId, drop);
  await moveChildren(trx, mergeId, keepId);
  await moveRelationships(trx, mergeId, keepId);
  await moveRoleGrants(trx, mergeId, keepId);
  await repointReferences(trx, 'organisations', mergeId, keepId, [
    'organisation_names.organisation_id',
    'organisations.parent_id',
    'organisation_relationships.from_org_id',
    'organisation_relationships.to_org_id',
    'role_grants.organisation_id',
  ]);
  await dropRepeatedPositions(trx, { organisationId: keepId });
  await moveContacts(trx, 'organisation', mergeId, keepId);
  await deleteNameKeys(trx, 'organisation', mergeId);
  await deleteRecord(trx, 'organisations', mergeId);
  await syncOrganisationKeys(trx, keepId);
  await recordAudit(trx, ctx, {
    action: 'registry.merged',
    entityType: 'organisation',
    entityId: keepId,
    before,
    after: await loadOrganisationSnapshot(trx, keepId),
  });
  return keep;
}

/**
 * Merges record `mergeId` into `keepId` in one transaction: every spelling, position, contact,
 * relationship, child, role and other link moves to the kept record, the merged one is deleted,
 * search keys are refreshed and the merge is audited (`registry.merged`, both records before).
 * @throws AppError VALIDATION_FAILED for one record twice; NOT_FOUND when either is not visible;
 *   FORBIDDEN unless the caller may edit both
 * @returns the detail view of the kept record
 */
export async function mergeDuplicates(
  deps: AppDeps,
  ctx: RequestContext,
  input: { type: DuplicateType; keepId: string; mergeId: string },
) {
  if (input.keepId === input.mergeId) {
    throw new AppError('VALIDATION_FAILED', 'A record cannot be merged into itself.', {
      errors: [{ path: 'body.mergeId', message: 'must differ from keepId' }],
    });
  }
  if (input.type === 'person') {
    const kept = await deps.db
      .transaction()
      .execute((trx) => mergePeople(trx, ctx, input.keepId, input.mergeId));
    return loadPersonDetail(deps.db, ctx.actor, (await findPerson(deps.db, kept.id)) ?? kept);
  }
  const kept = await deps.db
    .transaction()
    .execute((trx) => mergeOrganisations(trx, ctx, input.keepId, input.mergeId));
  return loadOrganisationDetail(deps.db, ctx.actor, (await findOrganisation(deps.db, kept.id)) ?? kept);
}
