import { describe, expect, it } from 'vitest';
import { emptyUpdate, localToday, updateInput, validateUpdate } from './update-form';

describe('the progress update form', () => {
  it('starts today with the item’s progress and status', () => {
    expect(
      emptyUpdate({ progress: 40, status: 'in_progress', progressMode: 'manual' }, 0, '2019-06-05'),
    ).toEqual({
      date: '2019-06-05',
      text: {},
      progress: '40',
      status: 'in_progress',
      evidence: [],
    });
    expect(localToday(new Date(2019, 5, 5, 23, 30))).toBe('2019-06-05');
  });

  it('leaves the progress of a rolled-up parent empty, so a text alone keeps the roll-up', () => {
    expect(emptyUpdate({ progress: 50, status: 'in_progress', progressMode: 'rollup' }, 2).progress).toBe('');
    expect(emptyUpdate({ progress: 50, status: 'in_progress', progressMode: 'manual' }, 2).progress).toBe(
      '50',
    );
    expect(emptyUpdate({ progress: 50, status: 'in_progress', progressMode: 'rollup' }, 0).progress).toBe(
      '50',
    );
  });

  it('wants a date, a text and a progress from 0 to 100', () => {
    const values = {
      ...emptyUpdate({ progress: 0, status: 'planned', progressMode: 'manual' }, 0),
      date: '',
      progress: '120',
    };
    expect(validateUpdate(values, 'az')).toEqual({
      date: 'required',
      'text.az': 'required',
      progress: 'invalid',
    });
    expect(
      validateUpdate({ ...values, date: '2019-06-05', progress: '60', text: { en: 'Held' } }, 'az'),
    ).toEqual({});
  });

  it('builds the API body, leaving out an empty progress and no evidence', () => {
    const values = emptyUpdate({ progress: 0, status: 'planned', progressMode: 'manual' }, 0, '2019-06-05');
    expect(
      updateInput({ ...values, text: { en: ' Held ', az: '' }, progress: '60', status: 'in_progress' }),
    ).toEqual({
      date: '2019-06-05',
      text: { en: 'Held' },
      status: 'in_progress',
      progress: 60,
    });
    const withEvidence = updateInput({
      ...values,
      text: { en: 'x' },
      progress: '',
      evidence: [{ id: 'e1', label: 'Training' }],
    });
    expect(withEvidence.progress).toBeUndefined();
    expect(withEvidence.evidence).toEqual([{ type: 'event', id: 'e1' }]);
  });
});
