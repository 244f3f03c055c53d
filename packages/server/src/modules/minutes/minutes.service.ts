import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, type FieldError, forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  type MinutesContext,
  meetingContext,
  paragraphsOf,
  readableMinutesOfEvent,
  requireCurrentVersion,
  requireEditor,
  requireStatus,
  writableMinutes,
} from './minutes.context.ts';
import { presentMinutes } from './minutes.presenter.ts';
import {
  findMinutesOfEvent,
  insertMinutes,
  insertVersion,
  listAmendments,
  listComments,
  updateMinutes,
} from './minutes.repository.ts';
import type { MinutesCreate, MinutesEdit } from './minutes.schema.ts';
import type { Minutes, Paragraph, VersionReason } from './minutes.table.ts';

/** Who wrote something, as versions, comments and amendments keep it. */
export function authorOf(ctx: RequestContext) {
  const actor = ctx.actor;
  return actor.kind === 'account'
    ? { author_account_id: actor.accountId, author_label: actor.displayName }
    : { author_account_id: null, author_label: 'system' };
}

/** The minutes as the API shows them to the caller of `context`. */
export async function viewOf(db: Kysely<Database>, context: Omit<MinutesContext, 'minutes'>, m: Minutes) {
  const [paragraphs, comments, amendments] = await Promise.all([
    paragraphsOf(db, m.id, m.version),
    listComments(db, m.id),
    listAmendments(db, m.id),
  ]);
  return presentMinutes(m, paragraphs, { ...context, comments, amendments });
}

/** The minutes of an event as the caller may see them. @throws AppError NOT_FOUND */
export async function showMinutes(deps: AppDeps, ctx: RequestContext, eventId: string) {
  const context = await readableMinutesOfEvent(deps.db, ctx.actor, eventId);
  return viewOf(deps.db, context, context.minutes);
}

const invalid = (errors: FieldError[]) =>
  new AppError('VALIDATION_FAILED', 'The minutes are not acceptable.', { errors });

/**
 * Paragraphs as written, checked against the current ones: known ids keep theirs, new paragraphs
 * get one, text only in the minutes' languages, empty text left out.
 * @throws AppError VALIDATION_FAILED
 */
export function normaliseParagraphs(
  input: MinutesEdit['paragraphs'],
  current: readonly Paragraph[],
  languages: readonly string[],
): Paragraph[] {
  const known = new Set(current.map((p) => p.id));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const out = input.map((p, i) => {
    if (p.id && (!known.has(p.id) || seen.has(p.id))) {
      errors.push({ path: `body.paragraphs.${i}.id`, message: 'is not a paragraph of these minutes' });
    }
    if (p.id) seen.add(p.id);
    for (const lang of Object.keys(p.text)) {
      if (!languages.includes(lang)) {
        errors.push({
          path: `body.paragraphs.${i}.text.${lang}`,
          message: 'is not a language of the minutes',
        });
      }
    }
    const text = Object.fromEntries(Object.entries(p.text).filter(([, v]) => v !== ''));
    return { id: p.id ?? randomUUID(), text };
  });
  if (errors.length) throw invalid(errors);
  return out;
}

/** Stores version `number` and records who, when and why. */
export async function writeVersion(
  trx: Kysely<Database>,
  ctx: RequestContext,
  m: Minutes,
  version: {
    number: number;
    reason: VersionReason;
    note?: string | null;
    paragraphs: Paragraph[];
    amendmentId?: string;
  },
) {
  return insertVersion(trx, {
    minutes_id: m.id,
    number: version.number,
    reason: version.reason,
    note: version.note ?? null,
    paragraphs: version.paragraphs,
    languages: m.languages,
    amendment_id: version.amendmentId ?? null,
    ...authorOf(ctx),
  });
}

/**
 * Starts the minutes of an event as a draft (version 1), in the languages given or else those of
 * the event's title. Only the event's editors.
 * @throws AppError NOT_FOUND; FORBIDDEN; ALREADY_EXISTS; VALIDATION_FAILED
 */
export async function createMinutes(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  input: MinutesCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const context = await meetingContext(trx, ctx.actor, eventId);
    if (!context.part.editor) throw forbidden('Only the event’s editors may start its minutes.');
    if (await findMinutesOfEvent(trx, eventId)) {
      throw new AppError('ALREADY_EXISTS', 'This event already has minutes.');
    }
    const languages = [...new Set(input.languages ?? Object.keys(context.meeting.title))];
    const paragraphs = normaliseParagraphs(input.paragraphs, [], languages);
    const m = await insertMinutes(trx, eventId, languages);
    await writeVersion(trx, ctx, m, { number: 1, reason: 'created', paragraphs });
    await recordAudit(trx, ctx, {
      action: 'minutes.created',
      entityType: 'minutes',
      entityId: m.id,
      after: { eventId, status: m.status, version: 1, languages },
    });
    return viewOf(trx, context, m);
  });
}

const sameText = (a: Paragraph[], b: Paragraph[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the text (and possibly the languages) of draft or circulated minutes with a new
 * version, if it is based on the current one; an edit that changes nothing makes no version.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; MINUTES_VERSION_CONFLICT; VALIDATION_FAILED
 */
export async function editMinutes(deps: AppDeps, ctx: RequestContext, id: string, input: MinutesEdit) {
  return deps.db.transaction().execute(async (trx) => {
    const context = await writableMinutes(trx, ctx.actor, id);
    requireEditor(context);
    const m = context.minutes;
    requireStatus(m, ['draft', 'circulated'], 'edited (adopted minutes are frozen)');
    requireCurrentVersion(m, input.baseVersion);
    const current = await paragraphsOf(trx, m.id, m.version);
    const languages = input.languages ? [...new Set(input.languages)] : m.languages;
    const paragraphs = normaliseParagraphs(input.paragraphs, current, languages);
    if (sameText(paragraphs, current) && languages.join() === m.languages.join()) {
      return viewOf(trx, context, m);
    }
    const next = await updateMinutes(trx, m.id, { version: m.version + 1, languages });
    await writeVersion(trx, ctx, next, {
      number: next.version,
      reason: 'edit',
      note: input.note,
      paragraphs,
    });
    await recordAudit(trx, ctx, {
      action: 'minutes.edited',
      entityType: 'minutes',
      entityId: m.id,
      before: { version: m.version, languages: m.languages },
      after: { version: next.version, languages, note: input.note ?? null },
    });
    return viewOf(trx, context, next);
  });
}
