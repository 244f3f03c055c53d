import { FormField } from './FormField';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  hint?: string;
  error?: string | undefined;
}

/** A labelled `<select>` of fixed options (a `FormField` with its hint and error). */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: SelectFieldProps<V>) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
