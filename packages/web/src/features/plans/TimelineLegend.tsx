import { useTranslation } from 'react-i18next';

/** What the timeline's marks mean: an exact period, a fuzzy one, today. */
export function TimelineLegend({ showToday }: { showToday: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="timeline-legend" aria-label={t('plans.timeline.legend')}>
      <li>
        <span className="timeline-swatch timeline-bar" aria-hidden="true" /> {t('plans.timeline.exact')}
      </li>
      <li>
        <span className="timeline-swatch timeline-bar timeline-bar-fuzzy" aria-hidden="true" />{' '}
        {t('plans.timeline.fuzzy')}
      </li>
      <li>
        <span className="timeline-swatch timeline-summary" aria-hidden="true" /> {t('plans.timeline.summary')}
      </li>
      {showToday ? (
        <li>
          <span className="timeline-swatch timeline-swatch-today" aria-hidden="true" />{' '}
          {t('plans.timeline.today')}
        </li>
      ) : null}
    </ul>
  );
}
