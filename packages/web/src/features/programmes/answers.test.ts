import { describe, expect, it } from 'vitest';
import type { Question } from '../../api/programmes-types';
import { buildAnswers, checkAnswers, splitServerErrors } from './answers';

const q = (id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id,
  position: 0,
  kind,
  label: { en: id },
  help: null,
  required: false,
  options: [],
  validation: {},
  ...extra,
});

const form = [
  q('name', 'short_text', { required: true, validation: { maxLength: 5 } }),
  q('age', 'number', { validation: { min: 18, max: 35 } }),
  q('langs', 'multi_choice', { required: true }),
  q('cv', 'file'),
  q('ok', 'consent', { required: true }),
];

describe('checkAnswers', () => {
  it('asks for required answers only on submission', () => {
    expect(checkAnswers(form, {}, true)).toEqual({
      name: { key: 'required' },
      langs: { key: 'required' },
      ok: { key: 'required' },
    });
    expect(checkAnswers(form, {}, false)).toEqual({});
  });

  it('checks lengths and ranges of what is answered', () => {
    const hints = checkAnswers(form, { name: 'Aysel N.', age: '17', langs: [], ok: false }, false);
    expect(hints).toEqual({
      name: { key: 'tooLong', values: { max: 5 } },
      age: { key: 'belowMin', values: { min: 18 } },
    });
    expect(checkAnswers(form, { age: '40' }, false).age).toEqual({ key: 'aboveMax', values: { max: 35 } });
    expect(checkAnswers(form, { age: 'x' }, false).age).toEqual({ key: 'notNumber' });
  });
});

describe('buildAnswers', () => {
  it('sends answered questions in form order with their types', () => {
    const answers = buildAnswers(form, { ok: true, age: '21', name: ' Aysel ', langs: ['az'], cv: '' });
    expect(answers).toEqual([
      { questionId: 'name', value: 'Aysel' },
      { questionId: 'age', value: 21 },
      { questionId: 'langs', value: ['az'] },
      { questionId: 'ok', value: true },
    ]);
  });
});

describe('splitServerErrors', () => {
  it('puts answer problems by question and keeps eligibility apart', () => {
    const split = splitServerErrors([
      { path: 'body.answers.q1', message: 'Required' },
      { path: 'eligibility.country', message: 'Not eligible' },
    ]);
    expect(split.byQuestion).toEqual({ q1: 'Required' });
    expect(split.general).toEqual([{ path: 'eligibility.country', message: 'Not eligible' }]);
  });
});
