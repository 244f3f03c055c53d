import { useState } from 'react';

/** A form's values with `set(key, value)` to change one of them. */
export function useFormValues<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set, setValues };
}
