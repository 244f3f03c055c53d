import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listProgrammes } from '../../api/programmes';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { CallStatus } from './CallStatus';
import { MY_APPLICATIONS_PATH, PROGRAMMES_PATH, programmePath } from './paths';
import { ProgrammeWhen, usePlaceText } from './ProgrammeFacts';
import './programmes.css';

const PAGE_SIZE = 20;

/** `/programmes`: trainings, schools, forums and internships with their calls; "open calls only" in the address. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const placeText = usePlaceText();
  const [params, setParams] = useSearchParams();
  const open = params.get('open') === '1';
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listProgrammes({ limit: PAGE_SIZE, offset, open }), [offset, open]);
  usePageTitle(t('programmes.list.title'));
  const handleOpenChange = (checked: boolean) => {
    const next = new URLSearchParams(params);
    if (checked) next.set('open', '1');
    else next.delete('open');
    next.delete('offset');
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>{t('programmes.list.title')}</h1>
      <div className="button-row">
        {me ? (
          <Link to={MY_APPLICATIONS_PATH} className="button button-secondary">
            {t('programmes.mine.title')}
          </Link>
        ) : null}
        {hasAnyRole(me, EDITOR_ROLES) ? (
          <Link to={`${PROGRAMMES_PATH}/new`} className="button">
            {t('programmes.list.create')}
          </Link>
        ) : null}
      </div>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={open} onChange={(e) => handleOpenChange(e.target.checked)} />{' '}
          {t('programmes.list.openOnly')}
        </label>
      </p>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          {list.data.items.length === 0 ? <p>{t('programmes.list.empty')}</p> : null}
          <ul className="programme-list" data-testid="programme-list">
            {list.data.items.map((p) => (
              <li key={p.id} className="programme-card">
                <h2>
                  <Link to={programmePath(p.id)}>{pickLocalized(p.title, format.language)}</Link>
                </h2>
                <p className="muted">
                  {t(`programmes.kind.${p.kind}`)} · <ProgrammeWhen programme={p} />
                  {placeText(p) ? ` · ${placeText(p)}` : ''}
                </p>
                <p>
                  {[p.organiser?.name, ...p.supporters.map((s) => s.organisation.name)]
                    .filter(Boolean)
                    .join(', ')}
                </p>
                <p>
                  <CallStatus call={p.call} />
                </p>
              </li>
            ))}
          </ul>
          <Pagination total={list.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} />
        </>
      ) : null}
    </>
  );
}
