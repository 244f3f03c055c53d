import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEvents } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';

/** An event chosen in the field: its id and how it is shown (title and date). */
export interface EventChoice {
  id: string;
  label: string;
}

interface EventsFieldProps {
  /** The group's name ("Evidence: events", "Adopted at"). */
  label: string;
  value: EventChoice[];
  onChange: (value: EventChoice[]) => void;
  /** At most this many (1 for a single event: the search goes once one is chosen). */
  max?: number;
}

/**
 * Events chosen by searching their titles (the events list's `q`): the chosen ones with a remove
 * button, the results as buttons that add one.
 */
export function EventsField({ label, value, onChange, max }: EventsFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<EventChoice[] | null>(null);
  const [busy, setBusy] = useState(false);
  const searchId = useId();
  async function handleSearch() {
    if (!query.trim()) return;
    setBusy(true);
    try {
      const page = await listEvents({ limit: 8, offset: 0, q: query.trim() });
      setFound(
        page.items.map((e) => ({
          id: e.id,
          label: `${pickLocalized(e.title, format.language)} (${format.day(e.start.date)})`,
        })),
      );
    } catch {
      setFound([]);
    } finally {
      setBusy(false);
    }
  }
  return (
    <fieldset className="field picker plan-evidence-field">
      <legend className="field-label">{label}</legend>
      {value.length > 0 ? (
        <ul className="plain-list chosen-list">
          {value.map((e) => (
            <li key={e.id}>
              <span>{e.label}</span>{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('plans.evidence.remove', { name: e.label })}
                onClick={() => onChange(value.filter((c) => c.id !== e.id))}
              >
                {t('plans.evidence.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {max !== undefined && value.length >= max ? null : (
        <div className="button-row">
          <label className="visually-hidden" htmlFor={searchId}>
            {t('plans.evidence.search', { label })}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void handleSearch();
              }
            }}
          />
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={busy}
            onClick={() => void handleSearch()}
          >
            {t('plans.evidence.find')}
          </button>
        </div>
      )}
      {found !== null && (max === undefined || value.length < max) ? (
        <div role="status">
          {found.length === 0 ? (
            <p className="muted">{t('plans.evidence.noEvents')}</p>
          ) : (
            <ul className="plain-list">
              {found.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className="link-button"
                    disabled={value.some((c) => c.id === e.id)}
                    onClick={() => onChange([...value, e])}
                  >
                    {t('plans.evidence.add', { name: e.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
