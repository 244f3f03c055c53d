import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { zonedToUtc } from '../meetings/meetings.time.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField } from '../registry/registry.references.ts';
import { hasSubmittedApplication, questionsOf, replaceQuestions, upsertCall } from './calls.repository.ts';
import { auditProgrammes, editableProgramme } from './programmes.access.ts';
import { presentQuestion } from './programmes.presenter.ts';
import type { CallInput, QuestionInput } from './programmes.schema.ts';
import { showProgramme } from './programmes.service.ts';
import type { CallQuestion } from './programmes.table.ts';

// The call for applications of a programme: its open and close times in the organiser's zone (stored
// with the UTC instants they name, ADR 0015 and 0023) and its form. Once an application has been
// submitted, the form is fixed: the answers given must keep meaning what they meant.

const CHOICE_KINDS = new Set(['choice', 'multi_choice']);

/**
 * Checks a form's questions (the call's, or the feedback survey's): kept ids are the form's own,
 * choices have distinct options. @throws AppError VALIDATION_FAILED at `body.questions.N…`
 */
export function checkQuestions(
  questions: readonly QuestionInput[],
  current: readonly Pick<CallQuestion, 'id'>[],
): void {
  const own = new Set(current.map((q) => q.id));
  questions.forEach((q, i) => {
    if (q.id && !own.has(q.id))
      throw invalidField(`body.questions.${i}.id`, 'is not a question of this call');
    const options = q.options ?? [];
    if (CHOICE_KINDS.has(q.kind) && options.length < 1) {
      throw invalidField(`body.questions.${i}.options`, 'a choice needs options');
    }
    if (new Set(options.map((o) => o.value)).size !== options.length) {
      throw invalidField(`body.questions.${i}.options`, 'option values must differ');
    }
  });
}

/** The form's rows as stored, or the same list as now (for the "is it unchanged?" check). */
export function questionRows(programmeId: string, questions: readonly QuestionInput[]) {
  return questions.map((q, position) => ({
    id: q.id,
    programme_id: programmeId,
    position,
    kind: q.kind,
    label: JSON.stringify(storedText(q.label)),
    help: q.help ? JSON.stringify(storedText(q.help)) : null,
    required: q.required ?? false,
    options: JSON.stringify((q.options ?? []).map((o) => ({ value: o.value, label: storedText(o.label) }))),
    validation: JSON.stringify(q.validation ?? {}),
  }));
}

/** JSON with object keys sorted: jsonb keeps its own key order, so plain JSON text would differ. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

function sameForm(rows: ReturnType<typeof questionRows>, current: readonly CallQuestion[]): boolean {
  const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
  return (
    rows.length === current.length &&
    rows.every((r, i) => {
      const q = current[i] as CallQuestion;
      const asked = [
        r.id,
        r.kind,
        parse(r.label),
        parse(r.help),
        r.required,
        parse(r.options),
        parse(r.validation),
      ];
      return (
        canonical(asked) === canonical([q.id, q.kind, q.label, q.help, q.required, q.options, q.validation])
      );
    })
  );
}

/**
 * Sets a programme's call: times in a zone and the form's questions (replacing the list).
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED; CALL_FORM_LOCKED (questions changed after a submission)
 */
export async function putCall(deps: AppDeps, ctx: RequestContext, id: string, input: CallInput) {
  await deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const opensAt = zonedToUtc(input.opensAt.date, input.opensAt.time, input.timeZone);
    const closesAt = zonedToUtc(input.closesAt.date, input.closesAt.time, input.timeZone);
    if (closesAt <= opensAt) throw invalidField('body.closesAt', 'must be after opensAt');
    const current = await questionsOf(trx, id);
    checkQuestions(input.questions, current);
    const rows = questionRows(id, input.questions);
    const changed = !sameForm(rows, current);
    if (changed && (await hasSubmittedApplication(trx, id))) {
      throw new AppError('CALL_FORM_LOCKED', 'The form cannot change once an application was submitted.');
    }
    await upsertCall(trx, {
      programme_id: id,
      opens_date: input.opensAt.date,
      opens_time: input.opensAt.time,
      closes_date: input.closesAt.date,
      closes_time: input.closesAt.time,
      time_zone: input.timeZone,
      opens_at: opensAt,
      closes_at: closesAt,
    });
    if (changed) await replaceQuestions(trx, id, rows);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.call_set', {
      before: current.map(presentQuestion),
      after: { ...input, opensAtUtc: opensAt.toISOString(), closesAtUtc: closesAt.toISOString() },
    });
  });
  return showProgramme(deps, ctx.actor, id);
}
