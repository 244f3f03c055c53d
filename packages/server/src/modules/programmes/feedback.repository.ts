import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FeedbackQuestion, FeedbackResponse } from './attendance.table.ts';

// The feedback survey's questions and responses: the only place that queries them.

/** The survey's questions, in order. */
export async function feedbackQuestionsOf(
  db: Kysely<Database>,
  programmeId: string,
): Promise<FeedbackQuestion[]> {
  return db
    .selectFrom('feedback_questions')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
}

/** Replaces the survey's questions (kept ids stay). */
export async function replaceFeedbackQuestions(
  db: Kysely<Database>,
  programmeId: string,
  rows: readonly {
    id?: string | undefined;
    position: number;
    kind: FeedbackQuestion['kind'];
    label: string;
    help: string | null;
    required: boolean;
    options: string;
    validation: string;
  }[],
): Promise<void> {
  await db.deleteFrom('feedback_questions').where('programme_id', '=', programmeId).execute();
  if (!rows.length) return;
  await db
    .insertInto('feedback_questions')
    .values(rows.map((r) => ({ ...r, programme_id: programmeId })))
    .execute();
}

/** Stores a response unless the application already answered; the new row or undefined. */
export async function insertResponse(
  db: Kysely<Database>,
  row: { application_id: string; programme_id: string; answers: string },
) {
  return db
    .insertInto('feedback_responses')
    .values(row)
    .onConflict((oc) => oc.column('application_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The programme's responses, oldest first. */
export async function responsesOf(db: Kysely<Database>, programmeId: string): Promise<FeedbackResponse[]> {
  return db
    .selectFrom('feedback_responses')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('submitted_at')
    .orderBy('application_id')
    .execute();
}

/** The response of one application, if any. */
export async function responseOf(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('feedback_responses')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}
