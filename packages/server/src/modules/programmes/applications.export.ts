import type { Readable } from 'node:stream';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { attachmentDisposition } from '../files/files.names.ts';
import { CONTENT_TYPES, writeRows } from '../imports/exports.format.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { type ApplicationFilter, answersOf, listApplications } from './applications.repository.ts';
import { applicationViews, isReviewer } from './applications.views.ts';
import { questionsOf } from './calls.repository.ts';
import { contactsOfPeople, profilesOf } from './lists.repository.ts';
import { auditProgrammes, readableProgramme } from './programmes.access.ts';
import { applicationListAccess } from './programmes.policy.ts';

// The applicant and participant lists as CSV or XLSX (ADR 0023 "Lists and exports"). The
// programme's editors and the secretariat get the personal data (emails, phones, nominating body,
// answers); its reviewers get names, country, communities, status and scores only. Every export is
// audited on the programme, saying which list, how many rows and whether personal data went out.

const BASE = ['name', 'status', 'score', 'waitlist_position', 'country', 'communities'];
const PERSONAL = ['submitted_at', 'decided_at', 'nominated_by', 'account_email', 'emails', 'phones'];
const MAX_ROWS = 10_000;

/** Which list, in which format and language, filtered how. */
export interface ListExport {
  list: 'applications' | 'participants';
  format: 'csv' | 'xlsx';
  lang: string;
  filter: ApplicationFilter;
}

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.map(cell).join('; ')
      : value === true
        ? 'yes'
        : String(value);

/** The list's rows and columns, with the personal data when `personal`. */
async function listContent(
  db: AppDeps['db'],
  actor: Actor,
  programmeId: string,
  req: ListExport,
  personal: boolean,
) {
  const filter = { ...req.filter, submittedOnly: !personal, sort: 'score' as const };
  if (req.list === 'participants') filter.status = 'accepted';
  const found = await listApplications(db, { programmeId }, filter, { limit: MAX_ROWS, offset: 0 });
  const ids = found.items.map((a) => a.id);
  const [profiles, questions, contacts] = await Promise.all([
    profilesOf(db, ids),
    personal ? questionsOf(db, programmeId) : [],
    contactsOfPeople(db, personal ? found.items.map((a) => a.person_id) : []),
  ]);
  const views = await applicationViews(db, actor, found.items, false);
  const columns = [
    ...BASE,
    ...(personal ? PERSONAL : []),
    ...questions.map((q) => textIn(q.label, req.lang)),
  ];
  async function* rows() {
    for (const view of views) {
      const p = profiles.get(view.id);
      const row = [view.person.name, view.status, cell(view.score), cell(view.waitlistPosition)];
      row.push(p?.country ?? '', cell(p?.communities));
      if (personal) {
        const c = contacts.get(view.person.id);
        row.push(cell(view.submittedAt), cell(view.decidedAt), view.nominatedBy?.name ?? '');
        row.push(c?.account ?? '', cell(c?.emails), cell(c?.phones));
        const given = new Map((await answersOf(db, view.id)).map((a) => [a.question_id, a.value]));
        row.push(...questions.map((q) => cell(given.get(q.id))));
      }
      yield row;
    }
  }
  return { columns, rows: rows(), count: views.length };
}

/**
 * A programme's applicants (or accepted participants) as a file, for its editors and reviewers.
 * @throws AppError NOT_FOUND when the caller may not list the programme's applications
 */
export async function exportApplications(
  deps: AppDeps,
  ctx: RequestContext,
  programmeId: string,
  req: ListExport,
) {
  const { db } = deps;
  const programme = await readableProgramme(db, ctx.actor, programmeId);
  const access = applicationListAccess(ctx.actor, programme, await isReviewer(db, ctx.actor, programmeId));
  if (!access) throw notFound('The programme');
  const personal = access === 'full';
  const content = await listContent(db, ctx.actor, programmeId, req, personal);
  await auditProgrammes(db, ctx, { type: 'programme', id: programmeId }, 'programme.exported', {
    after: {
      list: req.list,
      format: req.format,
      rows: content.count,
      personalData: personal,
      filter: req.filter,
    },
  });
  const title = textIn(programme.title, req.lang).trim() || 'programme';
  return {
    disposition: attachmentDisposition(`${title} - ${req.list}.${req.format}`),
    contentType: CONTENT_TYPES[req.format],
    body: writeRows(req.format, content.columns, content.rows) as Readable,
  };
}
