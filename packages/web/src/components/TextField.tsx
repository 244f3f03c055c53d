import type { InputHTMLAttributes } from 'react';
import { FormField } from './FormField';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/**
 * A labelled `<input>` holding a string (a `FormField` with its hint and error); other props
 * (`type`, `inputMode`, `lang`, `list`, …) go to the input.
 */
export function TextField({ label, value, onChange, hint, error, ...input }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}
