import type { FieldError } from '../../api/client';
import type { Answer, AnswerValue, Question } from '../../api/programmes-types';

/** The form's answers by question id; `undefined` (or '' / [] / false) is "not answered". */
export type AnswerState = Record<string, AnswerValue | undefined>;

/** A client-side hint on one answer: a catalogue key under `programmes.answer.` and its values. */
export interface AnswerHint {
  key: 'required' | 'tooLong' | 'notNumber' | 'belowMin' | 'aboveMax';
  values?: Record<string, number>;
}

const DEFAULT_LENGTH: Partial<Record<Question['kind'], number>> = { short_text: 500, long_text: 5000 };

/** True when the value counts as an answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The answers of a stored application as form state. */
export function answersToState(answers: Answer[] | undefined): AnswerState {
  return Object.fromEntries((answers ?? []).map((a) => [a.questionId, a.value]));
}

/**
 * Hints before sending (the server decides): required questions answered, texts within their
 * length, numbers within their range. `forSubmit: false` (a draft) only checks what is answered.
 */
export function checkAnswers(questions: Question[], state: AnswerState, forSubmit: boolean) {
  const hints: Record<string, AnswerHint> = {};
  for (const q of questions) {
    const value = state[q.id];
    if (!isAnswered(value)) {
      if (forSubmit && q.required) hints[q.id] = { key: 'required' };
      continue;
    }
    const maxLength = q.validation.maxLength ?? DEFAULT_LENGTH[q.kind];
    if (typeof value === 'string' && maxLength !== undefined && value.trim().length > maxLength)
      hints[q.id] = { key: 'tooLong', values: { max: maxLength } };
    if (q.kind === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) hints[q.id] = { key: 'notNumber' };
      else if (q.validation.min !== undefined && n < q.validation.min)
        hints[q.id] = { key: 'belowMin', values: { min: q.validation.min } };
      else if (q.validation.max !== undefined && n > q.validation.max)
        hints[q.id] = { key: 'aboveMax', values: { max: q.validation.max } };
    }
  }
  return hints;
}

/** The answers to send, in the form's order: answered questions only, texts trimmed, numbers as numbers. */
export function buildAnswers(questions: Question[], state: AnswerState): Answer[] {
  const answers: Answer[] = [];
  for (const q of questions) {
    const value = state[q.id];
    if (!isAnswered(value) || value === undefined) continue;
    if (q.kind === 'number') answers.push({ questionId: q.id, value: Number(value) });
    else if (q.kind === 'consent') answers.push({ questionId: q.id, value: true });
    else answers.push({ questionId: q.id, value: typeof value === 'string' ? value.trim() : value });
  }
  return answers;
}

/**
 * The server's per-field problems split into those of questions (`body.answers.<id>`, by question
 * id) and the others (eligibility, the form as a whole).
 */
export function splitServerErrors(errors: FieldError[]) {
  const byQuestion: Record<string, string> = {};
  const general: FieldError[] = [];
  for (const error of errors) {
    const match = /(?:^|\.)answers\.([^.]+)/.exec(error.path);
    if (match?.[1]) byQuestion[match[1]] = error.message;
    else general.push(error);
  }
  return { byQuestion, general };
}
