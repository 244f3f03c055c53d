import type { LocalizedText } from '../../api';
import type { ItemStatus, PlanItem, ProgressUpdateInput } from '../../api/plans-types';
import { cleanLocalized } from '../meetings/LocalizedFields';
import type { FormProblems } from '../registry/organisation-form';
import { parseProgress, progressSource } from './progress';

export interface UpdateFormValues {
  date: string;
  text: LocalizedText;
  progress: string;
  status: ItemStatus;
  /** Events given as evidence. */
  evidence: { id: string; label: string }[];
}

/** Today as `YYYY-MM-DD` in the reader's own calendar (not UTC: late evening is still today). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A fresh update form for `item`: dated today, its current status and progress — except for a
 * parent that rolls its sub-items up, whose progress starts empty, so that an update with only a
 * text keeps the roll-up (a number would set it by hand).
 */
export function emptyUpdate(
  item: Pick<PlanItem, 'progress' | 'status' | 'progressMode'>,
  childCount: number,
  today = localToday(),
): UpdateFormValues {
  const progress = progressSource(item, childCount) === 'rollup' ? '' : String(item.progress);
  return { date: today, text: {}, progress, status: item.status, evidence: [] };
}

/** Checks the update: a date, a text, a progress 0–100. Problems keyed by the API's field names. */
export function validateUpdate(values: UpdateFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!values.date) problems.date = 'required';
  if (!cleanLocalized(values.text)) problems[`text.${language}`] = 'required';
  if (values.progress.trim() !== '' && parseProgress(values.progress) === null) problems.progress = 'invalid';
  return problems;
}

/** The API body for the update form (an empty progress leaves the progress as it is). */
export function updateInput(values: UpdateFormValues): ProgressUpdateInput {
  const input: ProgressUpdateInput = {
    date: values.date,
    text: cleanLocalized(values.text) ?? {},
    status: values.status,
  };
  const progress = parseProgress(values.progress);
  if (progress !== null) input.progress = progress;
  if (values.evidence.length > 0) input.evidence = values.evidence.map(({ id }) => ({ type: 'event', id }));
  return input;
}
