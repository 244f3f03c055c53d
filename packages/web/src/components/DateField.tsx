import { FormField } from './FormField';

interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or `''` for none. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A labelled date input (a `FormField` with its error). */
export function DateField({ label, value, onChange, error }: DateFieldProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input {...control} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}
