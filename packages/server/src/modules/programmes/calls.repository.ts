import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Call, CallQuestion, NewCall, NewCallQuestion } from './programmes.table.ts';

// Queries on calls for applications and their questions.

/** The calls of the programmes of `ids`, by programme. */
export async function callsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, Call>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('calls').selectAll().where('programme_id', 'in', ids).execute();
  return new Map(rows.map((c) => [c.programme_id, c]));
}

/** Creates or replaces a programme's call (its times). */
export async function upsertCall(db: Kysely<Database>, call: NewCall): Promise<void> {
  await db
    .insertInto('calls')
    .values(call)
    .onConflict((oc) =>
      oc.column('programme_id').doUpdateSet((eb) => ({
        opens_date: eb.ref('excluded.opens_date'),
        opens_time: eb.ref('excluded.opens_time'),
        closes_date: eb.ref('excluded.closes_date'),
        closes_time: eb.ref('excluded.closes_time'),
        time_zone: eb.ref('excluded.time_zone'),
        opens_at: eb.ref('excluded.opens_at'),
        closes_at: eb.ref('excluded.closes_at'),
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** The questions of a programme's call, in order. */
export async function questionsOf(db: Kysely<Database>, programmeId: string): Promise<CallQuestion[]> {
  return db
    .selectFrom('call_questions')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
}

/**
 * Replaces a call's questions: those with an id of the call are updated in place (their answers
 * stay), the others inserted, the missing ones deleted (with their answers).
 */
export async function replaceQuestions(
  db: Kysely<Database>,
  programmeId: string,
  questions: readonly (NewCallQuestion & { id?: string | undefined })[],
): Promise<void> {
  const keep = questions.flatMap((q) => (q.id ? [q.id] : []));
  let removed = db.deleteFrom('call_questions').where('programme_id', '=', programmeId);
  if (keep.length) removed = removed.where('id', 'not in', keep);
  await removed.execute();
  // Positions are unique per call: move the kept ones out of the way before renumbering.
  await db
    .updateTable('call_questions')
    .set((eb) => ({ position: eb('position', '+', 100_000) }))
    .where('programme_id', '=', programmeId)
    .execute();
  for (const { id, ...q } of questions) {
    if (id)
      await db
        .updateTable('call_questions')
        .set(q)
        .where('id', '=', id)
        .where('programme_id', '=', programmeId)
        .execute();
    else await db.insertInto('call_questions').values(q).execute();
  }
}

/** Does the programme have an application that was ever submitted (its form is then fixed)? */
export async function hasSubmittedApplication(db: Kysely<Database>, programmeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('submitted_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
