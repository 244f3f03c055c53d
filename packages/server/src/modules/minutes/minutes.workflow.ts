import type { AppDeps } from '../../app-deps.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  type MinutesContext,
  paragraphsOf,
  requireCurrentVersion,
  requireEditor,
  requireStatus,
  writableMinutes,
} from './minutes.context.ts';
import { notifyCirculation } from './minutes.notify.ts';
import { listAmendments, updateMinutes } from './minutes.repository.ts';
import { viewOf, writeVersion } from './minutes.service.ts';
import type { Minutes, MinutesStatus } from './minutes.table.ts';

// The minutes' workflow: draft → circulated → adopted → locked (and adopted → circulated again,
// with a reason, until locked). Each step is one transaction on the locked row, audited.

type Step = (
  deps: AppDeps,
  ctx: RequestContext,
  context: MinutesContext,
  input: { baseVersion?: number; note?: string },
) => Promise<Minutes>;

async function runStep(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  step: { action: string; from: MinutesStatus[]; verb: string; run: Step },
  input: { baseVersion?: number; note?: string; reason?: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const context = await writableMinutes(trx, ctx.actor, id);
    requireEditor(context);
    const before = context.minutes;
    requireStatus(before, step.from, step.verb);
    if (input.baseVersion !== undefined) requireCurrentVersion(before, input.baseVersion);
    const after = await step.run({ ...deps, db: trx }, ctx, { ...context }, input);
    await recordAudit(trx, ctx, {
      action: step.action,
      entityType: 'minutes',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    return viewOf(trx, context, after);
  });
}

/**
 * Circulates draft minutes to the meeting's delegations and tells their people by mail, each in
 * their language.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; MINUTES_VERSION_CONFLICT
 */
export function circulateMinutes(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { baseVersion: number },
) {
  return runStep(
    deps,
    ctx,
    id,
    {
      action: 'minutes.circulated',
      from: ['draft'],
      verb: 'circulated',
      run: async (d, _ctx, context) => {
        const next = await updateMinutes(d.db, id, { status: 'circulated', circulated_at: new Date() });
        await notifyCirculation(d, { ...context, minutes: next });
        return next;
      },
    },
    input,
  );
}

/** Why circulated minutes are not ready to adopt: text missing in a language, amendments undecided. */
async function incompleteness(deps: AppDeps, m: Minutes): Promise<FieldError[]> {
  const paragraphs = await paragraphsOf(deps.db, m.id, m.version);
  const errors: FieldError[] = paragraphs.flatMap((p, i) =>
    m.languages
      .filter((lang) => !p.text[lang])
      .map((lang) => ({ path: `paragraphs.${i}.text.${lang}`, message: 'has no text' })),
  );
  if (!paragraphs.length) errors.push({ path: 'paragraphs', message: 'has no paragraph' });
  const pending = (await listAmendments(deps.db, m.id)).filter((a) => a.status === 'proposed');
  if (pending.length) errors.push({ path: 'amendments', message: `${pending.length} not decided` });
  return errors;
}

/**
 * Adopts circulated minutes: the text is frozen as a version of its own ('adopted'). Every
 * paragraph needs text in every language of the minutes and every amendment a decision.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; MINUTES_VERSION_CONFLICT; MINUTES_INCOMPLETE
 */
export function adoptMinutes(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { baseVersion: number; note?: string },
) {
  return runStep(
    deps,
    ctx,
    id,
    {
      action: 'minutes.adopted',
      from: ['circulated'],
      verb: 'adopted',
      run: async (d, c, context) => {
        const m = context.minutes;
        const errors = await incompleteness(d, m);
        if (errors.length) {
          throw new AppError('MINUTES_INCOMPLETE', 'The minutes are not ready to adopt.', { errors });
        }
        const next = await updateMinutes(d.db, id, {
          status: 'adopted',
          version: m.version + 1,
          adopted_at: new Date(),
        });
        const paragraphs = await paragraphsOf(d.db, id, m.version);
        await writeVersion(d.db, c, next, {
          number: next.version,
          reason: 'adopted',
          note: input.note,
          paragraphs,
        });
        return next;
      },
    },
    input,
  );
}

/**
 * Takes adopted minutes back to circulation (to correct them before they are locked), with a reason.
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE
 */
export function reopenMinutes(deps: AppDeps, ctx: RequestContext, id: string, input: { reason: string }) {
  return runStep(
    deps,
    ctx,
    id,
    {
      action: 'minutes.reopened',
      from: ['adopted'],
      verb: 'reopened',
      run: (d) => updateMinutes(d.db, id, { status: 'circulated', adopted_at: null }),
    },
    input,
  );
}

/**
 * Locks adopted minutes: from now on every write is refused (MINUTES_LOCKED).
 * @throws AppError NOT_FOUND; FORBIDDEN; MINUTES_LOCKED; MINUTES_WRONG_STATE; MINUTES_VERSION_CONFLICT
 */
export function lockMinutes(deps: AppDeps, ctx: RequestContext, id: string, input: { baseVersion: number }) {
  return runStep(
    deps,
    ctx,
    id,
    {
      action: 'minutes.locked',
      from: ['adopted'],
      verb: 'locked',
      run: (d) => updateMinutes(d.db, id, { status: 'locked', locked_at: new Date() }),
    },
    input,
  );
}
