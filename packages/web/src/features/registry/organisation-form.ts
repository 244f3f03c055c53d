import type {
  OrganisationDetail,
  OrganisationInput,
  OrganisationKind,
  OrganisationNameType,
  OrganisationRef,
  Visibility,
} from '../../api';
import { isWebAddress } from '../../lib/validation';
import { rowKey } from './rows';

export interface NameRow {
  key: string;
  lang: string;
  name: string;
  abbreviation: string;
  nameType: OrganisationNameType;
  validFrom: string;
  validTo: string;
}

export interface OrganisationFormValues {
  kind: OrganisationKind;
  names: NameRow[];
  parent: OrganisationRef | null;
  countryCode: string;
  city: string;
  website: string;
  foundedYear: string;
  communities: string[];
  visibility: Visibility;
}

/** A blank name row in `lang`. */
export function emptyNameRow(lang: string): NameRow {
  return {
    key: rowKey(),
    lang,
    name: '',
    abbreviation: '',
    nameType: 'official',
    validFrom: '',
    validTo: '',
  };
}

/** The form values for an existing organisation, or for a new one when `detail` is absent. */
export function organisationToForm(
  detail: OrganisationDetail | undefined,
  language: string,
): OrganisationFormValues {
  if (!detail)
    return {
      kind: 'diaspora_org',
      names: [emptyNameRow(language)],
      parent: null,
      countryCode: '',
      city: '',
      website: '',
      foundedYear: '',
      communities: [],
      visibility: 'public',
    };
  return {
    kind: detail.kind,
    names: detail.names.map((n) => ({
      key: rowKey(),
      lang: n.lang,
      name: n.name,
      abbreviation: n.abbreviation ?? '',
      nameType: n.nameType,
      validFrom: n.validFrom ?? '',
      validTo: n.validTo ?? '',
    })),
    parent: detail.parent,
    countryCode: detail.countryCode ?? '',
    city: detail.city ?? '',
    website: detail.website ?? '',
    foundedYear: detail.foundedYear ? String(detail.foundedYear) : '',
    communities: detail.communities,
    visibility: detail.visibility,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The API body for the form values (blank text becomes `null`). Assumes `validateOrganisation` passed. */
export function formToOrganisationInput(values: OrganisationFormValues): OrganisationInput {
  return {
    kind: values.kind,
    names: values.names.map((n) => ({
      lang: n.lang,
      name: n.name.trim(),
      abbreviation: orNull(n.abbreviation),
      nameType: n.nameType,
      validFrom: orNull(n.validFrom),
      validTo: orNull(n.validTo),
    })),
    parentId: values.parent?.id ?? null,
    countryCode: orNull(values.countryCode),
    city: orNull(values.city),
    website: orNull(values.website),
    foundedYear: values.foundedYear.trim() ? Number(values.foundedYear) : null,
    communities: values.communities,
    visibility: values.visibility,
  };
}

/** What is wrong with the values, as `path → problem`; empty when they may be sent. */
export type FormProblems = Record<string, 'required' | 'invalid' | 'dateOrder'>;

/** Checks the form before sending: at least one named row, an official name, sane year, dates and address. */
export function validateOrganisation(values: OrganisationFormValues): FormProblems {
  const problems: FormProblems = {};
  if (values.names.length === 0) problems.names = 'required';
  values.names.forEach((n, i) => {
    if (!n.name.trim()) problems[`names.${i}.name`] = 'required';
    if (n.validFrom && n.validTo && n.validTo < n.validFrom) problems[`names.${i}.validTo`] = 'dateOrder';
  });
  if (values.names.length > 0 && !values.names.some((n) => n.nameType === 'official'))
    problems.names = 'invalid';
  const year = values.foundedYear.trim();
  if (year && !(/^\d{3,4}$/.test(year) && Number(year) <= new Date().getFullYear()))
    problems.foundedYear = 'invalid';
  if (values.website.trim() && !isWebAddress(values.website)) problems.website = 'invalid';
  return problems;
}
