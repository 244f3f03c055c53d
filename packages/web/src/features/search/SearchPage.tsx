import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { search, SEARCH_TYPES, type SearchType } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { recordPath } from './record-path';
import { SearchResultText } from './SearchResultText';

const LIMIT = 50;

function isSearchType(value: string | null): value is SearchType {
  return SEARCH_TYPES.some((type) => type === value);
}

/** `/search?q=&type=`: every match for a query, best first, with the spelling that matched. */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const rawType = params.get('type');
  const type = isSearchType(rawType) ? rawType : '';
  const [text, setText] = useState(q);
  const [typeChoice, setTypeChoice] = useState<string>(type);
  // The header box can change the query while this page is open.
  useEffect(() => setText(q), [q]);
  const results = useAsync(
    () => (q ? search(q, { types: type ? [type] : undefined, limit: LIMIT }) : Promise.resolve([])),
    [q, type],
  );
  usePageTitle(q ? t('search.titleFor', { query: q }) : t('search.title'));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (typeChoice) next.set('type', typeChoice);
    setParams(next);
  }

  return (
    <>
      <h1>{t('search.title')}</h1>
      <search aria-label={t('search.title')}>
        <form className="form filters card" onSubmit={handleSubmit}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="search-page-q">{t('search.query')}</label>
              <input
                id="search-page-q"
                type="search"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="search-page-type">{t('search.typeFilter')}</label>
              <select
                id="search-page-type"
                value={typeChoice}
                onChange={(e) => setTypeChoice(e.target.value)}
              >
                <option value="">{t('search.allTypes')}</option>
                {SEARCH_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {t(`search.types.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('search.submit')}
            </button>
          </div>
        </form>
      </search>
      {results.loading && !results.data ? <Loading /> : null}
      {results.error ? <LoadError error={results.error} onRetry={results.reload} /> : null}
      {q && results.data ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">
            {t('search.resultsHeading', { number: format.number(results.data.length) })}
          </h2>
          {results.data.length === 0 ? (
            <p>{t('search.noResultsFor', { query: q })}</p>
          ) : (
            <ol className="result-list" data-testid="search-results">
              {results.data.map((result) => (
                <li key={`${result.type}:${result.id}`}>
                  <Link to={recordPath(result.type, result.id)}>
                    <SearchResultText result={result} />
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {!q ? <p className="muted">{t('search.hint')}</p> : null}
    </>
  );
}
