import { describe, expect, it } from 'vitest';
import { criteriaToDrafts, criteriaToInput, newCriterion, validateCriteria } from './criteria-form';

describe('criteria form', () => {
  it('asks for a label, a weight in (0, 100] and a whole maximum in [1, 100]', () => {
    const bad = { ...newCriterion(), weight: '0', maxScore: '2.5' };
    expect(validateCriteria([bad])).toEqual({
      'criteria.0.label': 'required',
      'criteria.0.weight': 'invalid',
      'criteria.0.maxScore': 'invalid',
    });
    expect(validateCriteria([{ ...newCriterion(), label: { en: 'Motivation' } }])).toEqual({});
  });

  it('keeps stored ids and sends numbers', () => {
    const drafts = criteriaToDrafts([
      { id: 'c1', position: 0, label: { en: 'Motivation' }, weight: 2, maxScore: 10 },
    ]);
    expect(
      criteriaToInput([...drafts, { ...newCriterion(), label: { az: ' Təcrübə ' }, weight: '0.5' }]),
    ).toEqual([
      { id: 'c1', label: { en: 'Motivation' }, weight: 2, maxScore: 10 },
      { label: { az: 'Təcrübə' }, weight: 0.5, maxScore: 10 },
    ]);
  });
});
