import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

/** A validity period: "from – to", "since from", "until to", or nothing when both ends are open. */
export function Period({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (from && to) return <>{t('registry.period.range', { from: format.day(from), to: format.day(to) })}</>;
  if (from) return <>{t('registry.period.since', { from: format.day(from) })}</>;
  if (to) return <>{t('registry.period.until', { to: format.day(to) })}</>;
  return null;
}
