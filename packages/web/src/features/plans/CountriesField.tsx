import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useCountries } from '../registry/use-countries';

interface CountriesFieldProps {
  label: string;
  /** ISO 3166-1 alpha-2 codes. */
  value: string[];
  onChange: (value: string[]) => void;
}

/** Several countries: the chosen ones, each with a remove button, and a select that adds one more. */
export function CountriesField({ label, value, onChange }: CountriesFieldProps) {
  const { t } = useTranslation();
  const { countries, nameOf } = useCountries();
  const left = countries.filter((c) => !value.includes(c.code));
  return (
    <fieldset className="field picker">
      <legend className="field-label">{label}</legend>
      {value.length > 0 ? (
        <ul className="plain-list chosen-list">
          {value.map((code) => (
            <li key={code}>
              <span>{nameOf(code)}</span>{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('meetings.form.removeChosen', { name: nameOf(code), label })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                {t('meetings.form.removeChosenShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <SelectField
        label={t('plans.form.addCountry')}
        value=""
        options={[{ value: '', label: '—' }, ...left.map((c) => ({ value: c.code, label: c.name }))]}
        onChange={(code) => {
          if (code) onChange([...value, code]);
        }}
      />
    </fieldset>
  );
}
