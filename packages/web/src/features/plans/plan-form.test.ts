import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../api/plans-types';
import { formToPlanInput, planToForm, validatePlan } from './plan-form';

const plan: PlanDetail = {
  id: 'p1',
  title: { en: 'Joint action plan 2019' },
  description: null,
  periodStart: '2019-01-01',
  periodEnd: '2019-12-31',
  owner: { id: 'o1', name: 'OTS' },
  visibility: 'public',
  progress: 40,
  items: 3,
  adoptedAt: { event: { id: 'e1', title: { en: 'Baku meeting' }, reference: null }, decision: null },
  canEdit: true,
  canUpdateSome: true,
};

describe('the plan form', () => {
  it('starts a new plan visible to the network, and an existing one with its values', () => {
    expect(planToForm(undefined, 'en').visibility).toBe('network');
    const values = planToForm(plan, 'en');
    expect(values.adoptedAt).toEqual([{ id: 'e1', label: 'Baku meeting' }]);
    expect(values.owner).toEqual({ id: 'o1', name: 'OTS' });
  });

  it('wants a title and a period that does not end before it starts', () => {
    const empty = planToForm(undefined, 'ru');
    expect(validatePlan(empty, 'ru')).toEqual({
      'title.ru': 'required',
      periodStart: 'required',
      periodEnd: 'required',
    });
    expect(validatePlan({ ...planToForm(plan, 'en'), periodEnd: '2018-12-31' }, 'en')).toEqual({
      periodEnd: 'dateOrder',
    });
  });

  it('builds the API body, leaving the owner to the server when none is chosen', () => {
    const input = formToPlanInput({ ...planToForm(plan, 'en'), owner: null, adoptedAt: [] });
    expect(input).toEqual({
      title: { en: 'Joint action plan 2019' },
      description: null,
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      adoptedAtEventId: null,
      visibility: 'public',
    });
    expect(formToPlanInput(planToForm(plan, 'en')).ownerOrgId).toBe('o1');
  });
});
