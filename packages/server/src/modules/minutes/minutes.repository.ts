import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  AmendmentStatus,
  Minutes,
  MinutesAmendment,
  MinutesComment,
  MinutesStatus,
  MinutesVersion,
  NewMinutesVersion,
  Paragraph,
} from './minutes.table.ts';

/** The minutes of an event, or undefined; `lock` takes the row for the rest of the transaction. */
export async function findMinutesOfEvent(
  db: Kysely<Database>,
  eventId: string,
  lock = false,
): Promise<Minutes | undefined> {
  const query = db.selectFrom('minutes').selectAll().where('event_id', '=', eventId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The minutes by id, or undefined; `lock` takes the row for the rest of the transaction. */
export async function findMinutes(
  db: Kysely<Database>,
  id: string,
  lock = false,
): Promise<Minutes | undefined> {
  const query = db.selectFrom('minutes').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Creates the minutes of an event (version 1 is written by the caller). */
export async function insertMinutes(
  db: Kysely<Database>,
  eventId: string,
  languages: string[],
): Promise<Minutes> {
  return db
    .insertInto('minutes')
    .values({ event_id: eventId, languages })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes the minutes' state columns (and `updated_at`); returns the new row. */
export async function updateMinutes(
  db: Kysely<Database>,
  id: string,
  changes: {
    status?: MinutesStatus;
    version?: number;
    languages?: string[];
    circulated_at?: Date;
    adopted_at?: Date | null;
    locked_at?: Date;
  },
): Promise<Minutes> {
  return db
    .updateTable('minutes')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Stores one version of the text. */
export async function insertVersion(
  db: Kysely<Database>,
  version: Omit<NewMinutesVersion, 'paragraphs'> & { paragraphs: Paragraph[] },
): Promise<MinutesVersion> {
  return db
    .insertInto('minutes_versions')
    .values({ ...version, paragraphs: JSON.stringify(version.paragraphs) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One version of the minutes by its number, or undefined. */
export async function findVersion(
  db: Kysely<Database>,
  minutesId: string,
  number: number,
): Promise<MinutesVersion | undefined> {
  return db
    .selectFrom('minutes_versions')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Every version of the minutes without its text, oldest first. */
export async function listVersions(db: Kysely<Database>, minutesId: string) {
  return db
    .selectFrom('minutes_versions')
    .select(['number', 'reason', 'note', 'amendment_id', 'author_account_id', 'author_label', 'created_at'])
    .where('minutes_id', '=', minutesId)
    .orderBy('number')
    .execute();
}

/** Adds a comment on a paragraph. */
export async function insertComment(
  db: Kysely<Database>,
  comment: Omit<MinutesComment, 'id' | 'created_at'>,
): Promise<MinutesComment> {
  return db.insertInto('minutes_comments').values(comment).returningAll().executeTakeFirstOrThrow();
}

/** Every comment on the minutes, oldest first. */
export async function listComments(db: Kysely<Database>, minutesId: string): Promise<MinutesComment[]> {
  return db
    .selectFrom('minutes_comments')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Adds a proposed amendment. */
export async function insertAmendment(
  db: Kysely<Database>,
  amendment: Pick<
    MinutesAmendment,
    | 'minutes_id'
    | 'paragraph_id'
    | 'lang'
    | 'base_version'
    | 'text'
    | 'motivation'
    | 'delegation_id'
    | 'author_account_id'
    | 'author_label'
  >,
): Promise<MinutesAmendment> {
  return db.insertInto('minutes_amendments').values(amendment).returningAll().executeTakeFirstOrThrow();
}

/** Every amendment of the minutes, oldest first. */
export async function listAmendments(db: Kysely<Database>, minutesId: string): Promise<MinutesAmendment[]> {
  return db
    .selectFrom('minutes_amendments')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One amendment of the minutes, or undefined. */
export async function findAmendment(
  db: Kysely<Database>,
  minutesId: string,
  id: string,
): Promise<MinutesAmendment | undefined> {
  return db
    .selectFrom('minutes_amendments')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Records the decision on an amendment; returns the new row. */
export async function decideAmendment(
  db: Kysely<Database>,
  id: string,
  decision: {
    status: Exclude<AmendmentStatus, 'proposed'>;
    reason: string;
    accountId: string | null;
    label: string;
    resultVersion: number | null;
  },
): Promise<MinutesAmendment> {
  return db
    .updateTable('minutes_amendments')
    .set({
      status: decision.status,
      decision_reason: decision.reason,
      decided_by_account_id: decision.accountId,
      decided_by_label: decision.label,
      decided_at: new Date(),
      result_version: decision.resultVersion,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
