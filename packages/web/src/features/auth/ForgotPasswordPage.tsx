import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/use-page-title';
import { isEmail } from '../../lib/validation';

/** `/forgot-password`: asks for a reset link; the answer never reveals whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('forgotPassword.title'));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    const found = !value ? t('form.required') : isEmail(value) ? undefined : t('form.invalidEmail');
    setError(found);
    setFailure(null);
    if (found) return;
    setBusy(true);
    try {
      await requestPasswordReset(value);
      setSentTo(value);
    } catch (e) {
      setFailure(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {sentTo ? (
        <Alert tone="success">{t('forgotPassword.sent', { email: sentTo })}</Alert>
      ) : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          {failure ? <Alert tone="error">{failure}</Alert> : null}
          <form
            className="form card"
            onSubmit={handleSubmit}
            noValidate
            aria-label={t('forgotPassword.title')}
          >
            <FormField label={t('forgotPassword.email')} error={error}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  name="email"
                  autoComplete="email"
                  inputMode="email"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </FormField>
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy}>
                {t('forgotPassword.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgotPassword.back')}</Link>
      </p>
    </div>
  );
}
