import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api';
import { useFormat } from '../../i18n/use-format';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <p className="muted">{t('audit.nothing')}</p>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

/** The before and after values of one audit entry, side by side, with its request id and address. */
export function ChangeDetails({ id, entry }: { id: string; entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section
      id={id}
      className="change-details"
      aria-label={t('audit.detailsLabel', { action: entry.action, time: format.dateTime(entry.at) })}
    >
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
      <dl className="field-list compact">
        {entry.requestId ? (
          <div>
            <dt>{t('audit.requestId')}</dt>
            <dd>
              <code>{entry.requestId}</code>
            </dd>
          </div>
        ) : null}
        {entry.ip ? (
          <div>
            <dt>{t('audit.ip')}</dt>
            <dd>
              <code>{entry.ip}</code>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
