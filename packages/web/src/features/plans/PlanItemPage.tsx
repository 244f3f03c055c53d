import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { deletePlanItem, getPlanItem, planItemHistory } from '../../api/plans';
import type { PlanItemDetail } from '../../api/plans-types';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { HistorySection } from '../registry/HistorySection';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { ItemFacts } from './ItemFacts';
import { ItemLinks } from './ItemLinks';
import { PlanItemRow } from './PlanItemRow';
import { PLANS_PATH, planItemPath, planPath } from './paths';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { ProgressUpdates } from './ProgressUpdates';
import './plans.css';

function ItemView({ item, onChanged }: { item: PlanItemDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();
  const title = pickLocalized(item.title, format.language);
  const description = pickLocalized(item.description, format.language);
  usePageTitle(`${item.code} ${title}`);
  const handlePosted = () => {
    setNotice(t('plans.updates.posted'));
    onChanged();
  };
  async function handleDelete() {
    try {
      await deletePlanItem(item.id);
      navigate(planPath(item.planId));
    } catch (e) {
      setDeleteError(e);
      setDeleting(false);
    }
  }
  return (
    <>
      <nav className="breadcrumb plan-breadcrumb" aria-label={t('plans.item.breadcrumb')}>
        <Link to={PLANS_PATH}>{t('plans.list.title')}</Link>{' '}
        <Link to={planPath(item.plan.id)}>{pickLocalized(item.plan.title, format.language)}</Link>
        {item.ancestors.map((a) => (
          <span key={a.id}>
            {' '}
            <Link to={planItemPath(a.id)}>
              {a.code} {pickLocalized(a.title, format.language)}
            </Link>
          </span>
        ))}
      </nav>
      <h1>
        <span className="plan-item-code">{item.code}</span> {title}
      </h1>
      {item.canEdit ? (
        <div className="button-row">
          <Link to={`${planItemPath(item.id)}/edit`} className="button button-secondary">
            {t('registry.edit')}
          </Link>
          <Link
            to={`${planPath(item.planId)}/items/new?parent=${encodeURIComponent(item.id)}`}
            className="button button-secondary"
          >
            {t('plans.item.addChild')}
          </Link>
          <button type="button" className="button button-danger-outline" onClick={() => setDeleting(true)}>
            {t('plans.item.delete')}
          </button>
        </div>
      ) : null}
      {deleteError ? <Alert tone="error">{errorMessage(t, deleteError)}</Alert> : null}
      {description ? <p className="lead">{description}</p> : null}
      <ItemFacts item={item} />
      <ItemLinks item={item} />
      {item.children.length > 0 ? (
        <section className="section" aria-labelledby="item-children-heading">
          <h2 id="item-children-heading">{t('plans.item.children')}</h2>
          <ul className="plan-list">
            {item.children.map((child) => (
              <li key={child.id}>
                <PlanItemRow item={child} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="item-updates-heading">
        <h2 id="item-updates-heading">{t('plans.updates.heading')}</h2>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {item.canUpdate ? (
          <ProgressUpdateForm key={item.updates} item={item} onPosted={handlePosted} />
        ) : null}
        <ProgressUpdates updates={item.progressUpdates} />
      </section>
      <HistorySection key={item.id} load={(page) => planItemHistory(item.id, page)} version={item.updates} />
      <ConfirmDialog
        open={deleting}
        title={t('plans.item.deleteTitle', { code: item.code })}
        body={t('plans.item.deleteBody')}
        confirmLabel={t('plans.item.delete')}
        onConfirm={() => void handleDelete()}
        onCancel={() => setDeleting(false)}
      />
    </>
  );
}

/** `/plan-items/:id`: an item with its facts, children, evidence and progress updates. */
export function PlanItemPage() {
  const record = useRecord(getPlanItem);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ItemView item={record.data} onChanged={record.reload} />;
}
