import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { FILTER_FIELDS, type FilterField, type FilterValues } from './audit-filter';

const LABELS = {
  actor: 'audit.actor',
  action: 'audit.action',
  entityType: 'audit.entityType',
  entityId: 'audit.entityId',
  from: 'audit.from',
  to: 'audit.to',
} as const satisfies Record<FilterField, string>;

interface AuditFiltersProps {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
}

/** The audit filter form; applying it updates the URL, which drives the query. */
export function AuditFilters({ initial, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [dateError, setDateError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setDateError(t('form.dateOrder'));
      return;
    }
    setDateError(undefined);
    onApply(values);
  }

  function handleReset() {
    const empty = Object.fromEntries(FILTER_FIELDS.map((f) => [f, ''])) as FilterValues;
    setValues(empty);
    setDateError(undefined);
    onApply(empty);
  }

  return (
    <form
      className="form filters card"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="audit-filters-heading"
    >
      <h2 id="audit-filters-heading">{t('audit.filters')}</h2>
      <div className="form-row">
        {FILTER_FIELDS.map((field) => (
          <FormField key={field} label={t(LABELS[field])} error={field === 'to' ? dateError : undefined}>
            {(control) => (
              <input
                {...control}
                type={field === 'from' || field === 'to' ? 'date' : 'text'}
                name={field}
                autoComplete="off"
                value={values[field]}
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              />
            )}
          </FormField>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={handleReset}>
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
