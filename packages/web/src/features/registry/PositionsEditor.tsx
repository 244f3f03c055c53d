import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { OrganisationPicker } from './OrganisationPicker';
import { emptyPositionRow, type PositionRow } from './person-form';

interface PositionsEditorProps {
  rows: PositionRow[];
  onChange: (rows: PositionRow[]) => void;
  errors: Record<string, string>;
}

/** Positions held over time: title (in the interface language), organisation, from and to. */
export function PositionsEditor({ rows, onChange, errors }: PositionsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<PositionRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="editor">
      <legend>{t('registry.person.positions')}</legend>
      {rows.length === 0 ? <p className="muted">{t('registry.person.noPositions')}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="editor-row">
          <legend>{t('registry.form.positionRow', { number: index + 1 })}</legend>
          <div className="form-row">
            <FormField label={t('registry.form.title')} error={errors[`positions.${index}.title`]}>
              {(control) => (
                <input
                  {...control}
                  value={row.title}
                  onChange={(e) => update(index, { title: e.target.value })}
                />
              )}
            </FormField>
            <OrganisationPicker
              label={t('registry.columns.organisation')}
              value={row.organisation}
              onChange={(organisation) => update(index, { organisation })}
              error={errors[`positions.${index}.organisationId`]}
            />
            <FormField label={t('registry.form.from')} error={errors[`positions.${index}.fromDate`]}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.fromDate}
                  onChange={(e) => update(index, { fromDate: e.target.value })}
                />
              )}
            </FormField>
            <FormField label={t('registry.form.to')} error={errors[`positions.${index}.toDate`]}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={row.toDate}
                  onChange={(e) => update(index, { toDate: e.target.value })}
                />
              )}
            </FormField>
          </div>
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={t('registry.form.removePositionLabel', { number: index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('registry.form.remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, emptyPositionRow()])}
      >
        {t('registry.form.addPosition')}
      </button>
    </fieldset>
  );
}
