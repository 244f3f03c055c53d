import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}

/** Previous/next paging with a "showing x–y of z" summary; renders nothing when one page holds all. */
export function Pagination({ total, limit, offset, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total <= limit && offset === 0) return null;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination-summary" aria-live="polite">
        {t('pagination.page', { page: format.number(page), pages: format.number(pages) })}
        {' · '}
        {t('pagination.summary', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(total),
        })}
      </p>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
