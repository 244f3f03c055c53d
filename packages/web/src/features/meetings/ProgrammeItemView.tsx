import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeItem } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useCountries } from '../registry/use-countries';
import { FileLink } from './FileLink';

/** A programme item's heading text: its title, or the name of its kind. */
export function useProgrammeItemTitle() {
  const { t } = useTranslation();
  const format = useFormat();
  return (item: ProgrammeItem) =>
    pickLocalized(item.title, format.language) || t(`meetings.programmeKinds.${item.kind}`);
}

/** What one programme item holds: place visited, delegation, speakers with their positions that day, summary, documents, links. */
export function ProgrammeItemView({ item }: { item: ProgrammeItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCountries();
  const summary = pickLocalized(item.summary, format.language);
  const delegation = item.delegation
    ? [item.delegation.organisation?.name, nameOf(item.delegation.countryCode)].filter(Boolean).join(', ')
    : '';
  const visited = [item.visitedPlaceText, item.visitedPlace?.name].filter(Boolean).join(' — ');
  return (
    <>
      {visited ? (
        <p>
          {t('meetings.programme.visitedPlace')}: {visited}
        </p>
      ) : null}
      {delegation ? (
        <p>
          {t('meetings.programme.delegation')}: {delegation}
        </p>
      ) : null}
      {item.speakers.length > 0 ? (
        <ul className="plain-list speakers">
          {item.speakers.map((speaker) => (
            <li key={speaker.personId}>
              <Link to={`/registry/people/${encodeURIComponent(speaker.personId)}`}>{speaker.name}</Link>
              {speaker.position
                ? `, ${[
                    pickLocalized(speaker.position.title, format.language),
                    speaker.position.organisation?.name,
                  ]
                    .filter(Boolean)
                    .join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {summary ? <p>{summary}</p> : null}
      {item.documents.length > 0 ? (
        <p>
          {t('meetings.documents.heading')}:{' '}
          {item.documents.map((doc, i) => (
            <span key={doc.fileId}>
              {i > 0 ? ', ' : ''}
              <FileLink id={doc.fileId} />
            </span>
          ))}
        </p>
      ) : null}
      {item.mediaLinks.length > 0 ? (
        <ul className="plain-list">
          {item.mediaLinks.map((link) => (
            <li key={link.url}>
              {/* A plain link, never an embedded player: the host is anyone's. */}
              <a href={link.url} rel="noopener noreferrer nofollow" target="_blank">
                {link.label ?? link.url}
              </a>{' '}
              <span className="muted">({new URL(link.url).host})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
