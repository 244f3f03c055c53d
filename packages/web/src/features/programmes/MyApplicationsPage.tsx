import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { listMyApplications, withdrawApplication } from '../../api/programmes';
import type { Application } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { MY_MESSAGES_PATH } from '../messages/paths';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { CertificateLink } from './CertificateLink';
import { applyPath, programmePath } from './paths';

const WITHDRAWABLE = new Set(['draft', 'submitted', 'under_review', 'accepted', 'waitlisted']);

/** What the applicant may do with an application: withdraw it, download its certificate, answer the survey. */
function Actions({ row, onWithdraw }: { row: Application; onWithdraw: (row: Application) => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      {row.status === 'draft' ? (
        <Link
          className="button button-small"
          to={`${applyPath(row.programme.id)}?application=${encodeURIComponent(row.id)}`}
        >
          {t('programmes.call.continue')}
        </Link>
      ) : null}
      <CertificateLink application={row} />
      {WITHDRAWABLE.has(row.status) ? (
        <button
          type="button"
          className="button button-small button-danger-outline"
          onClick={() => onWithdraw(row)}
        >
          {t('programmes.mine.withdraw')}
        </button>
      ) : null}
    </div>
  );
}

/** `/me/applications`: the caller's applications with their status and what may be done next. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const list = useAsync(() => listMyApplications({ limit: 200, offset: 0 }), []);
  const [withdrawing, setWithdrawing] = useState<Application | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  usePageTitle(t('programmes.mine.title'));
  const handleConfirm = async () => {
    if (!withdrawing) return;
    setBusy(true);
    try {
      await withdrawApplication(withdrawing.id);
      setWithdrawing(null);
      list.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
      setWithdrawing(null);
    } finally {
      setBusy(false);
    }
  };
  const columns: Column<Application>[] = [
    {
      key: 'programme',
      header: t('programmes.mine.programme'),
      render: (row) => (
        <Link to={programmePath(row.programme.id)}>
          {pickLocalized(row.programme.title, format.language)}
        </Link>
      ),
    },
    { key: 'person', header: t('programmes.mine.person'), render: (row) => row.person.name },
    {
      key: 'status',
      header: t('programmes.mine.status'),
      render: (row) => (
        <>
          <ApplicationStatusBadge status={row.status} />
          {row.waitlistPosition
            ? ` ${t('programmes.mine.waitlist', { position: row.waitlistPosition })}`
            : ''}
        </>
      ),
    },
    {
      key: 'dates',
      header: t('programmes.mine.history'),
      render: (row) =>
        [
          row.submittedAt
            ? t('programmes.mine.submittedAt', { date: format.dateTime(row.submittedAt) })
            : null,
          row.decidedAt ? t('programmes.mine.decidedAt', { date: format.dateTime(row.decidedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ') || t('programmes.mine.notSubmitted'),
    },
    {
      key: 'actions',
      header: t('programmes.mine.actions'),
      render: (row) => <Actions row={row} onWithdraw={setWithdrawing} />,
    },
  ];
  return (
    <>
      <h1>{t('programmes.mine.title')}</h1>
      <p>
        <Link to={MY_MESSAGES_PATH}>{t('messages.title')}</Link>
      </p>
      {submitted ? <Alert tone="success">{t('programmes.apply.submitted')}</Alert> : null}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <DataTable
          caption={t('programmes.mine.caption')}
          columns={columns}
          rows={list.data.items}
          rowKey={(row) => row.id}
          emptyMessage={t('programmes.mine.empty')}
          testId="my-applications"
        />
      ) : null}
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('programmes.mine.withdrawTitle')}
        body={t('programmes.mine.withdrawBody')}
        confirmLabel={t('programmes.mine.withdraw')}
        busy={busy}
        onConfirm={handleConfirm}
        onCancel={() => setWithdrawing(null)}
      />
    </>
  );
}
