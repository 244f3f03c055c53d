import { describe, expect, it } from 'vitest';
import { decisionInput, emptyDecision, validateDecision } from './decision-form';
import {
  delegationInput,
  emptyDelegation,
  validateDelegation,
  validateParticipant,
} from './participation-form';
import { toSeriesInput, validateSeries } from './series-form';

describe('the decision form', () => {
  it('needs a text and a due period that does not end before it starts', () => {
    expect(validateDecision(emptyDecision(), 'kk')).toEqual({ 'text.kk': 'required' });
    const values = {
      ...emptyDecision(),
      text: { ru: 'Провести обучение' },
      dueFrom: '2019-06-10',
      dueTo: '2019-05-20',
    };
    expect(validateDecision(values, 'kk')).toEqual({ dueTo: 'dateOrder' });
  });

  it('sends the responsible bodies by id and no empty due text', () => {
    const values = {
      ...emptyDecision(),
      text: { en: ' Hold a training ' },
      responsible: [{ id: 'o1', name: 'YTB' }],
      dueText: { en: ' ' },
    };
    expect(decisionInput(values)).toEqual({
      text: { en: 'Hold a training' },
      dueText: null,
      dueFrom: null,
      dueTo: null,
      status: 'open',
      responsibleBodyIds: ['o1'],
    });
  });
});

describe('the participation forms', () => {
  it('want a delegation to name a country or an organisation, and a participant a person', () => {
    expect(validateDelegation(emptyDelegation())).toEqual({ countryCode: 'required' });
    expect(validateDelegation({ ...emptyDelegation(), countryCode: 'TR' })).toEqual({});
    expect(validateParticipant({ person: [], delegationId: '', role: 'guest' })).toEqual({
      personId: 'required',
    });
  });

  it('sends the head of a delegation when one is chosen', () => {
    const values = { countryCode: 'KZ', organisation: null, head: [{ id: 'p1', name: 'Meiram Imanbayev' }] };
    expect(delegationInput(values)).toEqual({ countryCode: 'KZ', organisationId: null, headPersonId: 'p1' });
  });
});

describe('the series form', () => {
  const series = {
    code: 'CG',
    title: { en: 'Contact Group' },
    description: {},
    owner: null,
    visibility: 'public' as const,
  };

  it('accepts a short code of capitals and digits starting with a letter', () => {
    expect(validateSeries(series, 'en')).toEqual({});
    expect(validateSeries({ ...series, code: '5CG' }, 'en')).toEqual({ code: 'invalid' });
    expect(validateSeries({ ...series, code: 'CONTACTGROUP' }, 'en')).toEqual({ code: 'invalid' });
  });

  it('needs a title in some language and a code', () => {
    expect(validateSeries({ ...series, code: '', title: {} }, 'tr')).toEqual({
      code: 'required',
      'title.tr': 'required',
    });
  });
});

describe('the series body', () => {
  it('leaves the owner to the server when none is chosen', () => {
    const values = {
      code: 'CG',
      title: { en: 'Contact Group' },
      description: {},
      owner: null,
      visibility: 'public' as const,
    };
    expect(toSeriesInput(values)).not.toHaveProperty('ownerOrgId');
    expect(toSeriesInput({ ...values, owner: { id: 'o1', name: 'OTS' } }).ownerOrgId).toBe('o1');
  });
});
