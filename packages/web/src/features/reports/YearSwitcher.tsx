import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';

/** The years a report may be asked for: from 2010 to next year, newest first. */
export function reportYears(today = new Date()): number[] {
  const last = today.getFullYear() + 1;
  return Array.from({ length: last - 2010 + 1 }, (_, i) => last - i);
}

/** A year select; each change asks for that year's report at once. */
export function YearSwitcher({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('reports.year')}
      value={String(year)}
      options={reportYears().map((y) => ({ value: String(y), label: String(y) }))}
      onChange={(value) => onChange(Number(value))}
    />
  );
}
