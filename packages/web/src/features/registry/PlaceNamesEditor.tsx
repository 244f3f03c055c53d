import { useTranslation } from 'react-i18next';
import { PLACE_NAME_TYPES } from '../../api';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { guessScript } from './person-form';
import { emptyPlaceNameRow, type PlaceNameRow } from './place-form';
import { RowsEditor } from './RowsEditor';
import { useChoices } from './use-choices';
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
  const choices = useChoices();
  return (
    <RowsEditor
      legend={t('registry.place.names')}
      rows={rows}
      onChange={onChange}
      error={errors.names}
      minRows={1}
      {...choices.nameRows}
      newRow={() => emptyPlaceNameRow(i18n.language)}
      renderRow={(row, index, update) => (
        <>
          <FormField label={t('registry.form.name')} error={errors[`names.${index}.name`]}>
            {(control) => (
              <input
                {...control}
                value={row.name}
                lang={row.lang}
                onChange={(e) => update({ name: e.target.value, script: guessScript(e.target.value) })}
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
          <SelectField
            label={t('registry.columns.script')}
            value={row.script}
            options={choices.scripts}
            onChange={(script) => update({ script })}
            error={errors[`names.${index}.script`]}
          />
          <SelectField
            label={t('registry.columns.nameType')}
            value={row.nameType}
            options={PLACE_NAME_TYPES.map((type) => ({
              value: type,
              label: t(`registry.placeNameTypes.${type}`),
            }))}
            onChange={(nameType) => update({ nameType })}
            error={errors[`names.${index}.nameType`]}
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
