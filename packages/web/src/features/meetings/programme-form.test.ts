import { describe, expect, it } from 'vitest';
import { formToProgrammeInput, moveId, programmeToForm, validateProgrammeItem } from './programme-form';

describe('the programme item form', () => {
  it('accepts only https media links', () => {
    const values = programmeToForm();
    values.mediaLinks = [
      { key: 'a', url: 'https://example.org/video', label: '' },
      { key: 'b', url: 'http://example.org/video', label: '' },
      { key: 'c', url: 'javascript:alert(1)', label: '' },
      { key: 'd', url: ' ', label: '' },
    ];
    expect(validateProgrammeItem(values)).toEqual({
      'mediaLinks.1.url': 'invalid',
      'mediaLinks.2.url': 'invalid',
      'mediaLinks.3.url': 'required',
    });
  });

  it('sends speakers by id and leaves empty texts out', () => {
    const values = programmeToForm();
    values.speakers = [{ id: 'p1', name: 'Fuad Muradov' }];
    values.title = { en: ' Opening speech ', az: '' };
    expect(formToProgrammeInput(values)).toMatchObject({
      speakers: [{ personId: 'p1' }],
      title: { en: 'Opening speech' },
      summary: null,
    });
  });
});

describe('moving programme items', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(moveId(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
