import { useTranslation } from 'react-i18next';
import { calendarFeedUrl } from '../../api';
import { useFormat } from '../../i18n/use-format';

interface SubscribeLinksProps {
  /** A series whose feed is offered too, with its name. */
  series?: { id: string; name: string } | undefined;
  /** An organisation whose feed is offered too, with its name. */
  organisation?: { id: string; name: string } | undefined;
}

/** Links to the iCalendar feeds a calendar application subscribes to: the whole public calendar, a series, an organisation. */
export function SubscribeLinks({ series, organisation }: SubscribeLinksProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <section className="section subscribe" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{t('meetings.subscribe.heading')}</h2>
      <p className="muted">{t('meetings.subscribe.hint')}</p>
      <ul className="plain-list">
        {series ? (
          <li>
            <a href={calendarFeedUrl({ series: series.id }, language)}>
              {t('meetings.subscribe.series', { name: series.name })}
            </a>
          </li>
        ) : null}
        {organisation ? (
          <li>
            <a href={calendarFeedUrl({ organisation: organisation.id }, language)}>
              {t('meetings.subscribe.organisation', { name: organisation.name })}
            </a>
          </li>
        ) : null}
        <li>
          <a href={calendarFeedUrl({}, language)}>{t('meetings.subscribe.all')}</a>
        </li>
      </ul>
    </section>
  );
}
