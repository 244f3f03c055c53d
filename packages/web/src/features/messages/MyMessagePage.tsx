import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getMyMessage } from '../../api/messages';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { MessageText } from './MessageText';
import { MY_MESSAGES_PATH } from './paths';

/** `/me/messages/:id`: one of the caller's messages, its date and its text body. */
export function MyMessagePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useAsync(() => getMyMessage(id), [id]);
  usePageTitle(data ? data.subject : t('messages.title'));
  return (
    <>
      <p>
        <Link to={MY_MESSAGES_PATH}>{t('messages.back')}</Link>
      </p>
      <h1>{data ? data.subject : t('messages.title')}</h1>
      {loading ? <Loading /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          <p>{t('messages.queuedAt', { date: format.dateTime(data.createdAt) })}</p>
          <section aria-labelledby="message-text" className="section">
            <h2 id="message-text">{t('messages.body')}</h2>
            <MessageText text={data.text} />
          </section>
        </>
      ) : null}
    </>
  );
}
