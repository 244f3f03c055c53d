import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api';
import { getPlan, importPlan } from '../../api/plans';
import type { PlanDetail, PlanImportReport as Report } from '../../api/plans-types';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/use-format';
import { errorMessage } from '../../lib/error-message';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { RecordFallback } from '../registry/RecordFallback';
import { useRecord } from '../registry/use-record';
import { PlanImportReport } from './PlanImportReport';
import { planPath } from './paths';

const COLUMNS =
  'code, title_en … title_ru, responsible, supporting, countries, period_text, period_lang, status, progress, weight';

function ImportView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('plans.import.heading', { title: pickLocalized(plan.title, format.language) });
  usePageTitle(title);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  async function run(commit: boolean) {
    if (!file) return setMissing(true);
    setBusy(true);
    setError(undefined);
    try {
      setReport(await importPlan(plan.id, file, commit));
    } catch (e) {
      // A refused commit brings its report: show it, row by row.
      const refused = isApiError(e, 'IMPORT_INVALID') ? (e.details.report as Report | undefined) : undefined;
      if (refused && Array.isArray(refused.rows)) setReport(refused);
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const handleCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(false);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={planPath(plan.id)}>{pickLocalized(plan.title, format.language)}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('imports.intro')}</p>
      <form className="form card" onSubmit={handleCheck} noValidate>
        <FormField
          label={t('imports.file')}
          hint={t('plans.import.columnsHint', { columns: COLUMNS })}
          error={missing ? t('imports.chooseFile') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReport(null);
                setMissing(false);
              }}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('imports.checking') : t('imports.check')}
          </button>
        </div>
      </form>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {report ? (
        <section className="section" aria-labelledby="plan-import-report-heading">
          <h2 id="plan-import-report-heading">
            {report.committed ? t('imports.resultHeading') : t('imports.reportHeading')}
          </h2>
          {report.committed ? (
            <Alert tone="success" action={<Link to={planPath(plan.id)}>{t('plans.import.back')}</Link>}>
              {t('imports.committed')}
            </Alert>
          ) : report.summary.errors > 0 ? (
            <Alert tone="warning">{t('imports.cannotCommit')}</Alert>
          ) : (
            <p>
              <button type="button" className="button" disabled={busy} onClick={() => void run(true)}>
                {t('plans.import.apply')}
              </button>
            </p>
          )}
          <PlanImportReport
            report={report}
            caption={report.committed ? t('imports.resultCaption') : t('imports.reportCaption')}
          />
        </section>
      ) : null}
    </>
  );
}

/** `/plans/:id/import`: a CSV or XLSX file checked first (what each row would do), then applied. */
export function PlanImportPage() {
  const record = useRecord(getPlan);
  if (!record.data || record.data.id !== record.id)
    return <RecordFallback error={record.error} onRetry={record.reload} />;
  return <ImportView plan={record.data} />;
}
