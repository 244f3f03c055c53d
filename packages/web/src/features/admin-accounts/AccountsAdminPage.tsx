import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAccounts, type ManagedAccount, withdrawRole } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';

const PAGE_SIZE = 25;

type Grant = ManagedAccount['roles'][number];

/** `/admin/accounts`: the accounts one may manage, their roles, and withdrawing a role. */
export function AccountsAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [text, setText] = useState(q);
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listAccounts({ limit: PAGE_SIZE, offset, q }), [offset, q]);
  const [toWithdraw, setToWithdraw] = useState<{ account: ManagedAccount; grant: Grant } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  usePageTitle(t('accounts.title'));

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  }

  const describe = (item: { account: ManagedAccount; grant: Grant }) => ({
    name: item.account.displayName,
    role: t(`roles.${item.grant.role}`),
    organisation: item.grant.organisation.name,
  });

  async function handleWithdraw() {
    if (!toWithdraw) return;
    setBusy(true);
    try {
      await withdrawRole(toWithdraw.account.id, toWithdraw.grant.id);
      setOutcome({ tone: 'success', text: t('accounts.withdrawn', describe(toWithdraw)) });
      list.reload();
    } catch (e) {
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
      setToWithdraw(null);
    }
  }

  const columns: Column<ManagedAccount>[] = [
    {
      key: 'name',
      header: t('accounts.columns.name'),
      render: (row) => (
        <>
          {row.displayName}
          <span className="other-names">{row.email}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('accounts.columns.status'),
      render: (row) => (
        <StatusBadge tone={`account-${row.status}`}>{t(`accounts.status.${row.status}`)}</StatusBadge>
      ),
    },
    {
      key: 'roles',
      header: t('accounts.columns.roles'),
      render: (row) =>
        row.roles.length === 0 ? (
          <span className="muted">{t('accounts.noRoles')}</span>
        ) : (
          <ul className="plain-list grant-list">
            {row.roles.map((grant) => (
              <li key={grant.id}>
                {t('home.roleInOrganisation', {
                  role: t(`roles.${grant.role}`),
                  organisation: grant.organisation.name,
                })}{' '}
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={t('accounts.withdrawLabel', describe({ account: row, grant }))}
                  onClick={() => setToWithdraw({ account: row, grant })}
                >
                  {t('accounts.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'lastSignIn',
      header: t('accounts.columns.lastSignIn'),
      render: (row) => (row.lastSignInAt ? format.dateTime(row.lastSignInAt) : t('accounts.never')),
    },
  ];

  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p className="lead">{t('accounts.intro')}</p>
      <search aria-label={t('accounts.searchLabel')}>
        <form className="form filters card" onSubmit={handleSearch}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="accounts-q">{t('accounts.search')}</label>
              <input id="accounts-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('accounts.searchSubmit')}
            </button>
          </div>
        </form>
      </search>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('accounts.caption')}
        columns={columns}
        rowKey={(row) => row.id}
        emptyMessage={t('accounts.empty')}
        testId="accounts-table"
      />
      <ConfirmDialog
        open={toWithdraw !== null}
        title={t('accounts.confirmTitle')}
        body={toWithdraw ? t('accounts.confirmBody', describe(toWithdraw)) : ''}
        confirmLabel={t('accounts.withdraw')}
        busy={busy}
        onConfirm={handleWithdraw}
        onCancel={() => setToWithdraw(null)}
      />
    </>
  );
}
