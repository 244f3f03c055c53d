import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Minutes, reopenMinutes } from '../../api/minutes';
import { TextField } from '../../components/TextField';

interface ReopenFormProps {
  minutes: Minutes;
  onDone: (minutes: Minutes, message: string) => void;
  onError: (error: unknown) => void;
}

/** For adopted minutes not yet locked: takes them back to circulation, with the reason recorded. */
export function ReopenForm({ minutes, onDone, onError }: ReopenFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onDone(await reopenMinutes(minutes.id, reason.trim()), t('minutes.done.reopen'));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={handleSubmit} aria-label={t('minutes.actions.reopen')}>
      <TextField
        label={t('minutes.reopenReason')}
        value={reason}
        onChange={setReason}
        required
        maxLength={2000}
      />
      <button type="submit" className="button button-secondary" disabled={busy || !reason.trim()}>
        {t('minutes.actions.reopen')}
      </button>
    </form>
  );
}
