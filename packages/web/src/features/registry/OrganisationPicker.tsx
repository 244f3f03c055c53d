import { useTranslation } from 'react-i18next';
import type { OrganisationRef } from '../../api';
import { SearchCombobox } from '../search/SearchCombobox';

interface OrganisationPickerProps {
  label: string;
  value: OrganisationRef | null;
  onChange: (value: OrganisationRef | null) => void;
  error?: string;
}

/** Chooses an organisation by searching its names in any script; shows the choice with a "clear" button. */
export function OrganisationPicker({ label, value, onChange, error }: OrganisationPickerProps) {
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
            aria-label={t('registry.picker.clearLabel', { name: value.name })}
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
        types={['organisation']}
        clearOnChoose
        onChoose={(result) => onChange({ id: result.id, name: result.label })}
      />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
