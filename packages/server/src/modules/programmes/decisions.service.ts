import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { type DecisionMail, sendDecisionMail } from './decisions.mail.ts';
import { type DecisionRow, decisionRows, setDecision } from './decisions.repository.ts';
import type { DecisionInput } from './decisions.schema.ts';
import { byScore, seatBook } from './decisions.seats.ts';
import { auditProgrammes, editableProgramme } from './programmes.access.ts';
import { quotasOf } from './programmes.repository.ts';
import type { ApplicationStatus, Programme } from './programmes.table.ts';
import { closeUp } from './waitlist.ts';

// The organiser's decisions (ADR 0023 "Reviews, scores and decisions"), in one transaction under
// the programme's row lock: acceptances in score order while the capacity and the quotas allow,
// the rest of them waitlisted (`overflow`); the waitlist keeps its earlier members first and adds
// the new ones in score order, positions 1..n; each decided applicant gets a mail.

const DECIDABLE = new Set(['submitted', 'under_review', 'waitlisted']);
const LISTS = ['accept', 'waitlist', 'reject'] as const;

/** The rows of each list, checked: known, decidable, named once. @throws AppError VALIDATION_FAILED */
function chosenRows(rows: readonly DecisionRow[], input: DecisionInput) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  const chosen = Object.fromEntries(
    LISTS.map((list) => [
      list,
      input[list].flatMap((id, i) => {
        const row = byId.get(id);
        const path = `body.${list}.${i}`;
        if (seen.has(id)) problems.push({ path, message: 'is named more than once' });
        else if (!row) problems.push({ path, message: 'is not an application to this programme' });
        else if (!DECIDABLE.has(row.status))
          problems.push({ path, message: `is ${row.status}; not decidable` });
        seen.add(id);
        return row && DECIDABLE.has(row.status) ? [row] : [];
      }),
    ]),
  ) as Record<(typeof LISTS)[number], DecisionRow[]>;
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', 'Some decisions are not valid.', { errors: problems });
  if (input.auto) {
    const undecided = rows.filter(
      (r) => r.status !== 'waitlisted' && DECIDABLE.has(r.status) && !seen.has(r.id),
    );
    chosen.accept.push(...undecided);
  }
  return { chosen, named: new Set([...seen, ...chosen.accept.map((r) => r.id)]) };
}

/** The decision in memory: who is accepted, the new waitlist in order, who is rejected. */
async function plan(trx: Kysely<Database>, programme: Programme, input: DecisionInput) {
  const rows = await decisionRows(trx, programme.id);
  const { chosen, named } = chosenRows(rows, input);
  const seated = rows.filter((r) => r.status === 'accepted').map((r) => r.profile);
  const book = seatBook(programme.capacity, await quotasOf(trx, programme.id), seated);
  const accepted: DecisionRow[] = [];
  const overflow: DecisionRow[] = [];
  for (const row of [...chosen.accept].sort(byScore)) {
    if (book.fits(row.profile)) {
      book.take(row.profile);
      accepted.push(row);
    } else overflow.push(row);
  }
  const kept = rows
    .filter((r) => r.status === 'waitlisted' && !named.has(r.id))
    .sort((a, b) => (a.waitlist_position ?? 0) - (b.waitlist_position ?? 0));
  const added = [...chosen.waitlist, ...overflow].sort(byScore);
  return { accepted, overflow, kept, added, rejected: chosen.reject };
}

/**
 * Applies the organiser's decisions on a programme's applications.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED (unknown, undecidable or repeated ids)
 */
export async function decide(deps: AppDeps, ctx: RequestContext, programmeId: string, input: DecisionInput) {
  return deps.db.transaction().execute(async (trx) => {
    const programme = await editableProgramme(trx, ctx.actor, programmeId);
    const p = await plan(trx, programme, input);
    const write = async (
      row: DecisionRow,
      status: ApplicationStatus,
      position: number | null,
      mail: DecisionMail,
    ) => {
      await setDecision(trx, row.id, { status, position, decided: true });
      await sendDecisionMail(trx, deps.config.publicUrl, { application: row, programme }, mail);
      await auditProgrammes(trx, ctx, { type: 'application', id: row.id }, 'application.decided', {
        before: { status: row.status, position: row.waitlist_position },
        after: { status, position },
      });
    };
    for (const row of p.accepted) await write(row, 'accepted', null, { kind: 'accepted' });
    for (const row of p.rejected) await write(row, 'rejected', null, { kind: 'rejected' });
    await closeUp(trx, p.kept);
    for (const [i, row] of p.added.entries()) {
      const position = p.kept.length + i + 1;
      await write(row, 'waitlisted', position, { kind: 'waitlisted', position });
    }
    const result = {
      accepted: p.accepted.map((r) => r.id),
      waitlisted: [...p.kept, ...p.added].map((r, i) => ({ id: r.id, position: i + 1 })),
      rejected: p.rejected.map((r) => r.id),
      overflow: p.overflow.map((r) => r.id),
    };
    await auditProgrammes(trx, ctx, { type: 'programme', id: programmeId }, 'programme.decided', {
      after: { ...result, auto: input.auto ?? false },
    });
    return result;
  });
}
