import { useTranslation } from 'react-i18next';
import { addMonths, isMonth } from './calendar-month';
import type { CalendarView } from './calendar-filters';

interface CalendarViewNavProps {
  view: CalendarView;
  /** The month shown, `YYYY-MM`. */
  month: string;
  onView: (view: CalendarView) => void;
  onMonth: (month: string) => void;
}

/** Month or list (toggle buttons), and in the month view: previous, a month field, next. */
export function CalendarViewNav({ view, month, onView, onMonth }: CalendarViewNavProps) {
  const { t } = useTranslation();
  const viewButton = (value: CalendarView, label: string) => (
    <button
      type="button"
      className={view === value ? 'button' : 'button button-secondary'}
      aria-pressed={view === value}
      onClick={() => onView(value)}
    >
      {label}
    </button>
  );
  return (
    <nav className="toolbar calendar-nav" aria-label={t('meetings.calendar.viewNav')}>
      <div className="button-row">
        {viewButton('month', t('meetings.calendar.monthView'))}
        {viewButton('list', t('meetings.calendar.listView'))}
      </div>
      {view === 'month' ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onMonth(addMonths(month, -1))}
          >
            {t('meetings.calendar.previousMonth')}
          </button>
          <label className="calendar-month-field">
            {t('meetings.calendar.month')}{' '}
            <input
              type="month"
              value={month}
              onChange={(e) => isMonth(e.target.value) && onMonth(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onMonth(addMonths(month, 1))}
          >
            {t('meetings.calendar.nextMonth')}
          </button>
        </div>
      ) : null}
    </nav>
  );
}
