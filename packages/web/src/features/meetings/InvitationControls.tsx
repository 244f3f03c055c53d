import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerInvitation, inviteParticipant, type Participant, type RsvpResponse } from '../../api';
import { useFormat } from '../../i18n/use-format';

const RSVP_RESPONSES: readonly RsvpResponse[] = ['accepted', 'declined', 'tentative'];

interface InvitationControlsProps {
  eventId: string;
  participant: Participant;
  /** Runs a change, then announces `notice` (or keeps the error). */
  act: (run: () => Promise<unknown>, notice: string) => Promise<void>;
}

/**
 * An editor's invitation controls for one participant: send (or send again) the invitation mail,
 * to an address given here or else the one the server knows, and record the answer received.
 */
export function InvitationControls({ eventId, participant: p, act }: InvitationControlsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [email, setEmail] = useState('');
  const name = p.person.name;

  function handleSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { locale: format.language, ...(email.trim() ? { email: email.trim() } : {}) };
    act(() => inviteParticipant(eventId, p.id, input), t('meetings.participants.invited', { name }));
  }

  return (
    <>
      <form
        className="button-row"
        onSubmit={handleSend}
        aria-label={t('meetings.participants.inviteLabel', { name })}
      >
        <label htmlFor={id} className="visually-hidden">
          {t('meetings.participants.emailLabel', { name })}
        </label>
        <input
          id={id}
          type="email"
          autoComplete="off"
          placeholder={t('meetings.participants.emailPlaceholder')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button button-small button-secondary">
          {p.invitation ? t('meetings.participants.inviteAgain') : t('meetings.participants.invite')}
        </button>
      </form>
      {p.invitation ? (
        <select
          aria-label={t('meetings.participants.answerLabel', { name })}
          value=""
          onChange={(e) => {
            const response = e.target.value as RsvpResponse;
            if (response)
              act(
                () => answerInvitation(eventId, p.id, response),
                t('meetings.participants.answered', { name }),
              );
          }}
        >
          <option value="">{t('meetings.participants.recordAnswer')}</option>
          {RSVP_RESPONSES.map((r) => (
            <option key={r} value={r}>
              {t(`meetings.rsvp.${r}`)}
            </option>
          ))}
        </select>
      ) : null}
    </>
  );
}
