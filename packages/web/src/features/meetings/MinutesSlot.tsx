import { useTranslation } from 'react-i18next';

/**
 * Where the minutes of a meeting go. The minutes feature (features/minutes) supplies the section;
 * until it is mounted here, the slot says so.
 */
export function MinutesSlot({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  return (
    <section
      className="section"
      aria-labelledby="minutes-slot-heading"
      data-slot="minutes"
      data-event={eventId}
    >
      <h2 id="minutes-slot-heading">{t('meetings.minutes.heading')}</h2>
      <p className="muted">{t('meetings.minutes.pending')}</p>
    </section>
  );
}
