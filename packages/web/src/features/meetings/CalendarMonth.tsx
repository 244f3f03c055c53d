import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventItem } from '../../api';
import { dateTimeFormat } from '../../i18n/intl';
import { useFormat } from '../../i18n/use-format';
import { monthWeeks } from './calendar-month';
import { eventDays } from './event-time';
import { useEventTitle } from './EventList';
import { eventPath } from './paths';

/** A month as a table of weeks (Monday first), each day listing the events it holds at their place. */
export function CalendarMonth({ month, events }: { month: string; events: EventItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = useEventTitle();
  const byDay = new Map<string, EventItem[]>();
  for (const event of events)
    for (const day of eventDays(event)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  const weekday = (index: number) =>
    dateTimeFormat(format.language, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + index)), // 1 January 2024 was a Monday
    );
  const monthName = dateTimeFormat(format.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <div className="table-scroll">
      <table className="calendar-month" data-testid="calendar-month">
        <caption>{t('meetings.calendar.monthCaption', { month: monthName })}</caption>
        <thead>
          <tr>
            {[0, 1, 2, 3, 4, 5, 6].map((i) => (
              <th key={i} scope="col">
                {weekday(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean) ?? ''}>
              {week.map((day, i) =>
                day ? (
                  <td key={day} className={byDay.has(day) ? 'calendar-day has-events' : 'calendar-day'}>
                    <span className="calendar-day-number">{Number(day.slice(8))}</span>
                    {byDay.has(day) ? (
                      <ul className="plain-list">
                        {(byDay.get(day) ?? []).map((event) => (
                          <li key={event.id}>
                            <Link to={eventPath(event.id)}>{title(event)}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have nothing else to tell them apart
                  <td key={`empty-${i}`} className="calendar-day calendar-day-empty" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
