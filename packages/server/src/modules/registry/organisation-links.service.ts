import type { AppDeps } from '../../app-deps.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadOrganisationDetail } from './organisations.detail.ts';
import { organisationSummaries, updateOrganisation } from './organisations.repository.ts';
import type { RelationshipCreate } from './organisations.schema.ts';
import { canVerify, organisationEditLevel } from './registry.policy.ts';
import { readableOrganisation, referencedOrganisation } from './registry.references.ts';
import type { Relationship } from './registry.table.ts';
import { deleteRelationship, insertRelationship } from './relationships.repository.ts';

/**
 * Sets the verification state of a diaspora organisation; `verified` also stamps today as the
 * last-verified date (verifying again re-stamps it).
 * @throws AppError NOT_FOUND when not visible; CONFLICT for other kinds; FORBIDDEN per `canVerify`
 */
export async function setVerification(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  state: 'submitted' | 'verified' | 'archived',
) {
  const updated = await deps.db.transaction().execute(async (trx) => {
    const org = await readableOrganisation(trx, ctx.actor, id);
    if (org.kind !== 'diaspora_org')
      throw new AppError('CONFLICT', 'Only diaspora organisations are verified.');
    if (!canVerify(ctx.actor, org)) throw forbidden('Only the curating body or the secretariat may verify.');
    const today = new Date().toISOString().slice(0, 10);
    const row = await updateOrganisation(trx, id, {
      verification: state,
      ...(state === 'verified' ? { last_verified_on: today } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.verification_changed',
      entityType: 'organisation',
      entityId: id,
      before: { verification: org.verification, lastVerifiedOn: org.last_verified_on },
      after: { verification: row.verification, lastVerifiedOn: row.last_verified_on },
    });
    return row;
  });
  return loadOrganisationDetail(deps.db, ctx.actor, updated);
}

/** What the audit log keeps of a relationship. */
const presentRelationship = (r: Relationship) => ({
  id: r.id,
  kind: r.kind,
  fromOrganisationId: r.from_org_id,
  toOrganisationId: r.to_org_id,
  fromDate: r.from_date,
  toDate: r.to_date,
  note: r.note,
});

/** Refuses unless the actor may edit every field of the organisation (representatives may not link). */
function requireFullEdit(ctx: RequestContext, org: { id: string; owner_org_id: string | null }) {
  if (organisationEditLevel(ctx.actor, org) !== 'all') {
    throw forbidden('You may not change the relationships of this organisation.');
  }
}

/**
 * Records that organisation `id` stands in a relationship to another one, audited on `id`.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED for an unknown or identical other organisation
 */
export async function addRelationship(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: RelationshipCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const org = await readableOrganisation(trx, ctx.actor, id);
    requireFullEdit(ctx, org);
    if (input.organisationId === id) {
      throw new AppError('VALIDATION_FAILED', 'Some fields are not valid.', {
        errors: [{ path: 'body.organisationId', message: 'must be another organisation' }],
      });
    }
    const other = await referencedOrganisation(trx, ctx.actor, input.organisationId, 'body.organisationId');
    const row = await insertRelationship(trx, {
      from_org_id: id,
      to_org_id: other.id,
      kind: input.kind,
      from_date: input.fromDate ?? null,
      to_date: input.toDate ?? null,
      note: input.note ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.relationship_added',
      entityType: 'organisation',
      entityId: id,
      after: presentRelationship(row),
    });
    const name = (await organisationSummaries(trx, [other.id])).get(other.id)?.name ?? '';
    return {
      id: row.id,
      kind: row.kind,
      direction: 'outgoing' as const,
      organisation: { id: other.id, name },
      fromDate: row.from_date,
      toDate: row.to_date,
      note: row.note,
    };
  });
}

/**
 * Removes a relationship organisation `id` takes part in, audited on `id`.
 * @throws AppError NOT_FOUND (the organisation or the relationship); FORBIDDEN
 */
export async function removeRelationship(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  relationshipId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const org = await readableOrganisation(trx, ctx.actor, id);
    requireFullEdit(ctx, org);
    const row = await deleteRelationship(trx, id, relationshipId);
    if (!row) throw notFound('The relationship');
    await recordAudit(trx, ctx, {
      action: 'organisation.relationship_removed',
      entityType: 'organisation',
      entityId: id,
      before: presentRelationship(row),
    });
  });
}
