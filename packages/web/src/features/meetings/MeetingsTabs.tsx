import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { CALENDAR_PATH, SERIES_PATH } from './paths';

/** The meetings' own navigation: calendar and series. */
export function MeetingsTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('meetings.tabs.label')}>
      <ul>
        <li>
          <NavLink to={CALENDAR_PATH} end>
            {t('meetings.calendar.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to={SERIES_PATH}>{t('meetings.series.title')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
