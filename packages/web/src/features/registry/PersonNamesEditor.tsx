import { useTranslation } from 'react-i18next';
import { PERSON_NAME_SOURCES, SCRIPTS } from '../../api';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { NAME_LANGUAGES } from './name-languages';
import { emptyPersonNameRow, guessScript, type PersonNameRow } from './person-form';

interface PersonNamesEditorProps {
  rows: PersonNameRow[];
  onChange: (rows: PersonNameRow[]) => void;
  errors: Record<string, string>;
}

/** Every spelling of a person's name with script, language and source; one marked as primary. */
export function PersonNamesEditor({ rows, onChange, errors }: PersonNamesEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = (index: number, change: Partial<PersonNameRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="editor">
      <legend>{t('registry.person.spellings')}</legend>
      {errors.names ? <p className="field-error">{errors.names}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="editor-row">
          <legend>{t('registry.form.nameRow', { number: index + 1 })}</legend>
          <div className="form-row">
            <FormField label={t('registry.form.fullName')} error={errors[`names.${index}.fullName`]}>
              {(control) => (
                <input
                  {...control}
                  value={row.fullName}
                  onChange={(e) =>
                    update(index, { fullName: e.target.value, script: guessScript(e.target.value) })
                  }
                />
              )}
            </FormField>
            <FormField label={t('registry.columns.script')} error={errors[`names.${index}.script`]}>
              {(control) => (
                <select
                  {...control}
                  value={row.script}
                  onChange={(e) => update(index, { script: e.target.value as PersonNameRow['script'] })}
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
                <select
                  {...control}
                  value={row.lang}
                  onChange={(e) => update(index, { lang: e.target.value })}
                >
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
                  onChange={(e) => update(index, { source: e.target.value as PersonNameRow['source'] })}
                >
                  {PERSON_NAME_SOURCES.map((source) => (
                    <option key={source} value={source}>
                      {t(`registry.sources.${source}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div className="form-actions">
            <label className="radio">
              <input
                type="radio"
                name="primary-name"
                checked={row.isPrimary}
                onChange={() => onChange(rows.map((r, i) => ({ ...r, isPrimary: i === index })))}
              />
              {t('registry.person.primary')}
            </label>
            <button
              type="button"
              className="button button-small button-danger-outline"
              disabled={rows.length === 1}
              aria-label={t('registry.form.removeNameLabel', { number: index + 1 })}
              onClick={() => {
                const rest = rows.filter((_, i) => i !== index);
                if (row.isPrimary && rest[0]) rest[0] = { ...rest[0], isPrimary: true };
                onChange(rest);
              }}
            >
              {t('registry.form.remove')}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, emptyPersonNameRow(false)])}
      >
        {t('registry.form.addName')}
      </button>
    </fieldset>
  );
}
