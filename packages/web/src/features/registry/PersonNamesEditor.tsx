import { useTranslation } from 'react-i18next';
import { PERSON_NAME_SOURCES, SCRIPTS } from '../../api';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { NAME_LANGUAGES } from './name-languages';
import {
  emptyPersonNameRow,
  guessScript,
  makePrimary,
  type PersonNameRow,
  removePersonName,
} from './person-form';
import { RowsEditor } from './RowsEditor';

interface PersonNamesEditorProps {
  rows: PersonNameRow[];
  onChange: (rows: PersonNameRow[]) => void;
  errors: Record<string, string>;
}

/** Every spelling of a person's name with script, language and source; one marked as primary. */
export function PersonNamesEditor({ rows, onChange, errors }: PersonNamesEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RowsEditor
      legend={t('registry.person.spellings')}
      rows={rows}
      onChange={onChange}
      error={errors.names}
      minRows={1}
      rowLegend={(index) => t('registry.form.nameRow', { number: index + 1 })}
      removeLabel={(index) => t('registry.form.removeNameLabel', { number: index + 1 })}
      addLabel={t('registry.form.addName')}
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
          <FormField label={t('registry.columns.script')} error={errors[`names.${index}.script`]}>
            {(control) => (
              <select
                {...control}
                value={row.script}
                onChange={(e) => update({ script: e.target.value as PersonNameRow['script'] })}
              >
                {SCRIPTS.map((script) => (
                  <option key={script} value={script}>
                    {script === 'other' ? t('registry.scripts.other') : format.scriptName(script)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('registry.columns.language')} error={errors[`names.${index}.lang`]}>
            {(control) => (
              <select {...control} value={row.lang} onChange={(e) => update({ lang: e.target.value })}>
                <option value="">{t('registry.form.none')}</option>
                {NAME_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {format.languageName(code)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('registry.columns.source')} error={errors[`names.${index}.source`]}>
            {(control) => (
              <select
                {...control}
                value={row.source}
                onChange={(e) => update({ source: e.target.value as PersonNameRow['source'] })}
              >
                {PERSON_NAME_SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {t(`registry.sources.${source}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      )}
    />
  );
}
