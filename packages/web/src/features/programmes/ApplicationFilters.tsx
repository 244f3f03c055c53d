import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES } from '../../api/programmes-types';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';

/** The applications list's filters as kept in the address. */
export interface ApplicationListFilter {
  status: string;
  country: string;
  community: string;
  minScore: string;
}

/** The filters read from the address. */
export function readFilter(params: URLSearchParams): ApplicationListFilter {
  return {
    status: params.get('status') ?? '',
    country: params.get('country') ?? '',
    community: params.get('community') ?? '',
    minScore: params.get('minScore') ?? '',
  };
}

/** Status, country (ISO code), community and minimum score filters of a programme's applications. */
export function ApplicationFilters({
  value,
  onChange,
}: {
  value: ApplicationListFilter;
  onChange: (next: ApplicationListFilter) => void;
}) {
  const { t } = useTranslation();
  const text = (key: 'country' | 'community' | 'minScore', label: string, type = 'text') => (
    <FormField label={label}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <search className="form-row" aria-label={t('programmes.applications.filters')}>
      <SelectField
        label={t('programmes.mine.status')}
        value={value.status}
        options={[
          { value: '', label: t('programmes.applications.anyStatus') },
          ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`programmes.status.${s}`) })),
        ]}
        onChange={(status) => onChange({ ...value, status })}
      />
      {text('country', t('programmes.applications.country'))}
      {text('community', t('programmes.field.communities'))}
      {text('minScore', t('programmes.applications.minScore'), 'number')}
    </search>
  );
}
