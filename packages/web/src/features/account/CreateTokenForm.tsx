import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CreatedToken, createToken } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';

/** The end of the chosen local day as an ISO date-time, so a token "expiring on 5 May" works all of 5 May. */
export function endOfLocalDay(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}

/** Name and optional expiry date of a new personal access token. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<{ name?: string; expiresAt?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const trimmed = name.trim();
    setErrors(trimmed ? {} : { name: t('form.required') });
    if (!trimmed) return;
    setBusy(true);
    try {
      const created = await createToken(
        expires ? { name: trimmed, expiresAt: endOfLocalDay(expires) } : { name: trimmed },
      );
      setName('');
      setExpires('');
      onCreated(created);
    } catch (e) {
      setErrors(fieldErrorsOf(t, e));
      setFailure(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form inline-form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="create-token-heading"
    >
      <h3 id="create-token-heading">{t('account.tokens.createHeading')}</h3>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="form-row">
        <FormField label={t('account.tokens.name')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              name="tokenName"
              autoComplete="off"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('account.tokens.expires')}
          hint={t('account.tokens.expiresHint')}
          error={errors.expiresAt}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="expiresAt"
              min={new Date().toISOString().slice(0, 10)}
              value={expires}
              onChange={(e) => setExpires(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('account.tokens.create')}
        </button>
      </div>
    </form>
  );
}
