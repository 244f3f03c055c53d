import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerInvitation, type MyInvitation, type RsvpResponse } from '../../api';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';

/** In the order the invited person reads them: yes, not sure yet, no. */
const ANSWERS: readonly RsvpResponse[] = ['accepted', 'tentative', 'declined'];

interface MyInvitationPanelProps {
  eventId: string;
  invitation: MyInvitation;
  /** Called after the answer has been saved, to reload the event. */
  onChanged: () => void;
}

/**
 * The signed-in person's own invitation, near the top of the event page: the answer they gave (and
 * when), and one button per answer. The current answer's button is pressed (`aria-pressed`); the
 * outcome is announced politely from a status region that is always present, errors assertively.
 */
export function MyInvitationPanel({ eventId, invitation, onChanged }: MyInvitationPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function handleAnswer(response: RsvpResponse) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setNotice('');
    try {
      await answerInvitation(eventId, invitation.participantId, response);
      setNotice(`${t('meetings.myInvitation.saved')} ${t(`meetings.myInvitation.state.${response}`)}`);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="my-invitation" aria-labelledby="my-invitation-heading" data-testid="my-invitation">
      <h2 id="my-invitation-heading">{t('meetings.myInvitation.heading')}</h2>
      <p>
        {t(`meetings.myInvitation.state.${invitation.invitation}`)}
        {invitation.respondedAt ? (
          <span className="muted">
            {' '}
            {t('meetings.myInvitation.answeredOn', { date: format.dateTime(invitation.respondedAt) })}
          </span>
        ) : null}
      </p>
      <fieldset className="my-invitation-answers">
        <legend className="visually-hidden">{t('meetings.myInvitation.answerGroup')}</legend>
        <div className="button-row">
          {ANSWERS.map((answer) => (
            <button
              key={answer}
              type="button"
              className={invitation.invitation === answer ? 'button' : 'button button-secondary'}
              aria-pressed={invitation.invitation === answer}
              aria-busy={busy || undefined}
              onClick={() => handleAnswer(answer)}
            >
              {t(`meetings.myInvitation.${answer}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div role="status">{notice}</div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
    </section>
  );
}
