import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, updateMe } from '../../api';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { changeLanguage } from '../../i18n';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { errorMessage, fieldErrorsOf } from '../../lib/error-message';
import { useSession } from '../auth/session';

/** Display name and preferred language; saving also switches the interface to that language. */
export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const { setMe } = useSession();
  const [displayName, setDisplayName] = useState(me.account.displayName);
  const [locale, setLocale] = useState(isLanguage(me.account.locale) ? me.account.locale : i18n.language);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const name = displayName.trim();
    setError(name ? undefined : t('form.required'));
    if (!name) return;
    setBusy(true);
    try {
      const updated = await updateMe({ displayName: name, locale });
      if (isLanguage(locale)) await changeLanguage(locale);
      setMe(updated);
      setOutcome({ tone: 'success', text: t('account.profile.saved') });
    } catch (e) {
      setError(fieldErrorsOf(t, e).displayName);
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="profile-heading" className="card section">
      <h2 id="profile-heading">{t('account.profile.heading')}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <FormField label={t('account.profile.email')}>
          {(control) => <input {...control} type="email" value={me.account.email} readOnly />}
        </FormField>
        <FormField label={t('account.profile.displayName')} error={error}>
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
        <FormField label={t('account.profile.locale')}>
          {(control) => (
            <select {...control} name="locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.saving') : t('account.profile.save')}
          </button>
        </div>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </form>
    </section>
  );
}
