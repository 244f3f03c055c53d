import type { OrganisationRef, RelationshipInput, RelationshipKind } from '../../api';
import type { FormProblems } from './organisation-form';

export interface RelationshipFormValues {
  kind: RelationshipKind;
  organisation: OrganisationRef | null;
  fromDate: string;
  toDate: string;
  note: string;
}

/** A blank relationship ("member of" whom, since when). */
export function emptyRelationship(): RelationshipFormValues {
  return { kind: 'member_of', organisation: null, fromDate: '', toDate: '', note: '' };
}

/** Checks a relationship of organisation `selfId`: another organisation, and dates in order. */
export function validateRelationship(values: RelationshipFormValues, selfId: string): FormProblems {
  const problems: FormProblems = {};
  if (!values.organisation) problems.organisationId = 'required';
  else if (values.organisation.id === selfId) problems.organisationId = 'invalid';
  if (values.fromDate && values.toDate && values.toDate < values.fromDate) problems.toDate = 'dateOrder';
  return problems;
}

/** The API body for the values (blank dates and note become `null`). Assumes `validateRelationship` passed. */
export function formToRelationshipInput(values: RelationshipFormValues): RelationshipInput {
  return {
    kind: values.kind,
    organisationId: values.organisation?.id ?? '',
    fromDate: values.fromDate || null,
    toDate: values.toDate || null,
    note: values.note.trim() || null,
  };
}
