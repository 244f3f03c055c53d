import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

/**
 * A progress bar with its number as visible text: a native `<progress>` (read as a progress bar
 * with its value) named by `label`, and "60 %" beside it, so the figure never rests on the bar alone.
 */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = t('plans.progress.percent', { value: format.number(value) });
  return (
    <span className="plan-progress">
      <progress max={100} value={value} aria-label={label} />
      <span className="plan-progress-value">{percent}</span>
    </span>
  );
}
