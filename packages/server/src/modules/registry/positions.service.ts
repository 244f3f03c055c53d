import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationSummaries } from './organisations.repository.ts';
import { presentPosition, positionSnapshot } from './people.presenter.ts';
import type { PositionInput, PositionUpdate } from './people.schema.ts';
import { deletePosition, findPosition, insertPosition, updatePosition } from './positions.repository.ts';
import { storedText } from './registry.presenter.ts';
import { canEditPerson } from './registry.policy.ts';
import { invalidField, readablePerson, referencedOrganisation } from './registry.references.ts';
import type { Position } from './registry.table.ts';

/** Finds a person the actor may see and edit. */
async function editablePerson(trx: Kysely<Database>, ctx: RequestContext, personId: string) {
  const person = await readablePerson(trx, ctx.actor, personId);
  if (!canEditPerson(ctx.actor, person)) throw forbidden('You may not edit this person.');
  return person;
}

async function present(trx: Kysely<Database>, p: Position) {
  return presentPosition(p, (await organisationSummaries(trx, [p.organisation_id])).get(p.organisation_id));
}

/** Adds a position inside a transaction the caller holds (person already checked), audited on the person. */
export async function addPositionIn(
  trx: Kysely<Database>,
  ctx: RequestContext,
  personId: string,
  input: PositionInput,
  path = 'body',
) {
  await referencedOrganisation(trx, ctx.actor, input.organisationId, `${path}.organisationId`);
  const row = await insertPosition(trx, personId, {
    organisation_id: input.organisationId,
    title: JSON.stringify(storedText(input.title)),
    from_date: input.fromDate ?? null,
    to_date: input.toDate ?? null,
  });
  await recordAudit(trx, ctx, {
    action: 'person.position_added',
    entityType: 'person',
    entityId: personId,
    after: positionSnapshot(row),
  });
  return present(trx, row);
}

/**
 * Adds a position (title, organisation, dates) to a person.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED for an unknown organisation
 */
export async function addPosition(
  deps: AppDeps,
  ctx: RequestContext,
  personId: string,
  input: PositionInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editablePerson(trx, ctx, personId);
    return addPositionIn(trx, ctx, personId, input);
  });
}

/**
 * Changes a position of a person, audited with before and after.
 * @throws AppError NOT_FOUND (person or position); FORBIDDEN; VALIDATION_FAILED
 */
export async function changePosition(
  deps: AppDeps,
  ctx: RequestContext,
  personId: string,
  positionId: string,
  input: PositionUpdate,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editablePerson(trx, ctx, personId);
    const current = await findPosition(trx, personId, positionId);
    if (!current) throw notFound('The position');
    if (input.organisationId) {
      await referencedOrganisation(trx, ctx.actor, input.organisationId, 'body.organisationId');
    }
    const fromDate = input.fromDate === undefined ? current.from_date : input.fromDate;
    const toDate = input.toDate === undefined ? current.to_date : input.toDate;
    if (fromDate && toDate && fromDate > toDate)
      throw invalidField('body.toDate', 'must not be before fromDate');
    const row = await updatePosition(trx, positionId, {
      ...(input.title ? { title: JSON.stringify(storedText(input.title)) } : {}),
      ...(input.organisationId ? { organisation_id: input.organisationId } : {}),
      from_date: fromDate,
      to_date: toDate,
    });
    await recordAudit(trx, ctx, {
      action: 'person.position_updated',
      entityType: 'person',
      entityId: personId,
      before: positionSnapshot(current),
      after: positionSnapshot(row),
    });
    return present(trx, row);
  });
}

/**
 * Removes a position of a person, audited.
 * @throws AppError NOT_FOUND (person or position); FORBIDDEN
 */
export async function removePosition(
  deps: AppDeps,
  ctx: RequestContext,
  personId: string,
  positionId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    await editablePerson(trx, ctx, personId);
    const current = await findPosition(trx, personId, positionId);
    if (!current) throw notFound('The position');
    await deletePosition(trx, positionId);
    await recordAudit(trx, ctx, {
      action: 'person.position_removed',
      entityType: 'person',
      entityId: personId,
      before: positionSnapshot(current),
    });
  });
}
