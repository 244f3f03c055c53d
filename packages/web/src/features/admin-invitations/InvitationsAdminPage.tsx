import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Invitation, listInvitations, revokeInvitation } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { InviteForm } from './InviteForm';

const PAGE_SIZE = 20;

/** `/admin/invitations`: invite people and follow the invitations sent. */
export function InvitationsAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listInvitations({ limit: PAGE_SIZE, offset }), [offset]);
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  usePageTitle(t('invitations.title'));

  async function handleRevoke() {
    if (!toRevoke) return;
    setBusy(true);
    try {
      await revokeInvitation(toRevoke.id);
      setOutcome({ tone: 'success', text: t('invitations.revoked', { email: toRevoke.email }) });
      list.reload();
    } catch (e) {
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
      setToRevoke(null);
    }
  }

  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('invitations.columns.email'), render: (row) => row.email },
    { key: 'role', header: t('invitations.columns.role'), render: (row) => t(`roles.${row.role}`) },
    {
      key: 'organisation',
      header: t('invitations.columns.organisation'),
      render: (row) => row.organisation.name,
    },
    {
      key: 'status',
      header: t('invitations.columns.status'),
      render: (row) => (
        <span className={`status status-${row.status}`}>{t(`invitations.status.${row.status}`)}</span>
      ),
    },
    {
      key: 'created',
      header: t('invitations.columns.created'),
      render: (row) => format.dateTime(row.createdAt),
    },
    {
      key: 'expires',
      header: t('invitations.columns.expires'),
      render: (row) => format.dateTime(row.expiresAt),
    },
    {
      key: 'actions',
      header: t('invitations.columns.actions'),
      render: (row) =>
        row.status === 'pending' ? (
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={t('invitations.revokeLabel', { email: row.email })}
            onClick={() => setToRevoke(row)}
          >
            {t('invitations.revoke')}
          </button>
        ) : null,
    },
  ];

  return (
    <>
      <h1>{t('invitations.title')}</h1>
      <InviteForm
        onInvited={() => {
          if (offset === 0) list.reload();
          else setOffset(0);
        }}
      />
      <section aria-labelledby="invitations-list-heading" className="section">
        <h2 id="invitations-list-heading">{t('invitations.listHeading')}</h2>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        <PagedTable
          list={list}
          limit={PAGE_SIZE}
          offset={offset}
          onOffsetChange={setOffset}
          caption={t('invitations.caption')}
          columns={columns}
          rowKey={(row) => row.id}
          emptyMessage={t('invitations.empty')}
          testId="invitations-table"
        />
      </section>
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('invitations.confirmTitle')}
        body={t('invitations.confirmBody', { email: toRevoke?.email ?? '' })}
        confirmLabel={t('invitations.revoke')}
        busy={busy}
        onConfirm={handleRevoke}
        onCancel={() => setToRevoke(null)}
      />
    </>
  );
}
