import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { confirmPasswordReset, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';
import { usePageTitle } from '../../lib/use-page-title';
import { NewPasswordFields } from './NewPasswordFields';
import { checkNewPassword } from './password-rules';
import type { SignInNotice } from './SignInPage';

/** `/reset-password?token=…`: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [failure, setFailure] = useState<{ message: string; tokenInvalid: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('resetPassword.title'));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewPassword(t, password, confirm);
    setErrors(found);
    setFailure(null);
    if (found.password || found.confirm) return;
    setBusy(true);
    try {
      await confirmPasswordReset(token, password);
      const notice: SignInNotice = 'passwordReset';
      navigate('/sign-in', { replace: true, state: { notice } });
    } catch (error) {
      const tokenInvalid = isApiError(error, 'TOKEN_INVALID');
      setFailure({
        message: tokenInvalid ? t('resetPassword.invalidToken') : errorMessage(t, error),
        tokenInvalid,
      });
      setErrors({ password: fieldErrorsOf(t, error).password });
      setBusy(false);
    }
  }

  const requestNew = <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>;

  return (
    <div className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      {!token ? (
        <Alert tone="error" action={requestNew}>
          {t('resetPassword.missingToken')}
        </Alert>
      ) : (
        <>
          {failure ? (
            <Alert tone="error" action={failure.tokenInvalid ? requestNew : undefined}>
              {failure.message}
            </Alert>
          ) : null}
          <form
            className="form card"
            onSubmit={handleSubmit}
            noValidate
            aria-label={t('resetPassword.title')}
          >
            <NewPasswordFields
              password={password}
              confirm={confirm}
              onPasswordChange={setPassword}
              onConfirmChange={setConfirm}
              passwordLabel={t('resetPassword.password')}
              confirmLabel={t('resetPassword.confirm')}
              errors={errors}
            />
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy}>
                {t('resetPassword.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
