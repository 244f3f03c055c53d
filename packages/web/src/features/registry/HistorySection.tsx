import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Page, PageQuery } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';

const PAGE_SIZE = 10;

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <p className="muted">{t('audit.nothing')}</p>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

interface HistorySectionProps {
  load: (page: PageQuery) => Promise<Page<HistoryEntry>>;
  /** Changes whenever the page changed the record, so the history is read again. */
  version?: number;
}

/** A record's change history from the audit log, newest first, each change expandable to before/after. */
export function HistorySection({ load, version = 0 }: HistorySectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const history = useAsync(() => load({ limit: PAGE_SIZE, offset }), [offset, version]);
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('registry.history.heading')}</h2>
      {history.loading && !history.data ? <Loading /> : null}
      {history.error ? <LoadError error={history.error} onRetry={history.reload} /> : null}
      {history.data?.items.length === 0 ? <p className="muted">{t('registry.history.empty')}</p> : null}
      {history.data && history.data.items.length > 0 ? (
        <ol className="history-list">
          {history.data.items.map((entry) => (
            <li key={`${entry.at}:${entry.action}`}>
              <details>
                <summary>
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time> · <code>{entry.action}</code> ·{' '}
                  {entry.actor?.label ?? t('audit.system')}
                </summary>
                <div className="change-columns">
                  <div>
                    <h3>{t('audit.before')}</h3>
                    <Json value={entry.before} />
                  </div>
                  <div>
                    <h3>{t('audit.after')}</h3>
                    <Json value={entry.after} />
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ol>
      ) : null}
      {history.data ? (
        <Pagination total={history.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} />
      ) : null}
    </section>
  );
}
