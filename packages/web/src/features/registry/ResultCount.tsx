import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

/** "N records found", announced politely when the filters change; nothing while unknown. */
export function ResultCount({ total }: { total: number | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="result-count" role="status">
      {total === undefined ? '' : t('registry.found', { number: format.number(total) })}
    </p>
  );
}
