import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type DuplicatePair, listDuplicates, mergeDuplicates } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Column } from '../../components/DataTable';
import { PagedTable } from '../../components/PagedTable';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';
import { useOffsetParam } from '../../lib/use-offset-param';
import { usePageTitle } from '../../lib/use-page-title';
import { recordPath } from '../search/record-path';
import { RegistryTabs } from '../registry/RegistryTabs';

const PAGE_SIZE = 25;
type PairType = 'person' | 'organisation';
type Ref = DuplicatePair['a'];

/** `/registry/duplicates`: likely duplicate pairs across scripts, and merging one into the other. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const type: PairType = params.get('type') === 'organisation' ? 'organisation' : 'person';
  const [offset, setOffset] = useOffsetParam();
  const list = useAsync(() => listDuplicates({ type, limit: PAGE_SIZE, offset }), [type, offset]);
  const [merge, setMerge] = useState<{ keep: Ref; drop: Ref } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  usePageTitle(t('duplicates.title'));

  async function handleMerge() {
    if (!merge) return;
    setBusy(true);
    try {
      await mergeDuplicates({ type, keepId: merge.keep.id, mergeId: merge.drop.id });
      setOutcome({
        tone: 'success',
        text: t('duplicates.merged', { keep: merge.keep.label, drop: merge.drop.label }),
      });
      list.reload();
    } catch (e) {
      setOutcome({ tone: 'error', text: errorMessage(t, e) });
    } finally {
      setBusy(false);
      setMerge(null);
    }
  }

  const keepButton = (keep: Ref, drop: Ref) => (
    <button
      type="button"
      className="button button-small button-secondary"
      aria-label={t('duplicates.keepLabel', { keep: keep.label, drop: drop.label })}
      onClick={() => setMerge({ keep, drop })}
    >
      {t('duplicates.keep', { name: keep.label })}
    </button>
  );

  const columns: Column<DuplicatePair>[] = [
    {
      key: 'a',
      header: t('duplicates.columns.first'),
      render: (row) => <Link to={recordPath(type, row.a.id)}>{row.a.label}</Link>,
    },
    {
      key: 'b',
      header: t('duplicates.columns.second'),
      render: (row) => <Link to={recordPath(type, row.b.id)}>{row.b.label}</Link>,
    },
    { key: 'matched', header: t('duplicates.columns.matched'), render: (row) => row.matched.join(' ≈ ') },
    {
      key: 'score',
      header: t('duplicates.columns.score'),
      className: 'numeric',
      render: (row) => format.number(Math.round(row.score * 100) / 100),
    },
    {
      key: 'merge',
      header: t('duplicates.columns.merge'),
      render: (row) => (
        <div className="button-row">
          {keepButton(row.a, row.b)}
          {keepButton(row.b, row.a)}
        </div>
      ),
    },
  ];

  return (
    <>
      <RegistryTabs />
      <h1>{t('duplicates.title')}</h1>
      <p className="lead">{t('duplicates.intro')}</p>
      <div className="toolbar">
        <label htmlFor="duplicates-type">{t('duplicates.type')}</label>
        <select
          id="duplicates-type"
          value={type}
          onChange={(e) => {
            setOutcome(null);
            setParams({ type: e.target.value });
          }}
        >
          <option value="person">{t('search.types.person')}</option>
          <option value="organisation">{t('search.types.organisation')}</option>
        </select>
      </div>
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      <PagedTable
        list={list}
        limit={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
        caption={t('duplicates.caption')}
        columns={columns}
        rowKey={(row) => `${row.a.id}:${row.b.id}`}
        emptyMessage={t('duplicates.empty')}
        testId="duplicates-table"
      />
      <ConfirmDialog
        open={merge !== null}
        title={t('duplicates.confirmTitle')}
        body={merge ? t('duplicates.confirmBody', { keep: merge.keep.label, drop: merge.drop.label }) : ''}
        confirmLabel={t('duplicates.merge')}
        busy={busy}
        onConfirm={handleMerge}
        onCancel={() => setMerge(null)}
      />
    </>
  );
}
