import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Script } from '../../api';
import { SelectField } from '../../components/SelectField';
import { RowsEditor } from './RowsEditor';
import { useChoices } from './use-choices';

/** The message for one field of the name row at `index` (`names.<index>.<field>`), if any. */
type FieldError = (field: string) => string | undefined;

interface NameRowsEditorProps<Row extends { key: string }> {
  legend: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  /** Messages by path (`names.2.name`), from the form's own checks or the server. */
  errors: Record<string, string>;
  newRow: () => Row;
  /** The controls of one row; `fieldError` finds the messages of its fields. */
  renderRow: (
    row: Row,
    index: number,
    update: (change: Partial<Row>) => void,
    fieldError: FieldError,
  ) => ReactNode;
  renderActions?: (row: Row, index: number) => ReactNode;
  remove?: (rows: readonly Row[], index: number) => Row[];
}

/**
 * The rows editor behind the names of organisations, places and people: at least one row, labelled
 * "Name 2", "Remove name 2", "Add a name", with the messages of `names` and `names.<index>.<field>`.
 */
export function NameRowsEditor<Row extends { key: string }>({
  renderRow,
  errors,
  ...props
}: NameRowsEditorProps<Row>) {
  const choices = useChoices();
  return (
    <RowsEditor
      {...props}
      error={errors.names}
      minRows={1}
      {...choices.nameRows}
      renderRow={(row, index, update) =>
        renderRow(row, index, update, (field) => errors[`names.${index}.${field}`])
      }
    />
  );
}

interface NameLanguageFieldProps {
  value: string;
  onChange: (lang: string) => void;
  error?: string | undefined;
  /** Offer "none" first (a person's spelling need not name its language). */
  optional?: boolean;
}

/** The language a name is in, chosen from the name languages (keeping an unusual current one). */
export function NameLanguageField({ value, onChange, error, optional }: NameLanguageFieldProps) {
  const { t } = useTranslation();
  const choices = useChoices();
  const languages = choices.nameLanguages(value);
  return (
    <SelectField
      label={t('registry.columns.language')}
      value={value}
      options={optional ? [choices.none, ...languages] : languages}
      onChange={onChange}
      error={error}
    />
  );
}

interface NameScriptFieldProps {
  value: Script;
  onChange: (script: Script) => void;
  error?: string | undefined;
}

/** The script a name is written in. */
export function NameScriptField({ value, onChange, error }: NameScriptFieldProps) {
  const { t } = useTranslation();
  const choices = useChoices();
  return (
    <SelectField
      label={t('registry.columns.script')}
      value={value}
      options={choices.scripts}
      onChange={onChange}
      error={error}
    />
  );
}
