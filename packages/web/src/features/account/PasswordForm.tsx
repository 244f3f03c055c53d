import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { checkNewPassword } from '../auth/password-rules';

interface Errors {
  current?: string;
  password?: string;
  confirm?: string;
}

/** Change the password: the current one, then the new one twice. */
export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const found: Errors = checkNewPassword(t, password, confirm);
    if (!current) found.current = t('form.required');
    setErrors(found);
    if (found.current || found.password || found.confirm) return;
    setBusy(true);
    try {
      await changePassword(current, password);
      setCurrent('');
      setPassword('');
      setConfirm('');
      setOutcome({ tone: 'success', text: t('account.password.changed') });
    } catch (e) {
      if (isApiError(e, 'INVALID_CREDENTIALS') || fieldErrorsOf(t, e).currentPassword) {
        setErrors({ current: t('account.password.wrongCurrent') });
        setOutcome({ tone: 'error', text: t('account.password.wrongCurrent') });
      } else {
        setErrors({ password: fieldErrorsOf(t, e).newPassword });
        setOutcome({ tone: 'error', text: errorMessage(t, e) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="password-heading" className="card section">
      <h2 id="password-heading">{t('account.password.heading')}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FormField label={t('account.password.current')} error={errors.current}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="current-password"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </FormField>
        <NewPasswordFields
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          passwordLabel={t('account.password.new')}
          confirmLabel={t('account.password.confirm')}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.saving') : t('account.password.submit')}
          </button>
        </div>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </form>
    </section>
  );
}
