import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEvents } from '../../api';
import type { EvidenceType } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';

type Chosen = { type: EvidenceType; id: string; label: string };

interface EvidenceEventFieldProps {
  value: Chosen[];
  onChange: (value: Chosen[]) => void;
}

/**
 * Events chosen as evidence: the chosen ones with a remove button, and a search by title (the
 * events list's `q`) whose results are buttons that add one.
 */
export function EvidenceEventField({ value, onChange }: EvidenceEventFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Chosen[] | null>(null);
  const [busy, setBusy] = useState(false);
  async function handleSearch() {
    if (!query.trim()) return;
    setBusy(true);
    try {
      const page = await listEvents({ limit: 8, offset: 0, q: query.trim() });
      setFound(
        page.items.map((e) => ({
          type: 'event',
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
      <legend className="field-label">{t('plans.evidence.events')}</legend>
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
      <div className="button-row">
        <label className="visually-hidden" htmlFor="plan-evidence-search">
          {t('plans.evidence.search')}
        </label>
        <input
          id="plan-evidence-search"
          type="search"
          placeholder={t('plans.evidence.search')}
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
      {found !== null ? (
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
