import type { LocalizedText, OrganisationRef, Visibility } from '../../api';
import type { PlanDetail, PlanInput } from '../../api/plans-types';
import { pickLocalized } from '../../lib/localized';
import { cleanLocalized } from '../meetings/LocalizedFields';
import type { FormProblems } from '../registry/organisation-form';
import type { EventChoice } from './EventsField';

export interface PlanFormValues {
  title: LocalizedText;
  description: LocalizedText;
  periodStart: string;
  periodEnd: string;
  owner: OrganisationRef | null;
  visibility: Visibility;
  /** The event it was adopted at: none or one. */
  adoptedAt: EventChoice[];
}

/** Form values for an existing plan, or a new one (the network may read it; the owner left to the server). */
export function planToForm(detail: PlanDetail | undefined, language: string): PlanFormValues {
  if (!detail)
    return {
      title: {},
      description: {},
      periodStart: '',
      periodEnd: '',
      owner: null,
      visibility: 'network',
      adoptedAt: [],
    };
  const event = detail.adoptedAt.event;
  return {
    title: detail.title,
    description: detail.description ?? {},
    periodStart: detail.periodStart,
    periodEnd: detail.periodEnd,
    owner: detail.owner,
    visibility: detail.visibility,
    adoptedAt: event ? [{ id: event.id, label: pickLocalized(event.title, language) }] : [],
  };
}

/** Checks a title in the interface language's field (or any), both dates, the end not before the start. */
export function validatePlan(values: PlanFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!cleanLocalized(values.title)) problems[`title.${language}`] = 'required';
  if (!values.periodStart) problems.periodStart = 'required';
  if (!values.periodEnd) problems.periodEnd = 'required';
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart)
    problems.periodEnd = 'dateOrder';
  return problems;
}

/** The API body for the form values; no owner chosen leaves it to the server (the secretariat's body). */
export function formToPlanInput(values: PlanFormValues): PlanInput {
  const input: PlanInput = {
    title: cleanLocalized(values.title) ?? {},
    description: cleanLocalized(values.description),
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    adoptedAtEventId: values.adoptedAt[0]?.id ?? null,
    visibility: values.visibility,
  };
  if (values.owner) input.ownerOrgId = values.owner.id;
  return input;
}
