import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getEvent } from '../../api/meetings';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { eventPath } from '../meetings/paths';
import { type EventChoice, EventsField } from '../plans/EventsField';

/** The title (and date) of the event `id`, for a programme that names only its id; `null` while unknown. */
function useEventLabel(id: string | null) {
  const format = useFormat();
  const event = useAsync(() => (id ? getEvent(id).catch(() => null) : Promise.resolve(null)), [id]);
  return event.data
    ? `${pickLocalized(event.data.title, format.language)} (${format.day(event.data.start.date)})`
    : null;
}

/** The event a programme was held as, linked; nothing when it has none. */
export function HeldEventLink({ eventId }: { eventId: string }) {
  const label = useEventLabel(eventId);
  return <Link to={eventPath(eventId)}>{label ?? eventId}</Link>;
}

/** Picks the event a programme was held as (one event of the calendar), once it has taken place. */
export function HeldEventField({
  value,
  onChange,
}: {
  value: EventChoice | null;
  onChange: (value: EventChoice | null) => void;
}) {
  const { t } = useTranslation();
  const known = useEventLabel(value && !value.label ? value.id : null);
  const shown = value ? [{ id: value.id, label: value.label || known || value.id }] : [];
  return (
    <EventsField
      label={t('programmes.form.heldEvent')}
      value={shown}
      max={1}
      onChange={(chosen) => onChange(chosen[0] ?? null)}
    />
  );
}
