import { useTranslation } from 'react-i18next';
import { PERSON_NAME_SOURCES } from '../../api';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import {
  emptyPersonNameRow,
  guessScript,
  makePrimary,
  type PersonNameRow,
  removePersonName,
} from './person-form';
import { RowsEditor } from './RowsEditor';
import { useChoices } from './use-choices';

interface PersonNamesEditorProps {
  rows: PersonNameRow[];
  onChange: (rows: PersonNameRow[]) => void;
  errors: Record<string, string>;
}

/** Every spelling of a person's name with script, language and source; one marked as primary. */
export function PersonNamesEditor({ rows, onChange, errors }: PersonNamesEditorProps) {
  const { t } = useTranslation();
  const choices = useChoices();
  return (
    <RowsEditor
      legend={t('registry.person.spellings')}
      rows={rows}
      onChange={onChange}
      error={errors.names}
      minRows={1}
      {...choices.nameRows}
      newRow={() => emptyPersonNameRow(false)}
      remove={removePersonName}
      renderActions={(row, index) => (
        <label className="radio">
          <input
            type="radio"
            name="primary-name"
            checked={row.isPrimary}
            onChange={() => onChange(makePrimary(rows, index))}
          />
          {t('registry.person.primary')}
        </label>
      )}
      renderRow={(row, index, update) => (
        <>
          <FormField label={t('registry.form.fullName')} error={errors[`names.${index}.fullName`]}>
            {(control) => (
              <input
                {...control}
                value={row.fullName}
                onChange={(e) => update({ fullName: e.target.value, script: guessScript(e.target.value) })}
              />
            )}
          </FormField>
          <SelectField
            label={t('registry.columns.script')}
            value={row.script}
            options={choices.scripts}
            onChange={(script) => update({ script })}
            error={errors[`names.${index}.script`]}
          />
          <SelectField
            label={t('registry.columns.language')}
            value={row.lang}
            options={[choices.none, ...choices.nameLanguages(row.lang)]}
            onChange={(lang) => update({ lang })}
            error={errors[`names.${index}.lang`]}
          />
          <SelectField
            label={t('registry.columns.source')}
            value={row.source}
            options={PERSON_NAME_SOURCES.map((source) => ({
              value: source,
              label: t(`registry.sources.${source}`),
            }))}
            onChange={(source) => update({ source })}
            error={errors[`names.${index}.source`]}
          />
        </>
      )}
    />
  );
}
