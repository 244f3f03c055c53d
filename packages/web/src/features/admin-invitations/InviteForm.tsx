import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitation, type Invitation, listOrganisations, type Role } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { isEmail } from '../../lib/validation';
import { invitableRoles } from '../auth/permissions';
import { useSession } from '../auth/session';

interface Errors {
  email?: string;
  role?: string;
  organisationId?: string;
}

/** Invite an email address to a role in an organisation. */
export function InviteForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const roles = invitableRoles(me);
  const organisations = useAsync(() => listOrganisations({ limit: 100, offset: 0 }), []);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const found: Errors = {};
    if (!email.trim()) found.email = t('form.required');
    else if (!isEmail(email)) found.email = t('form.invalidEmail');
    if (!role) found.role = t('form.required');
    if (!organisationId) found.organisationId = t('form.required');
    setErrors(found);
    if (found.email || found.role || found.organisationId || !role) return;
    setBusy(true);
    try {
      const invitation = await createInvitation({ email: email.trim(), role, organisationId });
      setEmail('');
      setOutcome({ tone: 'success', text: t('invitations.sent', { email: invitation.email }) });
      onInvited(invitation);
    } catch (e) {
      setErrors(fieldErrorsOf(t, e));
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="card section">
      <h2 id="invite-heading">{t('invitations.inviteHeading')}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate aria-labelledby="invite-heading">
        <div className="form-row">
          <FormField label={t('invitations.email')} error={errors.email}>
            {(control) => (
              <input
                {...control}
                type="email"
                name="email"
                autoComplete="off"
                inputMode="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('invitations.role')} error={errors.role}>
            {(control) => (
              <select
                {...control}
                name="role"
                required
                value={role}
                onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? '')}
              >
                <option value="">{t('invitations.chooseRole')}</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('invitations.organisation')} error={errors.organisationId}>
            {(control) => (
              <select
                {...control}
                name="organisationId"
                required
                aria-busy={organisations.loading}
                value={organisationId}
                onChange={(e) => setOrganisationId(e.target.value)}
              >
                <option value="">{t('invitations.chooseOrganisation')}</option>
                {(organisations.data?.items ?? []).map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.abbreviation
                      ? `${organisation.name} (${organisation.abbreviation})`
                      : organisation.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {organisations.error ? (
          <Alert tone="error">
            {t('errors.loadFailed')} {errorMessage(t, organisations.error)}
          </Alert>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('invitations.submit')}
          </button>
        </div>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </form>
    </section>
  );
}
