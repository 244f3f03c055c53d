import { useTranslation } from 'react-i18next';
import { PERSON_NAME_SOURCES } from '../../api';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { NameLanguageField, NameRowsEditor, NameScriptField } from './NameRowsEditor';
import {
  emptyPersonNameRow,
  guessScript,
  makePrimary,
  type PersonNameRow,
  removePersonName,
} from './person-form';

interface PersonNamesEditorProps {
  rows: PersonNameRow[];
  onChange: (rows: PersonNameRow[]) => void;
  errors: Record<string, string>;
}

/** Every spelling of a person's name with script, language and source; one marked as primary. */
export function PersonNamesEditor({ rows, onChange, errors }: PersonNamesEditorProps) {
  const { t } = useTranslation();
  return (
    <NameRowsEditor
      legend={t('registry.person.spellings')}
      rows={rows}
      onChange={onChange}
      errors={errors}
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
      renderRow={(row, _index, update, fieldError) => (
        <>
          <TextField
            label={t('registry.form.fullName')}
            error={fieldError('fullName')}
            value={row.fullName}
            onChange={(fullName) => update({ fullName, script: guessScript(fullName) })}
          />
          <NameScriptField
            value={row.script}
            onChange={(script) => update({ script })}
            error={fieldError('script')}
          />
          <NameLanguageField
            optional
            value={row.lang}
            onChange={(lang) => update({ lang })}
            error={fieldError('lang')}
          />
          <SelectField
            label={t('registry.columns.source')}
            value={row.source}
            options={PERSON_NAME_SOURCES.map((source) => ({
              value: source,
              label: t(`registry.sources.${source}`),
            }))}
            onChange={(source) => update({ source })}
            error={fieldError('source')}
          />
        </>
      )}
    />
  );
}
