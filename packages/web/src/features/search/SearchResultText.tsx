import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../api';

/** A search result's label, its record type and, when another spelling matched, "matched: <spelling>". */
export function SearchResultText({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="result-label">{result.label}</span>{' '}
      <span className="result-type">{t(`search.types.${result.type}`)}</span>
      {result.matched && result.matched !== result.label ? (
        <span className="result-matched">{t('search.matched', { spelling: result.matched })}</span>
      ) : null}
    </>
  );
}
