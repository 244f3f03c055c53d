import { describe, expect, it } from 'vitest';
import { emptyIndicator, formToItemInput, itemToForm, validateItem } from './item-form';

describe('the item form', () => {
  it('starts a new item under its parent, its period phrase in a language the parser reads', () => {
    const values = itemToForm(undefined, 'kk', 'parent-1');
    expect(values.parentId).toBe('parent-1');
    expect(values.period).toEqual({ text: '', lang: 'en' });
    expect(itemToForm(undefined, 'az').period.lang).toBe('az');
  });

  it('checks the code, title, progress, weight and indicators', () => {
    const values = {
      ...itemToForm(undefined, 'en'),
      code: '1.a',
      progress: '101',
      weight: '0',
      indicators: [{ ...emptyIndicator(), target: 'ten' }],
    };
    expect(validateItem(values, 'en')).toEqual({
      code: 'invalid',
      'title.en': 'required',
      progress: 'invalid',
      weight: 'invalid',
      'indicators.0.name': 'required',
      'indicators.0.target': 'invalid',
    });
    expect(
      validateItem({ ...itemToForm(undefined, 'en'), code: '1.2.3', title: { en: 'Training' } }, 'en'),
    ).toEqual({});
  });

  it('builds the API body: no code lets the server number it; a roll-up sends no progress', () => {
    const base = {
      ...itemToForm(undefined, 'en'),
      title: { en: 'Training in the USA' },
      responsible: [{ id: 'o1', name: 'State Committee' }],
      countries: ['US'],
      period: { text: 'end of May – beginning of June', lang: 'en' },
      progress: '60',
    };
    const input = formToItemInput(base);
    expect(input.code).toBeUndefined();
    expect(input).toMatchObject({
      parentId: null,
      responsibleIds: ['o1'],
      countries: ['US'],
      periodText: 'end of May – beginning of June',
      periodLang: 'en',
      progress: 60,
      weight: 1,
    });
    const rollup = formToItemInput({
      ...base,
      code: '2.1',
      progressMode: 'rollup',
      period: { text: ' ', lang: 'en' },
    });
    expect(rollup.code).toBe('2.1');
    expect(rollup.progress).toBeUndefined();
    expect(rollup.periodText).toBeNull();
  });
});
