import type { AppDeps } from '../../app-deps.ts';
import { renderPrintableHtml } from '../../lib/pdf/html.ts';
import { renderPdf } from '../../lib/pdf/pdf.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { CONTENT_TYPES } from '../imports/exports.format.ts';
import { attachmentDisposition } from '../files/files.names.ts';
import { reportDocument, reportMeta, spreadsheetTables } from './reports.document.ts';
import { reportCsv, reportXlsx } from './reports.files.ts';
import { reportLabels } from './reports.labels.ts';
import { countryNames, organisationNameIn } from './reports.repository.ts';
import type { ReportExportQuery, ReportFormat } from './reports.schema.ts';
import { networkReport, organisationReport } from './reports.service.ts';
import { networkContent, organisationContent } from './reports.content.ts';
import type { ReportContent, Writing } from './reports.tables.ts';

// The reports as files: one printable document rendered as PDF or printable HTML, or its tables as
// CSV or XLSX, with labels in the language asked for. Every export is audited.

/** An exported report: its bytes, type and Content-Disposition. */
export interface ReportFile {
  body: Buffer | string;
  contentType: string;
  disposition: string;
}

const TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: CONTENT_TYPES.csv,
  xlsx: CONTENT_TYPES.xlsx,
};

async function render(
  content: ReportContent,
  format: ReportFormat,
  writing: Writing,
  meta: { label: string; value: string }[],
) {
  if (format === 'csv') return reportCsv(spreadsheetTables(content));
  if (format === 'xlsx') return reportXlsx(spreadsheetTables(content));
  const document = reportDocument(content, writing.lang, meta);
  const pageLabel = writing.labels.page;
  return format === 'pdf' ? renderPdf(document, { pageLabel }) : renderPrintableHtml(document, { pageLabel });
}

/** A file name such as `report-2019-DSK-az.pdf` (letters of any script kept; the header encodes them). */
function fileOf(stem: string, year: number, lang: string, format: ReportFormat) {
  const name = `report-${year}-${stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}-${lang}.${format}`;
  const disposition = attachmentDisposition(name);
  return format === 'html' ? disposition.replace(/^attachment/, 'inline') : disposition;
}

/**
 * An organisation's yearly report as a file in `query.format` and `query.lang`, audited
 * (`report.exported` on the organisation).
 * @throws AppError NOT_FOUND when the organisation does not exist or the actor may not read it
 */
export async function exportOrganisationReport(
  deps: AppDeps,
  ctx: RequestContext,
  orgId: string,
  query: ReportExportQuery,
): Promise<ReportFile> {
  const report = await organisationReport(deps, ctx.actor, orgId, query.year);
  const { lang, format } = query;
  const codes = report.events.flatMap((e) => (e.countryCode ? [e.countryCode] : []));
  const [countries, fullName] = await Promise.all([
    countryNames(deps.db, codes, lang),
    organisationNameIn(deps.db, orgId, lang),
  ]);
  const writing = { labels: reportLabels(lang), lang, countries };
  const name = fullName || report.organisation.name;
  const content = organisationContent({ ...report, organisation: { ...report.organisation, name } }, writing);
  const body = await render(content, format, writing, reportMeta(writing.labels, report.year, name));
  await recordAudit(deps.db, ctx, {
    action: 'report.exported',
    entityType: 'organisation',
    entityId: orgId,
    after: { report: 'organisation', year: report.year, lang, format },
  });
  return {
    body,
    contentType: TYPES[format],
    disposition: fileOf(report.organisation.name, report.year, lang, format),
  };
}

/** The network's yearly report as a file in `query.format` and `query.lang`, audited (`report.exported`). */
export async function exportNetworkReport(
  deps: AppDeps,
  ctx: RequestContext,
  query: ReportExportQuery,
): Promise<ReportFile> {
  const { lang, format } = query;
  const report = await networkReport(deps, ctx.actor, query.year, lang);
  const writing = { labels: reportLabels(lang), lang, countries: new Map<string, string>() };
  const content = networkContent(report, writing);
  const body = await render(content, format, writing, reportMeta(writing.labels, report.year));
  await recordAudit(deps.db, ctx, {
    action: 'report.exported',
    entityType: 'report',
    entityId: null,
    after: { report: 'network', year: report.year, lang, format },
  });
  return { body, contentType: TYPES[format], disposition: fileOf('network', report.year, lang, format) };
}
