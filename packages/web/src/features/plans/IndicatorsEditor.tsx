import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/use-format';
import { RowsEditor } from '../registry/RowsEditor';
import { emptyIndicator, type IndicatorRow } from './item-form';

interface IndicatorsEditorProps {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  errors: Record<string, string>;
}

/** An item's indicators: name (in the interface language; other languages kept), target, actual, unit. */
export function IndicatorsEditor({ rows, onChange, errors }: IndicatorsEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RowsEditor
      legend={t('plans.indicators.heading')}
      rows={rows}
      onChange={onChange}
      emptyMessage={t('plans.form.noIndicators')}
      rowLegend={(i) => t('plans.form.indicatorRow', { number: i + 1 })}
      removeLabel={(i) => t('plans.form.removeIndicator', { number: i + 1 })}
      addLabel={t('plans.form.addIndicator')}
      newRow={emptyIndicator}
      renderRow={(row, index, update) => (
        <div className="form-row">
          <TextField
            label={t('plans.indicators.name')}
            value={row.name[format.language] ?? ''}
            onChange={(v) => update({ name: { ...row.name, [format.language]: v } })}
            error={errors[`indicators.${index}.name`]}
          />
          <TextField
            label={t('plans.indicators.target')}
            inputMode="decimal"
            value={row.target}
            onChange={(target) => update({ target })}
            error={errors[`indicators.${index}.target`]}
          />
          <TextField
            label={t('plans.indicators.actual')}
            inputMode="decimal"
            value={row.actual}
            onChange={(actual) => update({ actual })}
            error={errors[`indicators.${index}.actual`]}
          />
          <TextField label={t('plans.form.unit')} value={row.unit} onChange={(unit) => update({ unit })} />
        </div>
      )}
    />
  );
}
