import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SubmitButton } from '../../components/SubmitButton';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { FormSummary } from './FormSummary';
import { RecordFallback } from './RecordFallback';
import type { FormSubmit } from './use-form-submit';

/** The address of one record under its list (`/registry/places` + id). */
export function recordPath(listPath: string, id: string): string {
  return `${listPath}/${encodeURIComponent(id)}`;
}

interface RecordFormProps {
  /** The page's heading, also its title. */
  title: string;
  form: FormSubmit;
  /** The list the record belongs to (`/registry/places`); Cancel leads back to it. */
  listPath: string;
  /** The record being edited; Cancel then leads back to it instead of the list. */
  recordId?: string | undefined;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * The frame of a registry record's create or edit page: heading and page title, error summary,
 * the fields, and Save beside a Cancel link back to the record (or its list, for a new one).
 */
export function RecordForm({ title, form, listPath, recordId, children }: RecordFormProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <form className="form card" onSubmit={form.handleSubmit} noValidate>
        <FormSummary form={form} />
        {children}
        <div className="form-actions">
          <SubmitButton busy={form.busy} label={t('registry.form.save')} />
          <Link to={recordId ? recordPath(listPath, recordId) : listPath}>{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

interface RecordFormLoaderProps<T> {
  /** Loads the record named by the route's `:id`. */
  load: (id: string) => Promise<T>;
  /** The form: for a new record without `existing`, else once the record has loaded. */
  render: (existing?: T) => ReactNode;
}

/**
 * The page behind `…/new` and `…/:id/edit`: without an id it renders the empty form at once; with
 * one it loads the record first, showing progress or a retryable error meanwhile.
 */
export function RecordFormLoader<T>({ load, render }: RecordFormLoaderProps<T>) {
  const { id } = useParams();
  const existing = useAsync(() => (id ? load(id) : Promise.resolve(undefined)), [id]);
  if (!id) return render();
  if (!existing.data) return <RecordFallback error={existing.error} onRetry={existing.reload} />;
  return render(existing.data);
}
