import { describe, expect, it } from 'vitest';
import { formToProgrammeInput, programmeToForm, validateProgramme } from './programme-form';

describe('programme form', () => {
  const blank = programmeToForm(undefined, 'az');

  it('starts a new programme as a public draft training with a phrase in the reader’s language', () => {
    expect(blank).toMatchObject({
      kind: 'training',
      status: 'draft',
      visibility: 'public',
      period: { text: '', lang: 'az' },
    });
  });

  it('asks for a title, dates in order and whole numbers', () => {
    expect(validateProgramme(blank, 'az')).toEqual({ 'title.az': 'required' });
    const bad = {
      ...blank,
      title: { en: 'T' },
      startDate: '2019-06-05',
      endDate: '2019-06-01',
      capacity: '2.5',
    };
    expect(validateProgramme(bad, 'az')).toEqual({ endDate: 'dateOrder', capacity: 'invalid' });
  });

  it('sends empty fields as cleared and splits communities', () => {
    const input = formToProgrammeInput({
      ...blank,
      title: { en: ' Training ', az: '' },
      communities: 'Azerbaijani, Turkish ,',
      capacity: '25',
      period: { text: 'end of May', lang: 'en' },
    });
    expect(input).toMatchObject({
      title: { en: 'Training' },
      countryCode: null,
      place: null,
      periodText: 'end of May',
      capacity: 25,
      audience: { communities: ['Azerbaijani', 'Turkish'], ageMin: null },
    });
    expect(input.organiserId).toBeUndefined();
    expect(input.supporters).toEqual([]);
    expect(input.planItemId).toBeNull();
    expect(
      formToProgrammeInput({ ...blank, planItem: { id: 'item-2.2', label: '2.2 USA' } }).planItemId,
    ).toBe('item-2.2');
    expect(input.eventId).toBeNull();
    expect(formToProgrammeInput({ ...blank, event: { id: 'baku-2019', label: 'Baku' } }).eventId).toBe(
      'baku-2019',
    );
  });

  it('keeps the stored supporters’ roles and gives new ones the support role', () => {
    const input = formToProgrammeInput({
      ...blank,
      supporters: [
        { id: 'ytb', name: 'YTB' },
        { id: 'ots', name: 'OTS' },
      ],
      supporterRoles: { ytb: 'funder' },
    });
    expect(input.supporters).toEqual([
      { organisationId: 'ytb', role: 'funder' },
      { organisationId: 'ots', role: 'support' },
    ]);
  });
});
