import { useTranslation } from 'react-i18next';
import type { OrganisationRef } from '../../api';
import { SearchCombobox } from '../search/SearchCombobox';

interface PickerProps {
  label: string;
  value: OrganisationRef | null;
  onChange: (value: OrganisationRef | null) => void;
  error?: string | undefined;
}

/** Chooses a record of `type` by searching its names in any script; shows the choice with a "change" button. */
function RecordPicker({
  type,
  label,
  value,
  onChange,
  error,
}: PickerProps & { type: 'organisation' | 'place' }) {
  const { t } = useTranslation();
  if (value) {
    return (
      <fieldset className={error ? 'field field-invalid picker' : 'field picker'}>
        <legend className="field-label">{label}</legend>
        <p className="picker-chosen">
          <span>{value.name}</span>{' '}
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={t(
              type === 'place' ? 'registry.picker.clearPlaceLabel' : 'registry.picker.clearLabel',
              {
                name: value.name,
              },
            )}
            onClick={() => onChange(null)}
          >
            {t('registry.picker.clear')}
          </button>
        </p>
        {error ? <p className="field-error">{error}</p> : null}
      </fieldset>
    );
  }
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <SearchCombobox
        label={label}
        types={[type]}
        clearOnChoose
        onChoose={(result) => onChange({ id: result.id, name: result.label })}
      />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** Chooses an organisation by searching its names in any script; shows the choice with a "change" button. */
export function OrganisationPicker(props: PickerProps) {
  return <RecordPicker type="organisation" {...props} />;
}

/** Chooses a place of the gazetteer by searching its names (historical ones too) in any script. */
export function PlacePicker(props: PickerProps) {
  return <RecordPicker type="place" {...props} />;
}
