import type { LocalizedText, OrganisationRef, SeriesInput, Visibility } from '../../api';
import type { FormProblems } from '../registry/organisation-form';
import { cleanLocalized } from './LocalizedFields';

export interface SeriesFormValues {
  code: string;
  title: LocalizedText;
  description: LocalizedText;
  owner: OrganisationRef | null;
  visibility: Visibility;
}

/** Checks a series' code (1–10 capitals or digits, a letter first) and title. */
export function validateSeries(values: SeriesFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (!/^[A-Z][A-Z0-9]{0,9}$/.test(values.code.trim()))
    problems.code = values.code.trim() ? 'invalid' : 'required';
  if (!cleanLocalized(values.title)) problems[`title.${language}`] = 'required';
  return problems;
}

/** The API body for the form values. */
export function toSeriesInput(values: SeriesFormValues): SeriesInput {
  return {
    code: values.code.trim(),
    title: cleanLocalized(values.title) ?? {},
    description: cleanLocalized(values.description),
    // No owner chosen: the server's default (the editor's own body) or, on a change, the current one.
    ...(values.owner ? { ownerOrgId: values.owner.id } : {}),
    visibility: values.visibility,
  };
}
