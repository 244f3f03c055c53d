import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { acceptInvitation, getInvitationByToken, type InvitationPreview, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { NewPasswordFields } from './NewPasswordFields';
import { checkNewPassword } from './password-rules';
import { useSession } from './session';

interface Errors {
  displayName?: string;
  password?: string;
  confirm?: string;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Errors = checkNewPassword(t, password, confirm);
    if (!displayName.trim()) found.displayName = t('form.required');
    setErrors(found);
    setFailure(null);
    if (found.displayName || found.password || found.confirm) return;
    setBusy(true);
    try {
      const me = await acceptInvitation({ token, displayName: displayName.trim(), password });
      setMe(me);
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(isApiError(error, 'TOKEN_INVALID') ? t('invitation.invalid') : errorMessage(t, error));
      setErrors(fieldErrorsOf(t, error));
      setBusy(false);
    }
  }

  return (
    <>
      <p className="lead" data-testid="invitation-summary">
        {t('invitation.summary', {
          inviter: invitation.invitedBy.displayName,
          email: invitation.email,
          organisation: invitation.organisation.name,
          role: t(`roles.${invitation.role}`),
        })}
      </p>
      <p>{t('invitation.expires', { date: format.dateTime(invitation.expiresAt) })}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <form className="form card" onSubmit={handleSubmit} noValidate aria-label={t('invitation.title')}>
        <FormField
          label={t('invitation.displayName')}
          hint={t('invitation.displayNameHint')}
          error={errors.displayName}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="displayName"
              autoComplete="name"
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          )}
        </FormField>
        <NewPasswordFields
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          passwordLabel={t('invitation.password')}
          confirmLabel={t('invitation.confirm')}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('invitation.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** `/invitations/:token`: shows the invitation and creates the account that accepts it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, error, loading, reload } = useAsync(() => getInvitationByToken(token), [token]);
  usePageTitle(t('invitation.title'));
  const invalid = isApiError(error, 'TOKEN_INVALID') || isApiError(error, 'NOT_FOUND');

  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      {loading ? <Loading /> : null}
      {!loading && invalid ? <Alert tone="error">{t('invitation.invalid')}</Alert> : null}
      {!loading && error && !invalid ? <LoadError error={error} onRetry={reload} /> : null}
      {!loading && data ? <AcceptForm token={token} invitation={data} /> : null}
    </div>
  );
}
