import type { Criterion } from '../../api/programmes-types';
import type { LocalizedText } from '../../api/registry-types';
import { cleanLocalized } from '../meetings/LocalizedFields';

/** A criterion as edited: numbers kept as typed until saved. */
export interface CriterionDraft {
  id?: string;
  key: string;
  label: LocalizedText;
  weight: string;
  maxScore: string;
}

let counter = 0;
/** A new criterion: weight 1, scored out of 10. */
export function newCriterion(): CriterionDraft {
  counter += 1;
  return { key: `new-${counter}`, label: {}, weight: '1', maxScore: '10' };
}

/** The stored criteria as drafts. */
export const criteriaToDrafts = (criteria: Criterion[]): CriterionDraft[] =>
  criteria.map((c) => ({
    id: c.id,
    key: c.id,
    label: c.label,
    weight: String(c.weight),
    maxScore: String(c.maxScore),
  }));

/** Problems by path: a label, a weight above 0 up to 100, a whole maximum from 1 to 100. */
export function validateCriteria(drafts: CriterionDraft[]): Record<string, 'required' | 'invalid'> {
  const problems: Record<string, 'required' | 'invalid'> = {};
  drafts.forEach((c, i) => {
    if (!cleanLocalized(c.label)) problems[`criteria.${i}.label`] = 'required';
    const weight = Number(c.weight);
    if (!c.weight.trim() || !(weight > 0 && weight <= 100)) problems[`criteria.${i}.weight`] = 'invalid';
    const max = Number(c.maxScore);
    if (!/^\d+$/.test(c.maxScore.trim()) || max < 1 || max > 100)
      problems[`criteria.${i}.maxScore`] = 'invalid';
  });
  return problems;
}

/** The request body's criteria, in order. */
export const criteriaToInput = (drafts: CriterionDraft[]) =>
  drafts.map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    label: cleanLocalized(c.label) ?? {},
    weight: Number(c.weight),
    maxScore: Number(c.maxScore),
  }));
