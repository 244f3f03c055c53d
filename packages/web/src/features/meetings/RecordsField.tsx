import { useTranslation } from 'react-i18next';
import type { OrganisationRef } from '../../api';
import { SearchCombobox } from '../search/SearchCombobox';

interface RecordsFieldProps {
  /** What the records are ("Speakers"), the group's name and the search box's label. */
  label: string;
  /** The kind of record searched: people (speakers, participants) or organisations (responsible bodies). */
  type?: 'person' | 'organisation';
  value: OrganisationRef[];
  onChange: (value: OrganisationRef[]) => void;
  /** At most this many (1 for a single choice: the search box goes once one is chosen). */
  max?: number;
  error?: string | undefined;
}

/**
 * Records of the registry chosen by searching their names in any script: the chosen ones listed,
 * each with a remove button, and a search box to add one more.
 */
export function RecordsField({ label, type = 'person', value, onChange, max, error }: RecordsFieldProps) {
  const { t } = useTranslation();
  const full = max !== undefined && value.length >= max;
  return (
    <fieldset className={error ? 'field field-invalid picker' : 'field picker'}>
      <legend className="field-label">{label}</legend>
      {value.length > 0 ? (
        <ul className="plain-list chosen-list">
          {value.map((ref) => (
            <li key={ref.id}>
              <span>{ref.name}</span>{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('meetings.form.removeChosen', { name: ref.name, label })}
                onClick={() => onChange(value.filter((r) => r.id !== ref.id))}
              >
                {t('meetings.form.removeChosenShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? null : (
        <SearchCombobox
          label={t('meetings.form.searchToAdd', { label })}
          types={[type]}
          clearOnChoose
          onChoose={(result) => {
            if (!value.some((r) => r.id === result.id))
              onChange([...value, { id: result.id, name: result.label }]);
          }}
        />
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
