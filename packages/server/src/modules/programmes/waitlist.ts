import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { sendDecisionMail } from './decisions.mail.ts';
import { type DecisionRow, decisionRows, setDecision } from './decisions.repository.ts';
import { seatBook } from './decisions.seats.ts';
import { auditProgrammes } from './programmes.access.ts';
import { quotasOf } from './programmes.repository.ts';
import type { Programme } from './programmes.table.ts';

// The waitlist (ADR 0023 "Reviews, scores and decisions"): positions 1..n without gaps. When an
// accepted applicant withdraws, the first waitlisted applicant who fits the capacity and the quotas
// is accepted (mail "waitlist movement") and the positions close up. Callers hold the programme's
// row lock, so two withdrawals at once move the list one after the other.

/** Renumbers the waitlisted rows 1..n in the given order (only positions that change are written). */
export async function closeUp(trx: Kysely<Database>, waitlisted: readonly DecisionRow[]) {
  for (const [i, row] of waitlisted.entries()) {
    if (row.waitlist_position !== i + 1) await setDecision(trx, row.id, { position: i + 1 });
  }
}

/**
 * After a withdrawal from `programme` (whose row the caller has locked): when an accepted place
 * was freed, accepts the first waitlisted applicant who fits; then closes the list up.
 * @returns the id of the application moved up, if any
 */
export async function moveWaitlistUp(
  deps: AppDeps,
  trx: Kysely<Database>,
  ctx: RequestContext,
  programme: Programme,
  placeFreed: boolean,
): Promise<string | null> {
  const rows = await decisionRows(trx, programme.id);
  const accepted = rows.filter((r) => r.status === 'accepted').map((r) => r.profile);
  const book = seatBook(programme.capacity, await quotasOf(trx, programme.id), accepted);
  const waitlisted = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlist_position ?? 0) - (b.waitlist_position ?? 0));
  const next = placeFreed ? waitlisted.find((r) => book.fits(r.profile)) : undefined;
  if (next) {
    await setDecision(trx, next.id, { status: 'accepted', position: null, decided: true });
    await sendDecisionMail(trx, deps.config.publicUrl, { application: next, programme }, { kind: 'moved' });
    await auditProgrammes(trx, ctx, { type: 'application', id: next.id }, 'application.moved_up', {
      before: { status: 'waitlisted', position: next.waitlist_position },
      after: { status: 'accepted' },
    });
  }
  await closeUp(
    trx,
    waitlisted.filter((r) => r !== next),
  );
  return next?.id ?? null;
}

/**
 * What a withdrawal does to the waitlist (the caller holds the programme's row lock): a withdrawn
 * waitlisted applicant leaves its position, a withdrawn accepted one frees a place for the list.
 */
export async function afterWithdrawal(
  deps: AppDeps,
  trx: Kysely<Database>,
  ctx: RequestContext,
  programme: Programme,
  withdrawn: { id: string; status: string },
): Promise<void> {
  if (withdrawn.status !== 'accepted' && withdrawn.status !== 'waitlisted') return;
  await setDecision(trx, withdrawn.id, { position: null });
  await moveWaitlistUp(deps, trx, ctx, programme, withdrawn.status === 'accepted');
}
