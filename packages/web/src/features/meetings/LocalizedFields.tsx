import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../api';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { LANGUAGES } from '../../i18n/languages';

interface LocalizedFieldsProps {
  /** What the text is ("Title"); each field is labelled "Title (English)". */
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
  /** A message for the interface language's field (e.g. "required"). */
  error?: string | undefined;
}

/**
 * A text written per language: the interface language's field first, the other six under
 * "Other languages" (open when any of them holds text). Empty versions are left out on save.
 */
export function LocalizedFields({ label, value, onChange, multiline, error }: LocalizedFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = LANGUAGES.find((l) => l.code === format.language)?.code ?? 'en';
  const others = LANGUAGES.filter((l) => l.code !== first);
  const field = (code: string, fieldError?: string) => (
    <FormField
      key={code}
      label={t('meetings.form.inLanguage', { label, language: format.languageName(code) })}
      error={fieldError}
    >
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            lang={code}
            rows={3}
            value={value[code] ?? ''}
            onChange={(e) => onChange({ ...value, [code]: e.target.value })}
          />
        ) : (
          <input
            {...control}
            lang={code}
            value={value[code] ?? ''}
            onChange={(e) => onChange({ ...value, [code]: e.target.value })}
          />
        )
      }
    </FormField>
  );
  return (
    <div className="localized-fields">
      {field(first, error)}
      <details open={others.some((l) => (value[l.code] ?? '').trim() !== '')}>
        <summary>{t('meetings.form.otherLanguages', { label })}</summary>
        <div className="form-row">{others.map((l) => field(l.code))}</div>
      </details>
    </div>
  );
}

/** The versions that hold text, trimmed; `null` when none does. */
export function cleanLocalized(value: LocalizedText): LocalizedText | null {
  const entries = Object.entries(value)
    .map(([lang, text]) => [lang, text.trim()] as const)
    .filter(([, text]) => text !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
