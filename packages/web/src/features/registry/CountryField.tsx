import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useChoices } from './use-choices';
import { useCountries } from './use-countries';

interface CountryFieldProps {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
}

/** A country chosen from the registry's countries, named in the interface language; `''` is none. */
export function CountryField({ value, onChange, error }: CountryFieldProps) {
  const { t } = useTranslation();
  const { countries } = useCountries();
  const choices = useChoices();
  return (
    <SelectField
      label={t('registry.columns.country')}
      value={value}
      options={[choices.none, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
      onChange={onChange}
      error={error}
    />
  );
}
