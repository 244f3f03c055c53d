import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getOutboxMessage, type OutboxMessage } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { splitLinks } from './linkify';

/** The text body with its http(s) links clickable; never rendered as HTML. */
function MailText({ text }: { text: string }) {
  return (
    <pre className="mail-body" data-testid="mail-body">
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are static for one text
          <a key={index} href={part.href}>
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}

function MessageView({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields: [string, string][] = [
    [t('outbox.columns.to'), message.to],
    [t('outbox.columns.subject'), message.subject],
    [t('outbox.columns.status'), t(`outbox.status.${message.status}`)],
    [t('outbox.columns.attempts'), format.number(message.attempts)],
    [t('outbox.columns.created'), format.dateTime(message.createdAt)],
    [t('outbox.columns.sent'), message.sentAt ? format.dateTime(message.sentAt) : t('outbox.notSent')],
  ];
  if (message.lastError) fields.push([t('outbox.detail.lastError'), message.lastError]);
  return (
    <>
      <section aria-labelledby="mail-fields" className="card section">
        <h2 id="mail-fields">{t('outbox.detail.fields')}</h2>
        <dl className="field-list">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="mail-text" className="section">
        <h2 id="mail-text">{t('outbox.detail.body')}</h2>
        <MailText text={message.text} />
      </section>
    </>
  );
}

/** `/admin/outbox/:id`: one outgoing mail with its text body. */
export function OutboxDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useAsync(() => getOutboxMessage(id), [id]);
  const title = data ? t('outbox.detail.title', { subject: data.subject }) : t('outbox.title');
  usePageTitle(title);
  return (
    <>
      <p>
        <Link to="/admin/outbox">{t('outbox.detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      {loading ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? <MessageView message={data} /> : null}
    </>
  );
}
