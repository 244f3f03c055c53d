import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  type MinutesContext,
  paragraphsOf,
  requireEditor,
  requireStatus,
  writableMinutes,
} from './minutes.context.ts';
import { canTakePart } from './minutes.policy.ts';
import { presentAmendment, presentComment } from './minutes.presenter.ts';
import {
  decideAmendment,
  findAmendment,
  insertAmendment,
  insertComment,
  updateMinutes,
} from './minutes.repository.ts';
import type { AmendmentCreate } from './minutes.schema.ts';
import { authorOf, viewOf, writeVersion } from './minutes.service.ts';

// What the delegations do with circulated minutes — comment on a paragraph, propose replacement
// text for one paragraph in one language — and what the editors do with the proposals.

const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The request is not acceptable.', { errors: [{ path, message }] });

/** Circulated minutes the caller may take part in. @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE */
async function participation(trx: Kysely<Database>, ctx: RequestContext, id: string) {
  const context = await writableMinutes(trx, ctx.actor, id);
  requireStatus(context.minutes, ['circulated'], 'commented on or amended');
  if (!canTakePart(context.part, context.minutes.status)) {
    throw forbidden('Only the meeting’s delegations and the minutes’ editors may take part.');
  }
  return context;
}

/** The paragraph `paragraphId` as it stood in version `baseVersion` (no later than the current one). */
async function paragraphAt(
  trx: Kysely<Database>,
  context: MinutesContext,
  paragraphId: string,
  baseVersion: number,
) {
  if (baseVersion > context.minutes.version)
    throw invalidField('body.baseVersion', 'is not a version of the minutes');
  const paragraph = (await paragraphsOf(trx, context.minutes.id, baseVersion)).find(
    (p) => p.id === paragraphId,
  );
  if (!paragraph) throw invalidField('body.paragraphId', 'is not a paragraph of that version');
  return paragraph;
}

/**
 * Adds a comment on a paragraph of circulated minutes, for the caller's delegation.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; VALIDATION_FAILED
 */
export async function addComment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { paragraphId: string; baseVersion: number; body: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const context = await participation(trx, ctx, id);
    await paragraphAt(trx, context, input.paragraphId, input.baseVersion);
    const comment = await insertComment(trx, {
      minutes_id: id,
      paragraph_id: input.paragraphId,
      version: input.baseVersion,
      body: input.body,
      delegation_id: context.part.delegationIds[0] ?? null,
      ...authorOf(ctx),
    });
    const view = presentComment(comment, context.delegations);
    await recordAudit(trx, ctx, {
      action: 'minutes.commented',
      entityType: 'minutes',
      entityId: id,
      after: view,
    });
    return view;
  });
}

/**
 * Proposes replacement text for one paragraph in one language of circulated minutes.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; VALIDATION_FAILED
 */
export async function proposeAmendment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: AmendmentCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const context = await participation(trx, ctx, id);
    if (!context.minutes.languages.includes(input.lang)) {
      throw invalidField('body.lang', 'is not a language of the minutes');
    }
    const paragraph = await paragraphAt(trx, context, input.paragraphId, input.baseVersion);
    if (paragraph.text[input.lang] === input.text)
      throw invalidField('body.text', 'is the text as it stands');
    const amendment = await insertAmendment(trx, {
      minutes_id: id,
      paragraph_id: input.paragraphId,
      lang: input.lang,
      base_version: input.baseVersion,
      text: input.text,
      motivation: input.motivation ?? null,
      delegation_id: context.part.delegationIds[0] ?? null,
      ...authorOf(ctx),
    });
    const view = presentAmendment(amendment, context.delegations);
    await recordAudit(trx, ctx, {
      action: 'minutes.amendment_proposed',
      entityType: 'minutes',
      entityId: id,
      after: view,
    });
    return view;
  });
}

/** An undecided amendment of circulated minutes, for their editor. */
async function openAmendment(trx: Kysely<Database>, ctx: RequestContext, id: string, amendmentId: string) {
  const context = await writableMinutes(trx, ctx.actor, id);
  requireEditor(context);
  requireStatus(context.minutes, ['circulated'], 'amended');
  const amendment = await findAmendment(trx, id, amendmentId);
  if (!amendment) throw notFound('The amendment');
  if (amendment.status !== 'proposed') {
    throw new AppError('MINUTES_WRONG_STATE', `The amendment is already ${amendment.status}.`, {
      extra: { status: amendment.status },
    });
  }
  return { context, amendment };
}

/**
 * Accepts an amendment: its text replaces the paragraph's in its language, as a new version.
 * Refused when that text has changed since the version the amendment was based on.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; AMENDMENT_OUTDATED
 */
export async function acceptAmendment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  amendmentId: string,
  input: { reason: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const { context, amendment } = await openAmendment(trx, ctx, id, amendmentId);
    const m = context.minutes;
    const current = await paragraphsOf(trx, id, m.version);
    const base = (await paragraphsOf(trx, id, amendment.base_version)).find(
      (p) => p.id === amendment.paragraph_id,
    );
    const target = current.find((p) => p.id === amendment.paragraph_id);
    if (!target || target.text[amendment.lang] !== base?.text[amendment.lang]) {
      throw new AppError(
        'AMENDMENT_OUTDATED',
        'The paragraph has changed since the amendment was proposed; reject it or ask for a new one.',
        { extra: { baseVersion: amendment.base_version, currentVersion: m.version } },
      );
    }
    const paragraphs = current.map((p) =>
      p.id === target.id ? { id: p.id, text: { ...p.text, [amendment.lang]: amendment.text } } : p,
    );
    const next = await updateMinutes(trx, id, { version: m.version + 1 });
    await writeVersion(trx, ctx, next, {
      number: next.version,
      reason: 'amendment_accepted',
      note: input.reason,
      paragraphs,
      amendmentId,
    });
    const decided = await decide(trx, ctx, context, amendmentId, 'accepted', input.reason, next.version);
    return { amendment: decided, minutes: await viewOf(trx, context, next) };
  });
}

/**
 * Rejects an amendment, with a reason; the text stays as it is.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE
 */
export async function rejectAmendment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  amendmentId: string,
  input: { reason: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const { context } = await openAmendment(trx, ctx, id, amendmentId);
    const decided = await decide(trx, ctx, context, amendmentId, 'rejected', input.reason, null);
    return { amendment: decided, minutes: await viewOf(trx, context, context.minutes) };
  });
}

async function decide(
  trx: Kysely<Database>,
  ctx: RequestContext,
  context: MinutesContext,
  amendmentId: string,
  status: 'accepted' | 'rejected',
  reason: string,
  resultVersion: number | null,
) {
  const author = authorOf(ctx);
  const row = await decideAmendment(trx, amendmentId, {
    status,
    reason,
    accountId: author.author_account_id,
    label: author.author_label,
    resultVersion,
  });
  const view = presentAmendment(row, context.delegations);
  await recordAudit(trx, ctx, {
    action: `minutes.amendment_${status}`,
    entityType: 'minutes',
    entityId: context.minutes.id,
    before: { amendmentId, status: 'proposed' },
    after: view,
  });
  return view;
}
