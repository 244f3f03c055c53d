import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDetail } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useCountries } from '../registry/use-countries';
import { VisibilityBadge } from '../registry/VisibilityBadge';
import { EventStatusBadge } from './EventBadges';
import { EventWhenText } from './EventWhenText';
import { eventPath, seriesPath } from './paths';

const orgPath = (id: string) => `/registry/organisations/${encodeURIComponent(id)}`;

/** An event's facts: kind, when (at the place, and for the reader), where, status, series, parent, organisers and hosts, owner, visibility. */
export function EventFacts({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  return (
    <dl className="field-list section" data-testid="event-facts">
      <div>
        <dt>{t('meetings.columns.kind')}</dt>
        <dd>{t(`meetings.kinds.${event.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('meetings.columns.when')}</dt>
        <dd data-testid="event-when">
          <EventWhenText event={event} />
        </dd>
      </div>
      <div>
        <dt>{t('meetings.columns.where')}</dt>
        <dd>
          {[event.venue].filter(Boolean).join('')}
          {event.venue && (event.place || event.countryCode) ? ', ' : ''}
          {event.place ? (
            <Link to={`/registry/places/${encodeURIComponent(event.place.id)}`}>{event.place.name}</Link>
          ) : null}
          {event.place && event.countryCode ? ', ' : ''}
          {nameOf(event.countryCode)}
        </dd>
      </div>
      <div>
        <dt>{t('meetings.columns.status')}</dt>
        <dd>
          <EventStatusBadge status={event.status} />
        </dd>
      </div>
      {event.series ? (
        <div>
          <dt>{t('meetings.columns.series')}</dt>
          <dd>
            <Link to={seriesPath(event.series.id)}>{pickLocalized(event.series.title, format.language)}</Link>
            {event.number !== null ? ` · ${t('meetings.event.number', { number: event.number })}` : ''}
          </dd>
        </div>
      ) : null}
      {event.parent ? (
        <div>
          <dt>{t('meetings.event.parent')}</dt>
          <dd>
            <Link to={eventPath(event.parent.id)}>{pickLocalized(event.parent.title, format.language)}</Link>
          </dd>
        </div>
      ) : null}
      {event.organisations.length > 0 ? (
        <div>
          <dt>{t('meetings.event.organisations')}</dt>
          <dd>
            <ul className="plain-list">
              {event.organisations.map((o) => (
                <li key={`${o.organisation.id}:${o.role}`}>
                  <Link to={orgPath(o.organisation.id)}>{o.organisation.name}</Link> (
                  {t(`meetings.organisationRoles.${o.role}`)})
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {event.owner ? (
        <div>
          <dt>{t('meetings.columns.owner')}</dt>
          <dd>
            <Link to={orgPath(event.owner.id)}>{event.owner.name}</Link>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('registry.columns.visibility')}</dt>
        <dd>
          <VisibilityBadge visibility={event.visibility} />
        </dd>
      </div>
    </dl>
  );
}
