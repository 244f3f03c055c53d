import { useTranslation } from 'react-i18next';
import type { Application, Quota } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { type Decision, seatCounts, waitlistOrder } from './decision-counts';

interface DecisionPanelProps {
  capacity: number | null;
  quotas: Quota[];
  applications: Application[];
  pending: Record<string, Decision>;
  busy: boolean;
  onApply: () => void;
}

/** Seats taken and left with the pending decisions, the waitlist in order, and "record decisions". */
export function DecisionPanel({
  capacity,
  quotas,
  applications,
  pending,
  busy,
  onApply,
}: DecisionPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = seatCounts(capacity, applications, pending);
  const waitlist = waitlistOrder(applications);
  const count = Object.keys(pending).length;
  return (
    <section className="section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('programmes.decisions.title')}</h2>
      <p data-testid="seat-counts">
        {capacity === null
          ? t('programmes.decisions.noCapacity', { accepted: format.number(counts.acceptedAfter) })
          : t('programmes.decisions.seats', {
              accepted: format.number(counts.acceptedAfter),
              capacity: format.number(capacity),
              free: format.number(counts.freeAfter ?? 0),
            })}
      </p>
      {counts.overCapacity > 0 ? (
        <p className="field-error">{t('programmes.decisions.overflow', { count: counts.overCapacity })}</p>
      ) : null}
      {quotas.length > 0 ? (
        <>
          <h3>{t('programmes.quotas.title')}</h3>
          <ul>
            {quotas.map((q) => (
              <li key={q.id}>
                {q.countryCode ? format.regionName(q.countryCode) : q.community}:{' '}
                {t('programmes.decisions.quotaSeats', { seats: format.number(q.seats) })}
              </li>
            ))}
          </ul>
          <p className="muted">{t('programmes.decisions.quotaHint')}</p>
        </>
      ) : null}
      {waitlist.length > 0 ? (
        <>
          <h3>{t('programmes.decisions.waitlist')}</h3>
          <ol>
            {waitlist.map((a) => (
              <li key={a.id}>{a.person.name}</li>
            ))}
          </ol>
        </>
      ) : null}
      <button type="button" className="button" disabled={busy || count === 0} onClick={onApply}>
        {t('programmes.decisions.record', { count })}
      </button>
    </section>
  );
}
