import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { listRecordHistory } from './history.repository.ts';
import { canReadRecord, canSeePersonalData } from './registry.policy.ts';
import { readableOrganisation, readablePerson } from './registry.references.ts';

type Page = { limit: number; offset: number };

/**
 * The change history of a record from the audit log, newest first. Anyone who may read the record
 * sees what was done and when; the public sees no actor; `before`/`after` are withheld where they
 * would show more than the caller may read (`hideValues` decides per entry).
 */
export async function historyOf(
  deps: AppDeps,
  actor: Actor,
  entity: { type: string; id: string },
  page: Page,
  hideValues: (action: string) => boolean,
) {
  const { items, total } = await listRecordHistory(deps.db, entity.type, entity.id, page);
  return {
    total,
    items: items.map((e) => {
      const hide = hideValues(e.action);
      return {
        at: e.at.toISOString(),
        actor:
          actor.kind === 'account'
            ? { id: e.actor_account_id, label: e.display_name ?? (e.actor_account_id ? '' : 'system') }
            : null,
        action: e.action,
        before: hide ? null : (e.before ?? null),
        after: hide ? null : (e.after ?? null),
      };
    }),
  };
}

/**
 * The history of an organisation; the values of contact changes only for those who may see the
 * organisation's owner-only contacts.
 * @throws AppError NOT_FOUND when the organisation is not visible
 */
export async function organisationHistory(deps: AppDeps, actor: Actor, id: string, page: Page) {
  const org = await readableOrganisation(deps.db, actor, id);
  const seesOwnerOnly = canReadRecord(actor, {
    id: org.id,
    owner_org_id: org.owner_org_id,
    visibility: 'owner',
  });
  return historyOf(deps, actor, { type: 'organisation', id }, page, (action) =>
    action.includes('contact') ? !seesOwnerOnly : false,
  );
}

/**
 * The history of a person; `before`/`after` (personal data) only for the owner body and the secretariat.
 * @throws AppError NOT_FOUND when the person is not visible
 */
export async function personHistory(deps: AppDeps, actor: Actor, id: string, page: Page) {
  const person = await readablePerson(deps.db, actor, id);
  const personal = canSeePersonalData(actor, person);
  return historyOf(deps, actor, { type: 'person', id }, page, () => !personal);
}
