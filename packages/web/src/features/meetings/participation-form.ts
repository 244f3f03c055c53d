import type { DelegationInput, OrganisationRef, ParticipantInput, ParticipantRole } from '../../api';
import type { FormProblems } from '../registry/organisation-form';

export interface DelegationFormValues {
  countryCode: string;
  organisation: OrganisationRef | null;
  head: OrganisationRef[];
}

export const emptyDelegation = (): DelegationFormValues => ({
  countryCode: '',
  organisation: null,
  head: [],
});

/** A delegation needs a country or an organisation. */
export function validateDelegation(values: DelegationFormValues): FormProblems {
  return values.countryCode || values.organisation ? {} : { countryCode: 'required' };
}

export function delegationInput(values: DelegationFormValues): DelegationInput {
  return {
    countryCode: values.countryCode || null,
    organisationId: values.organisation?.id ?? null,
    headPersonId: values.head[0]?.id ?? null,
  };
}

export interface ParticipantFormValues {
  person: OrganisationRef[];
  delegationId: string;
  role: ParticipantRole;
}

export const emptyParticipant = (): ParticipantFormValues => ({
  person: [],
  delegationId: '',
  role: 'guest',
});

/** A participant is a person of the registry. */
export function validateParticipant(values: ParticipantFormValues): FormProblems {
  return values.person.length === 1 ? {} : { personId: 'required' };
}

export function participantInput(values: ParticipantFormValues): ParticipantInput {
  return {
    personId: values.person[0]?.id ?? '',
    delegationId: values.delegationId || null,
    role: values.role,
  };
}
