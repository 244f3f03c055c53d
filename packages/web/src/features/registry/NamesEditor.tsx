import { useTranslation } from 'react-i18next';
import { ORGANISATION_NAME_TYPES } from '../../api';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { emptyNameRow, type NameRow } from './organisation-form';
import { RowsEditor } from './RowsEditor';
import { useChoices } from './use-choices';
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
  const choices = useChoices();
  return (
    <RowsEditor
      legend={t('registry.form.names')}
      rows={rows}
      onChange={onChange}
      error={errors.names}
      minRows={1}
      {...choices.nameRows}
      newRow={() => emptyNameRow(i18n.language)}
      renderRow={(row, index, update) => (
        <>
          <FormField label={t('registry.form.name')} error={errors[`names.${index}.name`]}>
            {(control) => (
              <input
                {...control}
                value={row.name}
                lang={row.lang}
                onChange={(e) => update({ name: e.target.value })}
              />
            )}
          </FormField>
          <SelectField
            label={t('registry.columns.language')}
            value={row.lang}
            options={choices.nameLanguages(row.lang)}
            onChange={(lang) => update({ lang })}
            error={errors[`names.${index}.lang`]}
          />
          <FormField label={t('registry.columns.abbreviation')} error={errors[`names.${index}.abbreviation`]}>
            {(control) => (
              <input
                {...control}
                value={row.abbreviation}
                onChange={(e) => update({ abbreviation: e.target.value })}
              />
            )}
          </FormField>
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
