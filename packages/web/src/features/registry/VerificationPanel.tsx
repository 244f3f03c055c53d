import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationDetail, setVerification } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { VerificationBadge } from './VerificationBadge';

type Action = 'verified' | 'archived';

interface VerificationPanelProps {
  organisation: OrganisationDetail;
  /** Whether to offer the actions (the caller may edit and holds an agency or secretariat role). */
  canVerify: boolean;
  onChanged: (organisation: OrganisationDetail) => void;
}

/** Verification state and last-verified date of a diaspora organisation, with Verify / Archive. */
export function VerificationPanel({ organisation, canVerify, onChanged }: VerificationPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [target, setTarget] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function handleConfirm() {
    if (!target) return;
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await setVerification(organisation.id, target));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  }

  const actions: Action[] = (['verified', 'archived'] as const).filter(
    (s) => s !== organisation.verification,
  );
  return (
    <section className="card section" aria-labelledby="verification-heading">
      <h2 id="verification-heading">{t('registry.verification.heading')}</h2>
      <p>
        <VerificationBadge state={organisation.verification ?? 'submitted'} />{' '}
        {organisation.lastVerifiedOn
          ? t('registry.verification.lastVerified', { date: format.day(organisation.lastVerifiedOn) })
          : t('registry.verification.never')}
      </p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {canVerify ? (
        <div className="form-actions">
          {actions.map((state) => (
            <button
              key={state}
              type="button"
              className={state === 'archived' ? 'button button-danger-outline' : 'button'}
              onClick={() => setTarget(state)}
            >
              {t(`registry.verification.action.${state}`)}
            </button>
          ))}
        </div>
      ) : null}
      <ConfirmDialog
        open={target !== null}
        title={target ? t(`registry.verification.confirm.${target}`) : ''}
        body={t('registry.verification.confirmBody', { name: organisation.name })}
        confirmLabel={target ? t(`registry.verification.action.${target}`) : ''}
        busy={busy}
        onConfirm={handleConfirm}
        onCancel={() => setTarget(null)}
      />
    </section>
  );
}
