import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commitImport,
  dryRunImport,
  type ImportReport,
  IMPORT_TYPES,
  type ImportType,
  isApiError,
} from '../../api';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/use-page-title';
import { RegistryTabs } from '../registry/RegistryTabs';
import { canCommit, type Decisions, initialDecisions, reportFromProblem } from './import-decisions';
import { ImportReportTable } from './ImportReportTable';
import { ImportSummary } from './ImportSummary';

/** The columns each import understands, the required one first (docs/api/registry.md). */
const IMPORT_COLUMNS: Record<ImportType, string[]> = {
  people: ['full_name', 'other_names', 'organisation', 'position', 'country', 'email'],
  organisations: ['name', 'other_names', 'abbreviation', 'kind', 'country', 'city', 'parent'],
  places: ['name', 'other_names', 'country', 'kind'],
};

type Stage =
  | { kind: 'choose' }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'done'; report: ImportReport };

/**
 * `/registry/import`: choose a record type and a CSV/XLSX file, read the dry-run report, decide what
 * to do with each likely duplicate, then commit (all or nothing) and see the result.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [type, setType] = useState<ImportType>('people');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [decisions, setDecisions] = useState<Decisions>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  usePageTitle(t('imports.title'));

  async function handleCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError(t('imports.chooseFile'));
      return;
    }
    setFileError(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const report = await dryRunImport(type, file);
      setDecisions(initialDecisions(report));
      setStage({ kind: 'checked', report });
    } catch (e) {
      setError(errorMessage(t, e));
      setStage({ kind: 'choose' });
    } finally {
      setBusy(false);
    }
  }

  async function handleCommit() {
    if (!file) return;
    setError(undefined);
    setBusy(true);
    try {
      setStage({ kind: 'done', report: await commitImport(type, file, decisions) });
    } catch (e) {
      const report = isApiError(e, 'IMPORT_INVALID') ? reportFromProblem(e.details) : null;
      if (report) setStage({ kind: 'checked', report });
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  function handleRestart() {
    setStage({ kind: 'choose' });
    setFile(null);
    setDecisions({});
    setError(undefined);
  }

  return (
    <>
      <RegistryTabs />
      <h1>{t('imports.title')}</h1>
      <p className="lead">{t('imports.intro')}</p>
      <form className="form card" onSubmit={handleCheck} noValidate aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">{t('imports.fileHeading')}</h2>
        <fieldset className="radio-group">
          <legend>{t('imports.type')}</legend>
          {IMPORT_TYPES.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="import-type"
                value={value}
                checked={type === value}
                disabled={stage.kind !== 'choose'}
                onChange={() => setType(value)}
              />
              {t(`imports.types.${value}`)}
            </label>
          ))}
        </fieldset>
        <p className="field-hint">{t('imports.columnsHint', { columns: IMPORT_COLUMNS[type].join(', ') })}</p>
        <div className={fileError ? 'field field-invalid' : 'field'}>
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? 'import-file-error' : undefined}
            aria-invalid={fileError ? true : undefined}
            disabled={stage.kind !== 'choose'}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {fileError ? (
            <p className="field-error" id="import-file-error">
              {fileError}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          {stage.kind === 'choose' ? (
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('imports.checking') : t('imports.check')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={handleRestart}>
              {t('imports.another')}
            </button>
          )}
        </div>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {stage.kind !== 'choose' ? (
        <section className="section" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading">
            {stage.kind === 'done' ? t('imports.resultHeading') : t('imports.reportHeading')}
          </h2>
          {stage.kind === 'done' ? <Alert tone="success">{t('imports.committed')}</Alert> : null}
          <ImportSummary report={stage.report} />
          <ImportReportTable
            type={type}
            report={stage.report}
            decisions={decisions}
            onDecide={
              stage.kind === 'checked'
                ? (row, decision) => setDecisions((d) => ({ ...d, [row]: decision }))
                : undefined
            }
          />
          {stage.kind === 'checked' ? (
            <div className="form-actions section">
              {canCommit(stage.report) ? (
                <button type="button" className="button" disabled={busy} onClick={handleCommit}>
                  {busy ? t('form.saving') : t('imports.commit')}
                </button>
              ) : (
                <p className="muted">{t('imports.cannotCommit')}</p>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
