import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { parsePeriod } from '../../lib/periods/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import { checkDecisions, checkEvidence } from './plans.references.ts';
import type { ItemUpdate } from './plans.schema.ts';
import type { Plan, PlanItem, PlanItemUpdate } from './plans.table.ts';

// Checking an item's request and turning it into columns: organisations, decisions and evidence
// must exist and be readable; a period phrase is parsed with the plan's start as the reference.

type PeriodColumns = Pick<
  PlanItemUpdate,
  'period_text' | 'period_lang' | 'period_start' | 'period_end' | 'period_precision'
>;

const notUnderstood = () =>
  new AppError('PERIOD_NOT_UNDERSTOOD', 'The period was not understood.', {
    errors: [
      {
        path: 'body.periodText',
        message: 'is not a period this parser understands; give periodStart and periodEnd',
      },
    ],
  });

/**
 * The period columns of a request, merged with the item's current ones; undefined when the request
 * does not touch the period. Explicit `periodStart`+`periodEnd` win over the phrase (precision
 * `day` unless the phrase says exactly those dates).
 * @throws AppError PERIOD_NOT_UNDERSTOOD; VALIDATION_FAILED (one date without the other, end before start)
 */
export function periodColumns(
  input: ItemUpdate,
  current: PlanItem | undefined,
  plan: Plan,
): PeriodColumns | undefined {
  const touched = [input.periodText, input.periodLang, input.periodStart, input.periodEnd].some(
    (v) => v !== undefined,
  );
  if (!touched) return undefined;
  const text = input.periodText !== undefined ? input.periodText : (current?.period_text ?? null);
  const lang = (input.periodLang !== undefined ? input.periodLang : current?.period_lang) ?? 'en';
  const parsed = text ? parsePeriod(text, lang, plan.period_start) : null;
  const start = input.periodStart;
  const end = input.periodEnd;
  const base = { period_text: text ?? null, period_lang: text ? lang : null };
  if (start && end) {
    if (start > end) throw invalidField('body.periodEnd', 'must not be before periodStart');
    const same = parsed && parsed.start === start && parsed.end === end;
    return {
      ...base,
      period_start: start,
      period_end: end,
      period_precision: same ? parsed.precision : 'day',
    };
  }
  if (start || end)
    throw invalidField(start ? 'body.periodEnd' : 'body.periodStart', 'is needed with the other date');
  if (text && !parsed) throw notUnderstood();
  if (!parsed) return { ...base, period_start: null, period_end: null, period_precision: null };
  return { ...base, period_start: parsed.start, period_end: parsed.end, period_precision: parsed.precision };
}

/** The plain columns of an item's request (not the tree, the period or the lists). */
export function itemColumns(input: ItemUpdate): PlanItemUpdate {
  const set: PlanItemUpdate = {};
  const text = (v: Parameters<typeof storedText>[0] | null) => (v ? JSON.stringify(storedText(v)) : null);
  if (input.title !== undefined) set.title = text(input.title) as string;
  if (input.description !== undefined) set.description = text(input.description ?? null);
  if (input.region !== undefined) set.region = text(input.region ?? null);
  if (input.countries !== undefined) set.countries = [...new Set(input.countries)];
  if (input.status !== undefined) set.status = input.status;
  if (input.progress !== undefined) set.progress = input.progress;
  if (input.progressMode !== undefined) set.progress_mode = input.progressMode;
  if (input.weight !== undefined) set.weight = input.weight;
  return set;
}

/**
 * Checks the records an item's request refers to.
 * @throws AppError VALIDATION_FAILED at the path of the first unknown one, or of a body both
 * responsible and supporting
 */
export async function checkItemReferences(trx: Kysely<Database>, actor: Actor, input: ItemUpdate) {
  for (const key of ['responsibleIds', 'supportingIds'] as const) {
    for (const [i, id] of (input[key] ?? []).entries()) {
      await referencedOrganisation(trx, actor, id, `body.${key}.${i}`);
    }
  }
  const both = (input.supportingIds ?? []).findIndex((id) => input.responsibleIds?.includes(id));
  if (both >= 0) throw invalidField(`body.supportingIds.${both}`, 'is already a responsible body');
  await checkDecisions(trx, actor, input.decisionIds ?? [], 'body.decisionIds');
  await checkEvidence(trx, actor, input.evidence ?? [], 'body.evidence');
}
