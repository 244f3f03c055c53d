import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { OrganisationPicker } from './OrganisationPicker';
import { emptyPositionRow, type PositionRow } from './person-form';
import { RowsEditor } from './RowsEditor';

interface PositionsEditorProps {
  rows: PositionRow[];
  onChange: (rows: PositionRow[]) => void;
  errors: Record<string, string>;
}

/** Positions held over time: title (in the interface language), organisation, from and to. */
export function PositionsEditor({ rows, onChange, errors }: PositionsEditorProps) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      legend={t('registry.person.positions')}
      rows={rows}
      onChange={onChange}
      emptyMessage={t('registry.person.noPositions')}
      rowLegend={(index) => t('registry.form.positionRow', { number: index + 1 })}
      removeLabel={(index) => t('registry.form.removePositionLabel', { number: index + 1 })}
      addLabel={t('registry.form.addPosition')}
      newRow={emptyPositionRow}
      renderRow={(row, index, update) => (
        <>
          <FormField label={t('registry.form.title')} error={errors[`positions.${index}.title`]}>
            {(control) => (
              <input {...control} value={row.title} onChange={(e) => update({ title: e.target.value })} />
            )}
          </FormField>
          <OrganisationPicker
            label={t('registry.columns.organisation')}
            value={row.organisation}
            onChange={(organisation) => update({ organisation })}
            error={errors[`positions.${index}.organisationId`]}
          />
          <DateField
            label={t('registry.form.from')}
            value={row.fromDate}
            onChange={(fromDate) => update({ fromDate })}
            error={errors[`positions.${index}.fromDate`]}
          />
          <DateField
            label={t('registry.form.to')}
            value={row.toDate}
            onChange={(toDate) => update({ toDate })}
            error={errors[`positions.${index}.toDate`]}
          />
        </>
      )}
    />
  );
}
