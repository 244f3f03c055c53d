import type { AppDeps } from '../../app-deps.ts';
import { renderPrintableHtml } from '../../lib/pdf/html.ts';
import { renderPdf } from '../../lib/pdf/pdf.ts';
import type { PrintableBlock, PrintableDocument } from '../../lib/pdf/printable.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { decisionsOfEvents } from '../meetings/decisions.repository.ts';
import { findSeries } from '../meetings/events.repository.ts';
import { decisionReference, meetingReference } from '../meetings/meetings.presenter.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { paragraphsOf, readableMinutes, requireStatus } from './minutes.context.ts';
import { exportLabels } from './minutes.labels.ts';

// Adopted minutes as one printable document (lib/pdf's model), rendered as a PDF or as printable
// HTML: the text of the adopted version in one language, the meeting's numbered decisions, and a
// signature line for each delegation.

/**
 * The printable document of adopted minutes in `lang` (the minutes' first language when they
 * lack it), the language used, and the file name.
 * @throws AppError NOT_FOUND; MINUTES_WRONG_STATE (not adopted)
 */
export async function minutesDocument(deps: AppDeps, ctx: RequestContext, id: string, wanted?: string) {
  const context = await readableMinutes(deps.db, ctx.actor, id);
  const { minutes: m, meeting } = context;
  requireStatus(m, ['adopted', 'locked'], 'exported before they are adopted');
  const lang = wanted && m.languages.includes(wanted) ? wanted : (m.languages[0] ?? 'en');
  const labels = exportLabels(lang);
  const [paragraphs, decisions, series] = await Promise.all([
    paragraphsOf(deps.db, m.id, m.version),
    decisionsOfEvents(deps.db, [meeting.id]),
    meeting.series_id ? findSeries(deps.db, meeting.series_id) : undefined,
  ]);
  const reference = meetingReference(series, meeting.number);
  const blocks: PrintableBlock[] = paragraphs.map((p) => ({ kind: 'paragraph', text: p.text[lang] ?? '' }));
  if (decisions.length) {
    blocks.push({ kind: 'heading', text: labels.decisions, level: 2 });
    blocks.push({
      kind: 'decisions',
      items: decisions.map((d) => ({
        number: decisionReference(reference, d.number),
        text: textIn(d.text, lang),
      })),
    });
  }
  const dates =
    meeting.start_date === meeting.end_date
      ? meeting.start_date
      : `${meeting.start_date} – ${meeting.end_date}`;
  const document: PrintableDocument = {
    lang,
    title: labels.title(textIn(meeting.title, lang)),
    ...(meeting.venue ? { subtitle: meeting.venue } : {}),
    meta: [
      { label: labels.date, value: dates },
      ...(reference ? [{ label: labels.reference, value: reference }] : []),
      { label: labels.status, value: labels.status_[m.status === 'locked' ? 'locked' : 'adopted'] },
      { label: labels.adopted, value: m.adopted_at?.toISOString().slice(0, 10) ?? '' },
      { label: labels.version, value: String(m.version) },
    ],
    blocks,
    signaturesTitle: labels.signatures,
    signatures: context.delegations.map((d) => ({ name: d.name ?? d.country_code ?? '' })),
    footer: labels.title(reference ?? textIn(meeting.title, lang)),
  };
  const fileName = `minutes-${reference ?? meeting.id.slice(0, 8)}-${lang}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return { document, lang, fileName, labels };
}

/** Adopted minutes as a PDF, audited as an export. @throws AppError NOT_FOUND; MINUTES_WRONG_STATE */
export async function exportMinutesPdf(deps: AppDeps, ctx: RequestContext, id: string, lang?: string) {
  const { document, fileName, labels, lang: used } = await minutesDocument(deps, ctx, id, lang);
  const body = await renderPdf(document, { pageLabel: labels.page });
  await recordAudit(deps.db, ctx, {
    action: 'minutes.exported',
    entityType: 'minutes',
    entityId: id,
    after: { format: 'pdf', lang: used },
  });
  return { body, fileName: `${fileName}.pdf` };
}

/** Adopted minutes as a printable HTML page, audited as an export. @throws AppError NOT_FOUND; MINUTES_WRONG_STATE */
export async function exportMinutesHtml(deps: AppDeps, ctx: RequestContext, id: string, lang?: string) {
  const { document, labels, lang: used } = await minutesDocument(deps, ctx, id, lang);
  await recordAudit(deps.db, ctx, {
    action: 'minutes.exported',
    entityType: 'minutes',
    entityId: id,
    after: { format: 'html', lang: used },
  });
  return renderPrintableHtml(document, { pageLabel: labels.page });
}
