import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createMinutes, type Minutes } from '../../api/minutes';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import './minutes.css';
import { MinutesActions } from './MinutesActions';
import { MinutesEditor } from './MinutesEditor';
import { displayLanguages } from './minutes-text';
import { ParagraphItem } from './ParagraphItem';
import { ReopenForm } from './ReopenForm';
import { useMinutes } from './use-minutes';
import { VersionHistory } from './VersionHistory';

/** Links to the printable page and the PDF of adopted minutes. */
function ExportLinks({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="minutes-export-heading">
      <h2 id="minutes-export-heading">{t('minutes.export.heading')}</h2>
      <ul className="export-links">
        {minutes.languages.map((lang) => (
          <li key={lang}>
            <Link to={`/events/${encodeURIComponent(minutes.eventId)}/minutes/print?lang=${lang}`}>
              {t('minutes.export.print', { language: format.languageName(lang) || lang })}
            </Link>{' '}
            ·{' '}
            <a href={`/api/minutes/${encodeURIComponent(minutes.id)}/export.pdf?lang=${lang}`} download>
              {t('minutes.export.pdf', { language: format.languageName(lang) || lang })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For an event without minutes: a note, and for editors the button to start them. */
function NoMinutes({ eventId, onCreated }: { eventId: string; onCreated: (m: Minutes) => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [error, setError] = useState<unknown>();
  const handleStart = async () => {
    try {
      onCreated(await createMinutes(eventId, {}));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <p className="muted">{t('minutes.none')}</p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {hasAnyRole(me, EDITOR_ROLES) ? (
        <button type="button" className="button" onClick={() => void handleStart()}>
          {t('minutes.start')}
        </button>
      ) : null}
    </>
  );
}

/**
 * The minutes of one event, self-contained for the event page: the text per language, the workflow
 * (draft → circulated → adopted → locked) for editors, amendments and comments for the delegations,
 * the versions with their differences, and print and PDF links once adopted.
 */
export function MinutesSection({ eventId, headingLevel = 2 }: { eventId: string; headingLevel?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const state = useMinutes(eventId);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();
  const [language, setLanguage] = useState('');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const handleChanged = (message: string, minutes?: Minutes) => {
    setNotice(message);
    setError(undefined);
    if (minutes) state.replace(minutes);
    else state.reload();
  };

  const m = state.minutes;
  const body = (() => {
    if (state.error) return <LoadError error={state.error} onRetry={state.reload} />;
    if (m === undefined) return <Loading />;
    if (m === null)
      return <NoMinutes eventId={eventId} onCreated={(c) => handleChanged(t('minutes.done.started'), c)} />;
    const languages = displayLanguages(m.languages, language, i18n.language);
    return (
      <>
        <p>
          <StatusBadge tone={`minutes-${m.status}`}>{t(`minutes.status.${m.status}`)}</StatusBadge>{' '}
          {t('minutes.versionLabel', { version: m.version })}
          {m.adoptedAt ? ` · ${t('minutes.adoptedOn', { date: format.dateTime(m.adoptedAt) })}` : ''}
        </p>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        {editing ? (
          <MinutesEditor
            minutes={m}
            onSaved={(saved) => {
              setEditing(false);
              handleChanged(t('minutes.done.saved', { version: saved.version }), saved);
            }}
            onCancel={() => setEditing(false)}
            onReloadLatest={state.reload}
          />
        ) : (
          <>
            <MinutesActions
              minutes={m}
              onEdit={() => setEditing(true)}
              onDone={(x, msg) => handleChanged(msg, x)}
              onError={setError}
            />
            {m.can.reopen ? (
              <ReopenForm minutes={m} onDone={(x, msg) => handleChanged(msg, x)} onError={setError} />
            ) : null}
            {m.languages.length > 1 ? (
              <SelectField
                label={t('minutes.showLanguage')}
                value={language}
                onChange={setLanguage}
                options={[
                  { value: '', label: t('minutes.allLanguages') },
                  ...m.languages.map((l) => ({ value: l, label: format.languageName(l) || l })),
                ]}
              />
            ) : null}
            {m.paragraphs.length === 0 ? <p className="muted">{t('minutes.empty')}</p> : null}
            <ol className="minutes-paragraphs">
              {m.paragraphs.map((p, index) => (
                <ParagraphItem
                  key={p.id}
                  minutes={m}
                  paragraph={p}
                  index={index}
                  languages={languages}
                  onChanged={handleChanged}
                />
              ))}
            </ol>
          </>
        )}
        {m.status === 'adopted' || m.status === 'locked' ? <ExportLinks minutes={m} /> : null}
        {m.can.seeWorkings ? <VersionHistory minutesId={m.id} version={m.version} /> : null}
      </>
    );
  })();

  return (
    <section className="section minutes" aria-labelledby="minutes-heading">
      <Heading id="minutes-heading">{t('minutes.title')}</Heading>
      {body}
    </section>
  );
}
