import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordPath, searchPath } from './record-path';
import { SearchCombobox } from './SearchCombobox';

/** The global search box of the header: picks open the record, Enter alone opens the results page. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <search className="header-search" aria-label={t('search.landmark')}>
      <SearchCombobox
        label={t('search.label')}
        hideLabel
        placeholder={t('search.placeholder')}
        clearOnChoose
        onChoose={(result) => navigate(recordPath(result.type, result.id))}
        onSubmit={(text) => navigate(searchPath(text))}
      />
    </search>
  );
}
