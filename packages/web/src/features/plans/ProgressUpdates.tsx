import { useTranslation } from 'react-i18next';
import type { ProgressUpdate } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { ItemStatusBadge } from './ItemStatusBadge';
import { EvidenceList } from './ItemLinks';

/** The progress updates of an item, newest first: date, who, text, new progress and status, evidence. */
export function ProgressUpdates({ updates }: { updates: readonly ProgressUpdate[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (updates.length === 0) return <p className="muted">{t('plans.updates.none')}</p>;
  return (
    <ol className="plan-updates" data-testid="progress-updates">
      {updates.map((u) => {
        const who = [u.author?.label, u.organisation?.name].filter(Boolean).join(', ');
        return (
          <li key={u.id} className="plan-update">
            <p className="plan-update-head">
              <time dateTime={u.date}>{format.day(u.date)}</time>
              {who ? ` · ${who}` : ''}
            </p>
            <p>{pickLocalized(u.text, format.language)}</p>
            {u.progress !== null || u.status !== null ? (
              <p className="plan-update-change">
                {u.progress !== null
                  ? t('plans.updates.newProgress', { value: format.number(u.progress) })
                  : null}
                {u.progress !== null && u.status !== null ? ' · ' : null}
                {u.status !== null ? (
                  <>
                    {t('plans.updates.newStatus')} <ItemStatusBadge status={u.status} />
                  </>
                ) : null}
              </p>
            ) : null}
            {u.evidence.length > 0 ? <EvidenceList evidence={u.evidence} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
