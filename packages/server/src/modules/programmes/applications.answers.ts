import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { canReadFile } from '../files/files.policy.ts';
import { findFile } from '../files/files.repository.ts';
import type { StoredFile } from '../files/files.table.ts';
import type { CallQuestion } from './programmes.table.ts';

// Answers to a call's form: each checked against its question's kind and limits before anything is
// written, and the required questions checked on submission (docs/api/programmes.md, Applications).

/** An answer as the request gives it. */
export interface AnswerInput {
  questionId: string;
  value: unknown;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a value does not fit its question, or null when it does (files are checked apart). */
export function answerProblem(q: CallQuestion, value: unknown): string | null {
  const v = q.validation;
  const options = new Set(q.options.map((o) => o.value));
  switch (q.kind) {
    case 'short_text':
    case 'long_text': {
      const max = v.maxLength ?? (q.kind === 'short_text' ? 500 : 5000);
      if (typeof value !== 'string') return 'must be text';
      return value.length > max ? `must be at most ${max} characters` : null;
    }
    case 'choice':
      return typeof value === 'string' && options.has(value) ? null : 'must be one of the options';
    case 'multi_choice':
      return Array.isArray(value) &&
        value.every((x) => typeof x === 'string' && options.has(x)) &&
        new Set(value).size === value.length
        ? null
        : 'must be a list of the options';
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'must be a date YYYY-MM-DD';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (v.min !== undefined && value < v.min) return `must be at least ${v.min}`;
      return v.max !== undefined && value > v.max ? `must be at most ${v.max}` : null;
    case 'consent':
      return value === true ? null : 'must be true (consent given)';
    case 'file':
      return typeof value === 'string' && UUID.test(value) ? null : 'must be a file id';
  }
}

/** Is an answer empty (as if not given)? */
export const isBlank = (value: unknown) =>
  value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);

/**
 * Checks answers against the form; returns the files they name (the caller may read each).
 * @throws AppError VALIDATION_FAILED at `body.answers.N…` for an unknown question, a value of the
 *   wrong kind, a question answered twice, or a file the caller may not read
 */
export async function checkAnswers(
  db: Kysely<Database>,
  actor: Actor,
  questions: readonly CallQuestion[],
  answers: readonly AnswerInput[],
): Promise<StoredFile[]> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  const files: StoredFile[] = [];
  const seen = new Set<string>();
  for (const [i, a] of answers.entries()) {
    const q = byId.get(a.questionId);
    if (!q || seen.has(a.questionId)) {
      errors.push({
        path: `body.answers.${i}.questionId`,
        message: q ? 'is answered twice' : 'is not a question of this call',
      });
      continue;
    }
    seen.add(a.questionId);
    if (isBlank(a.value)) continue;
    const problem = answerProblem(q, a.value);
    if (problem) errors.push({ path: `body.answers.${i}.value`, message: problem });
    else if (q.kind === 'file') {
      const file = await findFile(db, a.value as string);
      if (!file || !canReadFile(actor, file))
        errors.push({ path: `body.answers.${i}.value`, message: 'is not a file you may attach' });
      else files.push(file);
    }
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some answers are not valid.', { errors });
  return files;
}

/** The required questions left unanswered, as field errors. */
export function missingAnswers(
  questions: readonly CallQuestion[],
  given: ReadonlyMap<string, unknown>,
): FieldError[] {
  return questions
    .filter((q) => q.required && (!given.has(q.id) || isBlank(given.get(q.id))))
    .map((q) => ({ path: `answers.${q.id}`, message: 'is required' }));
}
