import { useTranslation } from 'react-i18next';
import { ORGANISATION_NAME_TYPES } from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { NameLanguageField, NameRowsEditor } from './NameRowsEditor';
import { emptyNameRow, type NameRow } from './organisation-form';
import { ValidityFields } from './ValidityFields';

interface NamesEditorProps {
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
  /** Messages by path (`names.2.name`), from the form's own checks or the server. */
  errors: Record<string, string>;
}

/** The names of an organisation: one row per language/type, with abbreviation and validity; add and remove. */
export function NamesEditor({ rows, onChange, errors }: NamesEditorProps) {
  const { t, i18n } = useTranslation();
  return (
    <NameRowsEditor
      legend={t('registry.form.names')}
      rows={rows}
      onChange={onChange}
      errors={errors}
      newRow={() => emptyNameRow(i18n.language)}
      renderRow={(row, index, update, fieldError) => (
        <>
          <TextField
            label={t('registry.form.name')}
            error={fieldError('name')}
            value={row.name}
            lang={row.lang}
            onChange={(name) => update({ name })}
          />
          <NameLanguageField
            value={row.lang}
            onChange={(lang) => update({ lang })}
            error={fieldError('lang')}
          />
          <TextField
            label={t('registry.columns.abbreviation')}
            error={fieldError('abbreviation')}
            value={row.abbreviation}
            onChange={(abbreviation) => update({ abbreviation })}
          />
          <SelectField
            label={t('registry.columns.nameType')}
            value={row.nameType}
            options={ORGANISATION_NAME_TYPES.map((type) => ({
              value: type,
              label: t(`registry.nameTypes.${type}`),
            }))}
            onChange={(nameType) => update({ nameType })}
          />
          <ValidityFields
            validFrom={row.validFrom}
            validTo={row.validTo}
            onChange={update}
            errors={errors}
            path={`names.${index}`}
          />
        </>
      )}
    />
  );
}
