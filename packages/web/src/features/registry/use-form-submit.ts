import { type FormEvent, useState } from 'react';
import type { FormProblems } from './organisation-form';
import { useFormErrors } from './use-form-errors';

/** The state of a form's submit cycle, for its controls, summary and submit button. */
export interface FormSubmit {
  /** Messages by path (`names.0.name`, `value`): the form's own problems, then the server's. */
  errors: Record<string, string>;
  /** Whether the form's own checks stopped the last submit. */
  invalid: boolean;
  /** Why the last `save` failed, if it did. */
  serverError: unknown;
  busy: boolean;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * The submit cycle of the registry's forms: `validate` first, and only when it finds nothing,
 * `save`; a failure of `save` is kept, to be shown in the summary and next to each field it names.
 */
export function useFormSubmit(validate: () => FormProblems, save: () => Promise<void>): FormSubmit {
  const [problems, setProblems] = useState<FormProblems>({});
  const [serverError, setServerError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problems, serverError);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    setServerError(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await save();
    } catch (e) {
      setServerError(e);
    } finally {
      setBusy(false);
    }
  }

  return { errors, invalid: Object.keys(problems).length > 0, serverError, busy, handleSubmit };
}
