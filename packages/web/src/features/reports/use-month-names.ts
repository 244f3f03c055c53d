import { dateTimeFormat } from '../../i18n/intl';
import { useFormat } from '../../i18n/use-format';

/** The twelve months' short names in the interface language ("Jan" … "Dec"). */
export function useMonthNames(): string[] {
  const format = useFormat();
  const month = dateTimeFormat(format.language, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => month.format(new Date(Date.UTC(2019, i, 1))));
}
