import { useTranslation } from 'react-i18next';
import type { Period } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';

/** "21 May 2019 – 10 Jun 2019" (one date when the period is one day). */
export function usePeriodDates() {
  const format = useFormat();
  return (period: Pick<Period, 'start' | 'end'>) =>
    period.start === period.end
      ? format.day(period.start)
      : `${format.day(period.start)} – ${format.day(period.end)}`;
}

/**
 * A target period as written ("end of May – beginning of June", in its own language) with its
 * normalised dates; `full` adds the precision ("approximate: to a third of a month").
 */
export function PeriodText({ period, full }: { period: Period | null; full?: boolean }) {
  const { t } = useTranslation();
  const dates = usePeriodDates();
  if (!period) return <span className="muted">{t('plans.period.none')}</span>;
  return (
    <span className="plan-period">
      <span lang={period.lang}>{period.text}</span> <span className="muted">({dates(period)})</span>
      {full ? <> · {t(`plans.precisions.${period.precision}`)}</> : null}
    </span>
  );
}
