import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { type Minutes, saveMinutes } from '../../api/minutes';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { type DraftParagraph, emptyParagraph, toDraft, toInput } from './minutes-text';

interface MinutesEditorProps {
  minutes: Minutes;
  onSaved: (minutes: Minutes) => void;
  onCancel: () => void;
  /** Reads the minutes again (after a conflict), keeping what is typed here. */
  onReloadLatest: () => void;
}

/**
 * The text of the minutes as a list of paragraphs, each with a field per language. Saving sends
 * the version the edit is based on; when someone saved first, the server refuses and everything
 * typed stays on the page.
 */
export function MinutesEditor({ minutes, onSaved, onCancel, onReloadLatest }: MinutesEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rows, setRows] = useState<DraftParagraph[]>(() => toDraft(minutes.paragraphs));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The version this edit is based on: it moves on only when the editor chooses to rebase.
  const [baseVersion, setBaseVersion] = useState(minutes.version);
  const conflict = isApiError(error, 'MINUTES_VERSION_CONFLICT');

  const change = (key: string, lang: string, value: string) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, text: { ...r.text, [lang]: value } } : r)));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const input = { baseVersion, paragraphs: toInput(rows, minutes.languages) };
      onSaved(await saveMinutes(minutes.id, note.trim() ? { ...input, note: note.trim() } : input));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const handleRebase = () => {
    setBaseVersion(Number((isApiError(error) && error.details.currentVersion) || minutes.version));
    setError(undefined);
    onReloadLatest();
  };

  return (
    <form className="form minutes-editor" onSubmit={handleSubmit} aria-labelledby="minutes-editor-heading">
      <h3 id="minutes-editor-heading">{t('minutes.editor.heading')}</h3>
      {conflict ? (
        <Alert
          tone="warning"
          action={
            <button type="button" className="button button-secondary" onClick={handleRebase}>
              {t('minutes.editor.keepMine')}
            </button>
          }
        >
          {t('minutes.editor.conflict')}
        </Alert>
      ) : error ? (
        <Alert tone="error">{errorMessage(t, error)}</Alert>
      ) : null}
      <ol className="minutes-editor-list">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset>
              <legend>{t('minutes.paragraph', { n: index + 1 })}</legend>
              {minutes.languages.map((lang) => (
                <FormField key={lang} label={format.languageName(lang) || lang}>
                  {(control) => (
                    <textarea
                      {...control}
                      lang={lang}
                      rows={3}
                      value={row.text[lang] ?? ''}
                      onChange={(e) => change(row.key, lang, e.target.value)}
                    />
                  )}
                </FormField>
              ))}
              <button
                type="button"
                className="button button-danger-outline button-small"
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                {t('minutes.editor.remove', { n: index + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((all) => [...all, emptyParagraph()])}
        >
          {t('minutes.editor.add')}
        </button>
      </p>
      <TextField label={t('minutes.editor.note')} value={note} onChange={setNote} maxLength={2000} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('minutes.editor.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
