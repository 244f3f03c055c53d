import { describe, expect, it } from 'vitest';
import type { ProgrammeDetail } from '../../api/programmes-types';
import {
  callToForm,
  formToCallInput,
  localParts,
  moveQuestion,
  newQuestion,
  validateCall,
} from './call-form';

describe('call form', () => {
  it('reads instants in the call’s own zone', () => {
    expect(localParts('2026-12-18T19:59:00Z', 'Asia/Baku')).toEqual({ date: '2026-12-18', time: '23:59' });
    expect(localParts('2026-12-18T19:59:00Z', 'America/New_York')).toEqual({
      date: '2026-12-18',
      time: '14:59',
    });
  });

  it('keeps existing questions’ ids and their options as lines', () => {
    const programme = {
      call: {
        opensAt: '2026-11-20T05:00:00Z',
        closesAt: '2026-12-18T19:59:00Z',
        timeZone: 'Asia/Baku',
        status: 'open',
        questions: [
          {
            id: 'q1',
            position: 0,
            kind: 'choice',
            label: { en: 'Language' },
            help: null,
            required: true,
            validation: {},
            options: [
              { value: 'az', label: { en: 'Azerbaijani' } },
              { value: 'en', label: { en: 'English' } },
            ],
          },
        ],
      },
    } as unknown as ProgrammeDetail;
    const form = callToForm(programme, 'UTC', 'en');
    expect(form).toMatchObject({ opensDate: '2026-11-20', opensTime: '09:00', timeZone: 'Asia/Baku' });
    expect(form.questions[0]).toMatchObject({ id: 'q1', options: 'Azerbaijani\nEnglish' });
    const edited = {
      ...form,
      questions: form.questions.map((q) => ({ ...q, options: 'English\nRussian\nAzerbaijani' })),
    };
    expect(formToCallInput(edited, 'en').questions[0]).toEqual({
      id: 'q1',
      kind: 'choice',
      label: { en: 'Language' },
      required: true,
      options: [
        { value: 'en', label: { en: 'English' } },
        { value: '1', label: { en: 'Russian' } },
        { value: 'az', label: { en: 'Azerbaijani' } },
      ],
    });
  });

  it('asks for dates in order, labels and two options for a choice', () => {
    const q = { ...newQuestion('choice'), label: {} };
    const values = {
      opensDate: '2026-12-01',
      opensTime: '10:00',
      closesDate: '2026-12-01',
      closesTime: '09:00',
      timeZone: 'UTC',
      questions: [q],
    };
    expect(validateCall(values)).toEqual({
      closesAt: 'dateOrder',
      'questions.0.label': 'required',
      'questions.0.options': 'required',
    });
  });

  it('moves a question up or down, not past either end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
