import type { FormProblems } from './organisation-form';
import { useFormSubmit } from './use-form-submit';
import { useFormValues } from './use-form-values';

/**
 * The state of a small "add one" form: values that start as `empty()`; a submit checks them with
 * `validate`, hands them to `add`, and once that succeeds empties the form and calls `onAdded`.
 */
export function useAddForm<V extends object>(
  empty: () => V,
  validate: (values: V) => FormProblems,
  add: (values: V) => Promise<unknown>,
  onAdded: () => void,
) {
  const { values, set, setValues } = useFormValues<V>(empty);
  const form = useFormSubmit(
    () => validate(values),
    async () => {
      await add(values);
      setValues(empty());
      onAdded();
    },
  );
  return { values, set, form };
}
