import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { parsePeriodOrFail } from '../periods/periods.service.ts';
import { readableEvents } from '../plans/plans.references.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import { canReadRecord } from '../registry/registry.policy.ts';
import { canEditProgramme } from './programmes.policy.ts';
import { planItemRef } from './programmes.repository.ts';
import type { ProgrammeUpdate } from './programmes.schema.ts';
import type { Programme, ProgrammeUpdate as Columns, ProgrammeStatus } from './programmes.table.ts';

// A programme request's fields as columns: texts per language, the period parsed, references
// checked against what the caller may read.

const json = (value: unknown) => JSON.stringify(value);

/** The statuses a programme may move to from each (ADR 0023); staying is always allowed. */
const NEXT_STATUS: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['draft', 'closed', 'completed', 'cancelled'],
  closed: ['published', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/**
 * Refuses a status change the lifecycle does not allow (a completed or cancelled programme stays so).
 * @throws AppError CONFLICT
 */
export function checkStatusChange(from: ProgrammeStatus, to: ProgrammeStatus): void {
  if (from === to || NEXT_STATUS[from].includes(to)) return;
  throw new AppError('CONFLICT', `A ${from} programme cannot become ${to}.`);
}

function textColumns(input: ProgrammeUpdate, set: Columns, current?: Programme): void {
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.title !== undefined) set.title = json(storedText(input.title));
  if (input.description !== undefined)
    set.description = input.description ? json(storedText(input.description)) : null;
  if (input.place !== undefined) set.place = input.place ? json(storedText(input.place)) : null;
  if (input.countryCode !== undefined) set.country_code = input.countryCode ?? null;
  if (input.capacity !== undefined) set.capacity = input.capacity ?? null;
  if (input.status !== undefined) {
    if (current) checkStatusChange(current.status, input.status);
    set.status = input.status;
  }
  if (input.visibility !== undefined) set.visibility = input.visibility;
}

function periodColumns(input: ProgrammeUpdate, set: Columns): void {
  if (input.periodText === undefined) return;
  if (input.periodText === null) {
    Object.assign(set, { period_text: null, period_lang: null, period_start: null, period_end: null });
    set.period_precision = null;
    return;
  }
  const lang = input.periodLang ?? 'en';
  const reference = input.periodReference ?? new Date().toISOString().slice(0, 10);
  const period = parsePeriodOrFail(input.periodText, lang, reference, 'body.periodText');
  Object.assign(set, { period_text: input.periodText, period_lang: lang });
  Object.assign(set, {
    period_start: period.start,
    period_end: period.end,
    period_precision: period.precision,
  });
}

function audienceColumns(input: ProgrammeUpdate, set: Columns, current?: Programme): void {
  const a = input.audience;
  if (a?.communities !== undefined) set.communities = a.communities;
  if (a?.countries !== undefined) set.residence_countries = a.countries;
  if (a?.languages !== undefined) set.languages = a.languages;
  if (a?.ageMin !== undefined) set.age_min = a.ageMin ?? null;
  if (a?.ageMax !== undefined) set.age_max = a.ageMax ?? null;
  const min = set.age_min !== undefined ? set.age_min : (current?.age_min ?? null);
  const max = set.age_max !== undefined ? set.age_max : (current?.age_max ?? null);
  if (min !== null && max !== null && min > max)
    throw invalidField('body.audience.ageMax', 'must not be below ageMin');
  if (input.startDate !== undefined) set.start_date = input.startDate ?? null;
  if (input.endDate !== undefined) set.end_date = input.endDate ?? null;
  const start = set.start_date !== undefined ? set.start_date : (current?.start_date ?? null);
  const end = set.end_date !== undefined ? set.end_date : (current?.end_date ?? null);
  if (start && end && start > end) throw invalidField('body.endDate', 'must not be before startDate');
}

async function referenceColumns(db: Kysely<Database>, actor: Actor, input: ProgrammeUpdate, set: Columns) {
  if (input.organiserId !== undefined) {
    await referencedOrganisation(db, actor, input.organiserId, 'body.organiserId');
    if (!canEditProgramme(actor, { owner_org_id: input.organiserId })) {
      throw forbidden('You may not organise a programme for this body.');
    }
    set.owner_org_id = input.organiserId;
  }
  for (const [i, s] of (input.supporters ?? []).entries()) {
    await referencedOrganisation(db, actor, s.organisationId, `body.supporters.${i}.organisationId`);
  }
  if (input.planItemId) {
    const item = await planItemRef(db, input.planItemId);
    if (!item || !canReadRecord(actor, item))
      throw invalidField('body.planItemId', 'is not a known plan item');
  }
  if (input.planItemId !== undefined) set.plan_item_id = input.planItemId ?? null;
  if (input.eventId && !(await readableEvents(db, actor, [input.eventId])).size) {
    throw invalidField('body.eventId', 'is not a known event');
  }
  if (input.eventId !== undefined) set.event_id = input.eventId ?? null;
}

/**
 * The columns a create or change request sets.
 * @throws AppError VALIDATION_FAILED, PERIOD_NOT_UNDERSTOOD, FORBIDDEN (an organiser the caller may not act for)
 */
export async function programmeColumns(
  db: Kysely<Database>,
  actor: Actor,
  input: ProgrammeUpdate,
  current?: Programme,
): Promise<Columns> {
  const set: Columns = {};
  textColumns(input, set, current);
  periodColumns(input, set);
  audienceColumns(input, set, current);
  await referenceColumns(db, actor, input, set);
  return set;
}
