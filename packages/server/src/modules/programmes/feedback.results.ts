import type { Readable } from 'node:stream';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { CONTENT_TYPES, type ExportFormat, writeRows } from '../imports/exports.format.ts';
import { textIn } from '../registry/registry.presenter.ts';
import type { FeedbackQuestion } from './attendance.table.ts';
import { feedbackQuestionsOf, responsesOf } from './feedback.repository.ts';
import { participantsOf } from './feedback.service.ts';
import { auditProgrammes, readableProgramme } from './programmes.access.ts';
import { canEditProgramme } from './programmes.policy.ts';
import { presentQuestion } from './programmes.presenter.ts';
import type { CallQuestion } from './programmes.table.ts';

// The survey's results per question (counts per option, mean/min/max of numbers, every text) and
// their export (one row per response, no names), for the organisers.

const round = (n: number) => Math.round(n * 100) / 100;

function summary(q: FeedbackQuestion, values: unknown[]) {
  if (q.kind === 'choice' || q.kind === 'multi_choice') {
    const chosen = values.flatMap((v) => (Array.isArray(v) ? v : [v]));
    return {
      options: q.options.map((o) => ({ value: o.value, count: chosen.filter((c) => c === o.value).length })),
    };
  }
  if (q.kind === 'number') {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    if (!numbers.length) return { mean: null, min: null, max: null };
    return {
      mean: round(numbers.reduce((a, b) => a + b, 0) / numbers.length),
      min: Math.min(...numbers),
      max: Math.max(...numbers),
    };
  }
  if (q.kind === 'consent')
    return { options: [{ value: 'true', count: values.filter((v) => v === true).length }] };
  return { texts: values.map(String) };
}

async function gathered(deps: Pick<AppDeps, 'db'>, actor: Actor, id: string) {
  const programme = await readableProgramme(deps.db, actor, id);
  if (!canEditProgramme(actor, programme))
    throw new AppError('FORBIDDEN', 'Only the organisers see the results.');
  const [questions, responses, participants] = await Promise.all([
    feedbackQuestionsOf(deps.db, id),
    responsesOf(deps.db, id),
    participantsOf(deps.db, programme),
  ]);
  const answerTo = (answers: { questionId: string; value: unknown }[], qid: string) =>
    answers.find((a) => a.questionId === qid)?.value;
  return { programme, questions, responses, participants, answerTo };
}

/** The results per question. @throws AppError NOT_FOUND; FORBIDDEN */
export async function surveyResults(deps: Pick<AppDeps, 'db'>, actor: Actor, id: string) {
  const { questions, responses, participants, answerTo } = await gathered(deps, actor, id);
  return {
    participants: participants.length,
    respondents: responses.length,
    questions: questions.map((q) => {
      const values = responses
        .map((r) => answerTo(r.answers, q.id))
        .filter((v) => v !== undefined && v !== null && v !== '');
      return { question: presentQuestion(q as CallQuestion), answered: values.length, ...summary(q, values) };
    }),
  };
}

/** The responses as CSV or XLSX in `lang`, audited. @throws AppError NOT_FOUND; FORBIDDEN */
export async function exportResults(
  deps: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  id: string,
  format: Exclude<ExportFormat, 'json'>,
  lang: string,
): Promise<{ body: Readable; contentType: string; fileName: string }> {
  const { questions, responses, answerTo } = await gathered(deps, ctx.actor, id);
  const cell = (v: unknown) =>
    v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  const columns = ['#', 'submittedAt', ...questions.map((q) => textIn(q.label, lang))];
  const rows = responses.map((r, i) => [
    String(i + 1),
    r.submitted_at.toISOString(),
    ...questions.map((q) => cell(answerTo(r.answers, q.id))),
  ]);
  await deps.db.transaction().execute((trx) =>
    auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.feedback_exported', {
      after: { format, rows: rows.length },
    }),
  );
  const body = writeRows(
    format,
    columns,
    (async function* () {
      yield* rows;
    })(),
  );
  return { body, contentType: CONTENT_TYPES[format], fileName: `feedback-${id}.${format}` };
}
