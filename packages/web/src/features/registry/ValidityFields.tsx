import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';

interface ValidityFieldsProps {
  validFrom: string;
  validTo: string;
  onChange: (change: { validFrom?: string; validTo?: string }) => void;
  /** Messages by path; this pair's are `<path>.validFrom` and `<path>.validTo`. */
  errors: Record<string, string>;
  path: string;
}

/** When a name was in use: "valid from" and "valid until" dates (a renaming ends one and starts another). */
export function ValidityFields({ validFrom, validTo, onChange, errors, path }: ValidityFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <DateField
        label={t('registry.form.validFrom')}
        value={validFrom}
        onChange={(value) => onChange({ validFrom: value })}
        error={errors[`${path}.validFrom`]}
      />
      <DateField
        label={t('registry.form.validTo')}
        value={validTo}
        onChange={(value) => onChange({ validTo: value })}
        error={errors[`${path}.validTo`]}
      />
    </>
  );
}
