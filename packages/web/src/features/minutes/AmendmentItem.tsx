import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Amendment, decideAmendment, type Minutes } from '../../api/minutes';
import { Alert } from '../../components/Alert';
import { StatusBadge } from '../../components/StatusBadge';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';

interface AmendmentItemProps {
  minutesId: string;
  amendment: Amendment;
  canDecide: boolean;
  onDecided: (minutes: Minutes, message: string) => void;
}

/** One proposed amendment: who proposed what and why; editors accept or reject it with a reason. */
export function AmendmentItem({ minutesId, amendment, canDecide, onDecided }: AmendmentItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const decide = async (decision: 'accept' | 'reject') => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await decideAmendment(minutesId, amendment.id, decision, reason.trim());
      onDecided(result.minutes, t(decision === 'accept' ? 'minutes.done.accepted' : 'minutes.done.rejected'));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void decide('accept');
  };

  const who = amendment.delegation
    ? t('minutes.byDelegation', { author: amendment.author.label, delegation: amendment.delegation.name })
    : amendment.author.label;
  return (
    <li className="minutes-amendment">
      <p>
        <StatusBadge tone={`amendment-${amendment.status}`}>
          {t(`minutes.amendmentStatus.${amendment.status}`)}
        </StatusBadge>{' '}
        {who} · <time dateTime={amendment.createdAt}>{format.dateTime(amendment.createdAt)}</time>
      </p>
      <p>
        {t('minutes.amend.replaceWith', { language: format.languageName(amendment.lang) || amendment.lang })}
      </p>
      <blockquote lang={amendment.lang}>{amendment.text}</blockquote>
      {amendment.motivation ? <p className="muted">{amendment.motivation}</p> : null}
      {amendment.decision ? (
        <p>
          {t('minutes.amend.decidedBy', { author: amendment.decision.by.label })}: {amendment.decision.reason}
        </p>
      ) : null}
      {canDecide && amendment.status === 'proposed' ? (
        <form className="inline-form" onSubmit={handleSubmit}>
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <TextField
            label={t('minutes.amend.decisionReason')}
            value={reason}
            onChange={setReason}
            required
            maxLength={2000}
          />
          <div className="button-row">
            <button type="submit" className="button button-small" disabled={busy || !reason.trim()}>
              {t('minutes.amend.accept')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={busy || !reason.trim()}
              onClick={() => void decide('reject')}
            >
              {t('minutes.amend.reject')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
