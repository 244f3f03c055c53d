import { useTranslation } from 'react-i18next';
import type { EventItem } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { eventWhen, readerTimeZone } from './event-time';

/**
 * When an event takes place: the times at the place with its zone named, and (when they read
 * differently) the same times in the reader's own zone.
 */
export function EventWhenText({ event }: { event: Pick<EventItem, 'start' | 'end' | 'allDay'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = eventWhen(event, format.language, readerTimeZone());
  return (
    <>
      <time dateTime={event.allDay ? event.start.date : event.start.utc}>{when.local}</time>
      {when.zone ? (
        <span className="event-zone"> ({t('meetings.time.atPlace', { zone: when.zone })})</span>
      ) : null}
      {when.reader ? (
        <span className="event-reader-time">
          {t('meetings.time.yourTime', { time: when.reader.text, zone: when.reader.zone })}
        </span>
      ) : null}
    </>
  );
}
