import type { DecisionInput, DecisionStatus, LocalizedText, OrganisationRef } from '../../api';
import type { FormProblems } from '../registry/organisation-form';
import { cleanLocalized } from './LocalizedFields';

export interface DecisionFormValues {
  text: LocalizedText;
  responsible: OrganisationRef[];
  dueText: LocalizedText;
  dueFrom: string;
  dueTo: string;
  status: DecisionStatus;
}

export const emptyDecision = (): DecisionFormValues => ({
  text: {},
  responsible: [],
  dueText: {},
  dueFrom: '',
  dueTo: '',
  status: 'open',
});

/** A decision needs its text in some language; a due period must not end before it starts. */
export function validateDecision(values: DecisionFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!cleanLocalized(values.text)) problems[`text.${language}`] = 'required';
  if (values.dueFrom && values.dueTo && values.dueTo < values.dueFrom) problems.dueTo = 'dateOrder';
  return problems;
}

export function decisionInput(values: DecisionFormValues): DecisionInput {
  return {
    text: cleanLocalized(values.text) ?? {},
    dueText: cleanLocalized(values.dueText),
    dueFrom: values.dueFrom || null,
    dueTo: values.dueTo || null,
    status: values.status,
    responsibleBodyIds: values.responsible.map((r) => r.id),
  };
}
