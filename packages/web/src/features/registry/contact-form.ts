import type { ContactInput, ContactKind, Visibility } from '../../api';
import { isEmail, isWebAddress } from '../../lib/validation';
import type { FormProblems } from './organisation-form';

export interface ContactFormValues {
  kind: ContactKind;
  value: string;
  label: string;
  visibility: Visibility;
}

/** A blank contact that will have `visibility` unless the editor changes it. */
export function emptyContact(visibility: Visibility): ContactFormValues {
  return { kind: 'email', value: '', label: '', visibility };
}

/** The `type` of the input for a kind's value, so browsers offer the right keyboard. */
export function contactInputType(kind: ContactKind): 'email' | 'tel' | 'url' | 'text' {
  if (kind === 'email') return 'email';
  if (kind === 'phone') return 'tel';
  return kind === 'website' ? 'url' : 'text';
}

/** Checks a contact before sending: a value, and for an email or a website one of the right shape. */
export function validateContact(values: ContactFormValues): FormProblems {
  const value = values.value.trim();
  if (!value) return { value: 'required' };
  if (values.kind === 'email' && !isEmail(value)) return { value: 'invalid' };
  if (values.kind === 'website' && !isWebAddress(value)) return { value: 'invalid' };
  return {};
}

/** The API body for the values (a blank label is left out). Assumes `validateContact` passed. */
export function formToContactInput(values: ContactFormValues): ContactInput {
  const label = values.label.trim();
  return {
    kind: values.kind,
    value: values.value.trim(),
    visibility: values.visibility,
    ...(label ? { label } : {}),
  };
}
