import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccessToken, type CreatedToken, listTokens, revokeToken } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenPanel } from './NewTokenPanel';

/** Personal access tokens: list, create (secret shown once), revoke after confirmation. */
export function TokensSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useAsync(listTokens, []);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [toRevoke, setToRevoke] = useState<AccessToken | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function handleCreated(result: CreatedToken) {
    setCreated(result);
    setOutcome(null);
    tokens.reload();
  }

  async function handleRevoke() {
    if (!toRevoke) return;
    setBusy(true);
    try {
      await revokeToken(toRevoke.id);
      setOutcome({ tone: 'success', text: t('account.tokens.revoked', { name: toRevoke.name }) });
      tokens.reload();
    } catch (e) {
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
      setToRevoke(null);
    }
  }

  const columns: Column<AccessToken>[] = [
    { key: 'name', header: t('account.tokens.columns.name'), render: (row) => row.name },
    {
      key: 'prefix',
      header: t('account.tokens.columns.prefix'),
      render: (row) => <code>{row.prefix}…</code>,
    },
    {
      key: 'created',
      header: t('account.tokens.columns.created'),
      render: (row) => format.dateTime(row.createdAt),
    },
    {
      key: 'lastUsed',
      header: t('account.tokens.columns.lastUsed'),
      render: (row) => (row.lastUsedAt ? format.dateTime(row.lastUsedAt) : t('account.tokens.never')),
    },
    {
      key: 'expires',
      header: t('account.tokens.columns.expires'),
      render: (row) => (row.expiresAt ? format.dateTime(row.expiresAt) : t('account.tokens.noExpiry')),
    },
    {
      key: 'actions',
      header: t('account.tokens.columns.actions'),
      render: (row) => (
        <button
          type="button"
          className="button button-small button-danger-outline"
          aria-label={t('account.tokens.revokeLabel', { name: row.name })}
          onClick={() => setToRevoke(row)}
        >
          {t('account.tokens.revoke')}
        </button>
      ),
    },
  ];

  return (
    <section aria-labelledby="tokens-heading" className="card section">
      <h2 id="tokens-heading">{t('account.tokens.heading')}</h2>
      <p>{t('account.tokens.intro')}</p>
      {created ? <NewTokenPanel created={created} onDone={() => setCreated(null)} /> : null}
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      {tokens.loading && !tokens.data ? <Loading /> : null}
      {tokens.error ? <LoadError error={tokens.error} onRetry={tokens.reload} /> : null}
      {tokens.data ? (
        <DataTable
          caption={t('account.tokens.caption')}
          columns={columns}
          rows={tokens.data.items}
          rowKey={(row) => row.id}
          emptyMessage={t('account.tokens.empty')}
          testId="tokens-table"
        />
      ) : null}
      <CreateTokenForm onCreated={handleCreated} />
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('account.tokens.confirmTitle')}
        body={t('account.tokens.confirmBody', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('account.tokens.revoke')}
        busy={busy}
        onConfirm={handleRevoke}
        onCancel={() => setToRevoke(null)}
      />
    </section>
  );
}
