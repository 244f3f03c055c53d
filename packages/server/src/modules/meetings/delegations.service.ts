import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import { auditEvent, editableEvent, referencedPeople } from './meetings.access.ts';
import { readableOrganisationNames, readablePeopleNames } from './meetings.names.ts';
import { presentDelegation } from './meetings.presenter.ts';
import type { DelegationInput, DelegationUpdate } from './meetings.schema.ts';
import type { Delegation } from './meetings.table.ts';
import {
  deleteDelegation,
  findDelegation,
  insertDelegation,
  updateDelegationRow,
} from './participation.repository.ts';

// An event's delegations: by country and/or organisation, with the head of each.

async function delegationView(trx: Kysely<Database>, actor: Actor, d: Delegation) {
  const [organisations, people] = await Promise.all([
    readableOrganisationNames(trx, actor, d.organisation_id ? [d.organisation_id] : []),
    readablePeopleNames(trx, actor, d.head_person_id ? [d.head_person_id] : []),
  ]);
  return presentDelegation(d, { organisations, people });
}

async function checkDelegation(trx: Kysely<Database>, actor: Actor, input: DelegationUpdate) {
  if (input.organisationId)
    await referencedOrganisation(trx, actor, input.organisationId, 'body.organisationId');
  if (input.headPersonId)
    await referencedPeople(trx, actor, [{ id: input.headPersonId, path: 'body.headPersonId' }]);
}

/**
 * Adds a delegation (a country and/or an organisation, with its head) to an event.
 * @throws AppError NOT_FOUND; FORBIDDEN; UNKNOWN_PERSON; VALIDATION_FAILED
 */
export async function addDelegation(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  input: DelegationInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    await checkDelegation(trx, ctx.actor, input);
    const row = await insertDelegation(trx, eventId, {
      country_code: input.countryCode ?? null,
      organisation_id: input.organisationId ?? null,
      head_person_id: input.headPersonId ?? null,
    });
    const view = await delegationView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.delegation_added', { after: view });
    return view;
  });
}

/**
 * Changes a delegation of an event.
 * @throws AppError NOT_FOUND; FORBIDDEN; UNKNOWN_PERSON; VALIDATION_FAILED (left with neither country nor organisation)
 */
export async function changeDelegation(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  delegationId: string,
  input: DelegationUpdate,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    const current = await findDelegation(trx, eventId, delegationId);
    if (!current) throw notFound('The delegation');
    await checkDelegation(trx, ctx.actor, input);
    const country = input.countryCode === undefined ? current.country_code : input.countryCode;
    const org = input.organisationId === undefined ? current.organisation_id : input.organisationId;
    if (!country && !org) throw invalidField('body.countryCode', 'needs a country or an organisation');
    const row = await updateDelegationRow(trx, delegationId, {
      country_code: country,
      organisation_id: org,
      ...(input.headPersonId !== undefined ? { head_person_id: input.headPersonId } : {}),
    });
    const before = await delegationView(trx, ctx.actor, current);
    const after = await delegationView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.delegation_updated', { before, after });
    return after;
  });
}

/**
 * Removes a delegation (its participants stay, without a delegation).
 * @throws AppError NOT_FOUND; FORBIDDEN
 */
export async function removeDelegation(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  delegationId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    const current = await findDelegation(trx, eventId, delegationId);
    if (!current) throw notFound('The delegation');
    await deleteDelegation(trx, delegationId);
    await auditEvent(trx, ctx, eventId, 'event.delegation_removed', {
      before: await delegationView(trx, ctx.actor, current),
    });
  });
}
