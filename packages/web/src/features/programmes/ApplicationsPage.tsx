import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { applicationsExportUrl, getProgramme, listApplications, postDecisions } from '../../api/programmes';
import type { Application, ProgrammeDetail } from '../../api/programmes-types';
import { Alert } from '../../components/Alert';
import { type Column, DataTable } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { ApplicationFilters, readFilter } from './ApplicationFilters';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { type Decision, decisionBody } from './decision-counts';
import { DecisionPanel } from './DecisionPanel';
import { applicationPath, programmePath } from './paths';

const DECISIONS: Decision[] = ['accept', 'waitlist', 'reject'];

function ApplicationsView({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const title = pickLocalized(programme.title, format.language);
  usePageTitle(t('programmes.applications.of', { title }));
  const query = {
    status: filter.status || undefined,
    country: filter.country || undefined,
    community: filter.community || undefined,
    minScore: filter.minScore ? Number(filter.minScore) : undefined,
  };
  const list = useAsync(
    () => listApplications(programme.id, { ...query, sort: 'score', limit: 200, offset: 0 }),
    [programme.id, filter.status, filter.country, filter.community, filter.minScore],
  );
  const [pending, setPending] = useState<Record<string, Decision>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const handleDecide = (id: string, decision: Decision | '') =>
    setPending(({ [id]: _, ...rest }) => (decision ? { ...rest, [id]: decision } : rest));
  const handleApply = async () => {
    setBusy(true);
    try {
      const result = await postDecisions(programme.id, decisionBody(pending));
      setPending({});
      setNotice({
        tone: 'success',
        text: t('programmes.decisions.done', {
          accepted: result.accepted.length,
          waitlisted: result.waitlisted.length,
          rejected: result.rejected.length,
        }),
      });
      list.reload();
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };
  const columns: Column<Application>[] = [
    {
      key: 'person',
      header: t('programmes.mine.person'),
      render: (a) => <Link to={applicationPath(a.id)}>{a.person.name}</Link>,
    },
    { key: 'by', header: t('programmes.applications.nominatedBy'), render: (a) => a.nominatedBy?.name ?? '' },
    {
      key: 'status',
      header: t('programmes.mine.status'),
      render: (a) => <ApplicationStatusBadge status={a.status} />,
    },
    {
      key: 'score',
      header: t('programmes.applications.score'),
      className: 'numeric',
      render: (a) => (a.score === null || a.score === undefined ? '' : format.number(a.score)),
    },
    {
      key: 'decide',
      header: t('programmes.decisions.decide'),
      render: (a) => (
        <select
          aria-label={t('programmes.decisions.decideFor', { name: a.person.name })}
          value={pending[a.id] ?? ''}
          disabled={a.status === 'draft' || a.status === 'withdrawn'}
          onChange={(e) => handleDecide(a.id, e.target.value as Decision | '')}
        >
          <option value="">{t('programmes.decisions.none')}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`programmes.decisions.${d}`)}
            </option>
          ))}
        </select>
      ),
    },
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(programme.id)}>{title}</Link>
      </p>
      <h1>{t('programmes.applications.of', { title })}</h1>
      <p>
        <Link to={`${programmePath(programme.id)}/attendance`}>{t('programmes.attendance.title')}</Link>
      </p>
      <ApplicationFilters
        value={filter}
        onChange={(next) =>
          setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v !== '')), { replace: true })
        }
      />
      <ul className="export-links" aria-label={t('programmes.applications.export')}>
        {(['applications', 'participants'] as const).flatMap((list) =>
          (['csv', 'xlsx'] as const).map((f) => (
            <li key={`${list}-${f}`}>
              <a
                className="button button-small button-secondary"
                href={applicationsExportUrl(programme.id, f, { ...query, lang: format.language }, list)}
                download
              >
                {t(`programmes.applications.download.${list}`, { format: f.toUpperCase() })}
              </a>
            </li>
          )),
        )}
      </ul>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <DataTable
            caption={t('programmes.applications.caption', { count: list.data.total })}
            columns={columns}
            rows={list.data.items}
            rowKey={(a) => a.id}
            emptyMessage={t('programmes.applications.empty')}
            testId="applications-table"
          />
          <DecisionPanel
            capacity={programme.capacity}
            quotas={programme.quotas}
            applications={list.data.items}
            pending={pending}
            busy={busy}
            onApply={handleApply}
          />
        </>
      ) : null}
    </>
  );
}

/** `/programmes/:id/applications`: the organiser's list, filters, exports and decisions. */
export function ApplicationsPage() {
  const record = useRecord(getProgramme);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ApplicationsView programme={record.data} />;
}
