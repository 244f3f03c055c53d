import { listSeries } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';

/** The series the caller may see, as select options "CG — Contact Group…" in the interface language. */
export function useSeriesOptions() {
  const format = useFormat();
  const series = useAsync(() => listSeries({ limit: 200, offset: 0 }), []);
  return (series.data?.items ?? []).map((s) => ({
    value: s.id,
    label: `${s.code} — ${pickLocalized(s.title, format.language)}`,
  }));
}
