import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UploadTarget, uploadFile } from '../../api';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';
import { FileLink } from './FileLink';

interface DocumentsFieldProps {
  value: { id: string; name: string | null }[];
  onChange: (value: { id: string; name: string | null }[]) => void;
  /** Owner, visibility and record the uploads are given. */
  target: UploadTarget;
}

/** Attached documents: each a download link with a remove button, and a file input that uploads at once. */
export function DocumentsField({ value, onChange, target }: DocumentsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function handleFile(file: File | undefined, input: HTMLInputElement) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const stored = await uploadFile(file, target);
      onChange([...value, { id: stored.id, name: stored.name }]);
      input.value = '';
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="field picker">
      <legend className="field-label">{t('meetings.documents.heading')}</legend>
      {value.length > 0 ? (
        <ul className="plain-list chosen-list">
          {value.map((doc) => (
            <li key={doc.id}>
              <FileLink id={doc.id} name={doc.name} />{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('meetings.documents.removeLabel', { name: doc.name ?? doc.id })}
                onClick={() => onChange(value.filter((d) => d.id !== doc.id))}
              >
                {t('meetings.form.removeChosenShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={id}>{t('meetings.documents.upload')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('meetings.documents.hint')}
      </p>
      <input
        id={id}
        type="file"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(e) => handleFile(e.target.files?.[0], e.target)}
      />
      {busy ? <p role="status">{t('meetings.documents.uploading')}</p> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
    </fieldset>
  );
}
