import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError, login } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/use-page-title';
import { isEmail } from '../../lib/validation';
import { safeNextPath } from './safe-next';
import { useSession } from './session';

/** Notices other pages can hand to the sign-in page through router state. */
export type SignInNotice = 'passwordReset' | 'signedOut';

interface Errors {
  email?: string;
  password?: string;
}

/** `/sign-in`: email and password; goes on to the `next` path when it is a safe same-origin path. */
export function SignInPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, setMe } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const notice = (location.state as { notice?: SignInNotice } | null)?.notice;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signIn.title'));

  if (status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  function describe(error: unknown): string {
    if (isApiError(error, 'THROTTLED') && error.retryAfter !== null) {
      const at = new Date(Date.now() + error.retryAfter * 1000);
      return t('signIn.throttled', { when: format.relativeSeconds(error.retryAfter), time: format.time(at) });
    }
    return errorMessage(t, error);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('form.required');
    else if (!isEmail(email)) found.email = t('form.invalidEmail');
    if (!password) found.password = t('form.required');
    setErrors(found);
    setFailure(null);
    if (found.email || found.password) return;
    setBusy(true);
    try {
      const me = await login(email.trim(), password);
      setMe(me);
      navigate(next, { replace: true });
    } catch (error) {
      setFailure(describe(error));
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {notice === 'passwordReset' ? <Alert tone="success">{t('signIn.passwordReset')}</Alert> : null}
      {notice === 'signedOut' ? <Alert tone="info">{t('signIn.signedOut')}</Alert> : null}
      {failure ? (
        <Alert tone="error">
          <span data-testid="sign-in-error">{failure}</span>
        </Alert>
      ) : null}
      <form className="form card" onSubmit={handleSubmit} noValidate aria-label={t('signIn.title')}>
        <FormField label={t('signIn.email')} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('signIn.password')} error={errors.password}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </div>
      </form>
    </div>
  );
}
