import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { FilterValues } from './list-filters';

export interface FilterField {
  name: string;
  label: string;
  /** Options of a select (the first, "any", is added); absent for a text field. */
  options?: { value: string; label: string }[];
}

interface FilterFormProps {
  heading: string;
  fields: FilterField[];
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  /** Extra controls (e.g. an organisation picker) that set values through `set`. */
  extra?: (values: FilterValues, set: (name: string, value: string) => void) => ReactNode;
}

/** A list's filter form; applying it updates the URL, which drives the query. */
export function FilterForm({ heading, fields, initial, onApply, extra }: FilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const headingId = `filters-${fields.map((f) => f.name).join('-')}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(values);
  }

  function handleReset() {
    const empty = Object.fromEntries(Object.keys(values).map((name) => [name, '']));
    setValues(empty);
    onApply(empty);
  }

  return (
    <form className="form filters card" onSubmit={handleSubmit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="form-row">
        {fields.map((field) => (
          <FormField key={field.name} label={field.label}>
            {(control) =>
              field.options ? (
                <select
                  {...control}
                  name={field.name}
                  value={values[field.name] ?? ''}
                  onChange={(e) => set(field.name, e.target.value)}
                >
                  <option value="">{t('registry.filters.any')}</option>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...control}
                  type="search"
                  name={field.name}
                  autoComplete="off"
                  value={values[field.name] ?? ''}
                  onChange={(e) => set(field.name, e.target.value)}
                />
              )
            }
          </FormField>
        ))}
        {extra?.(values, set)}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('registry.filters.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={handleReset}>
          {t('registry.filters.reset')}
        </button>
      </div>
    </form>
  );
}
