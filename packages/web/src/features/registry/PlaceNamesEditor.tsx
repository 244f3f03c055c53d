import { useTranslation } from 'react-i18next';
import { PLACE_NAME_TYPES } from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { NameLanguageField, NameRowsEditor, NameScriptField } from './NameRowsEditor';
import { guessScript } from './person-form';
import { emptyPlaceNameRow, type PlaceNameRow } from './place-form';
import { ValidityFields } from './ValidityFields';

interface PlaceNamesEditorProps {
  rows: PlaceNameRow[];
  onChange: (rows: PlaceNameRow[]) => void;
  /** Messages by path (`names.2.name`), from the form's own checks or the server. */
  errors: Record<string, string>;
}

/**
 * The names of a place per language and script, each with its type and validity, so that a
 * historical name keeps its dates (Фрунзе until 1991, then Бишкек).
 */
export function PlaceNamesEditor({ rows, onChange, errors }: PlaceNamesEditorProps) {
  const { t, i18n } = useTranslation();
  return (
    <NameRowsEditor
      legend={t('registry.place.names')}
      rows={rows}
      onChange={onChange}
      errors={errors}
      newRow={() => emptyPlaceNameRow(i18n.language)}
      renderRow={(row, index, update, fieldError) => (
        <>
          <TextField
            label={t('registry.form.name')}
            error={fieldError('name')}
            value={row.name}
            lang={row.lang}
            onChange={(name) => update({ name, script: guessScript(name) })}
          />
          <NameLanguageField
            value={row.lang}
            onChange={(lang) => update({ lang })}
            error={fieldError('lang')}
          />
          <NameScriptField
            value={row.script}
            onChange={(script) => update({ script })}
            error={fieldError('script')}
          />
          <SelectField
            label={t('registry.columns.nameType')}
            value={row.nameType}
            options={PLACE_NAME_TYPES.map((type) => ({
              value: type,
              label: t(`registry.placeNameTypes.${type}`),
            }))}
            onChange={(nameType) => update({ nameType })}
            error={fieldError('nameType')}
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
