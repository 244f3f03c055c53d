import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getMinutes, minutesExportUrl } from '../../api/minutes';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import './minutes.css';
import { defaultPrintLanguage } from './minutes-text';

/**
 * `/events/:id/minutes/print?lang=`: the minutes in one language laid out for paper (the site's
 * frame is hidden when printing), with the button that prints and the PDF made by the server.
 */
export function MinutesPrintPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const record = useRecord(getMinutes);
  const m = record.data;
  const lang = m ? defaultPrintLanguage(m.languages, params.get('lang') ?? i18n.language) : '';
  const title = m ? pickLocalized(m.event.title, lang) : '';
  usePageTitle(title ? t('minutes.print.title', { event: title }) : t('minutes.title'));
  if (!m || m.eventId !== record.id) return <RecordFallback error={record.error} onRetry={record.reload} />;
  const published = m.status === 'adopted' || m.status === 'locked';
  return (
    <article className="minutes-print" lang={lang}>
      <div className="no-print button-row">
        <Link to={`/events/${encodeURIComponent(id)}/minutes`}>{t('minutes.print.back')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('minutes.print.print')}
        </button>
        {published ? (
          <a className="button button-secondary" href={minutesExportUrl(m.id, 'pdf', lang)} download>
            {t('minutes.export.pdf', { language: format.languageName(lang) || lang })}
          </a>
        ) : null}
      </div>
      <h1>{t('minutes.print.title', { event: title })}</h1>
      <p>
        {format.day(m.event.startDate)}
        {m.event.endDate !== m.event.startDate ? ` – ${format.day(m.event.endDate)}` : ''}
        {m.event.venue ? ` · ${m.event.venue}` : ''}
      </p>
      <p>
        {published && m.adoptedAt
          ? t('minutes.adoptedOn', { date: format.dateTime(m.adoptedAt) })
          : t('minutes.print.notAdopted')}{' '}
        · {t('minutes.versionLabel', { version: m.version })}
      </p>
      <ol className="minutes-print-paragraphs">
        {m.paragraphs.map((p) => (
          <li key={p.id}>{p.text[lang] ?? ''}</li>
        ))}
      </ol>
    </article>
  );
}
