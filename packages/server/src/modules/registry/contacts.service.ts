import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type ContactOwnerType, deleteContact, insertContact } from './contacts.repository.ts';
import { canEditOrganisation, canEditPerson } from './registry.policy.ts';
import { readableOrganisation, readablePerson } from './registry.references.ts';
import { presentContact } from './registry.presenter.ts';
import type { ContactCreate } from './registry.schema.ts';

/** Finds the record whose contacts change and checks that the actor may change them. */
async function editableOwner(trx: Kysely<Database>, ctx: RequestContext, type: ContactOwnerType, id: string) {
  if (type === 'organisation') {
    const org = await readableOrganisation(trx, ctx.actor, id);
    if (!canEditOrganisation(ctx.actor, org)) throw forbidden('You may not edit this organisation.');
  } else {
    const person = await readablePerson(trx, ctx.actor, id);
    if (!canEditPerson(ctx.actor, person)) throw forbidden('You may not edit this person.');
  }
}

/**
 * Adds a contact to a person or organisation (owner-only unless it says otherwise), audited on
 * the record.
 * @throws AppError NOT_FOUND when the record is not visible; FORBIDDEN when not editable
 */
export async function addContact(
  deps: AppDeps,
  ctx: RequestContext,
  type: ContactOwnerType,
  id: string,
  input: ContactCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editableOwner(trx, ctx, type, id);
    const contact = presentContact(
      await insertContact(trx, type, id, {
        kind: input.kind,
        value: input.value,
        label: input.label ?? null,
        ...(input.visibility ? { visibility: input.visibility } : {}),
      }),
    );
    await recordAudit(trx, ctx, {
      action: `${type}.contact_added`,
      entityType: type,
      entityId: id,
      after: contact,
    });
    return contact;
  });
}

/**
 * Removes a contact of a person or organisation, audited on the record.
 * @throws AppError NOT_FOUND (record or contact); FORBIDDEN when not editable
 */
export async function removeContact(
  deps: AppDeps,
  ctx: RequestContext,
  type: ContactOwnerType,
  id: string,
  contactId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableOwner(trx, ctx, type, id);
    const removed = await deleteContact(trx, type, id, contactId);
    if (!removed) throw notFound('The contact');
    await recordAudit(trx, ctx, {
      action: `${type}.contact_removed`,
      entityType: type,
      entityId: id,
      before: presentContact(removed),
    });
  });
}
