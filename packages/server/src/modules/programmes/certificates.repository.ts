import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Certificate } from './attendance.table.ts';

// Certificates of attendance: the only place that queries them. One per application and one per
// person and programme are unique constraints; the code is found by its unique index.

/** A new certificate's row. */
export interface NewCertificate {
  programme_id: string;
  application_id: string;
  person_id: string;
  code: string;
  holder_name: string;
  holder_latin: string;
  issued_by: string | null;
}

/** Inserts a certificate unless the person already holds one for the programme; the new row or undefined. */
export async function insertCertificate(db: Kysely<Database>, row: NewCertificate) {
  return db
    .insertInto('programme_certificates')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The programme's certificates, in the order issued. */
export async function certificatesOf(db: Kysely<Database>, programmeId: string): Promise<Certificate[]> {
  return db
    .selectFrom('programme_certificates')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('issued_at')
    .orderBy('holder_latin')
    .execute();
}

/** The certificate of an application, if any. */
export async function certificateOfApplication(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('programme_certificates')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

/** A certificate by id, locked until the transaction ends. */
export async function lockCertificate(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('programme_certificates')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The certificate with this verification code (by its unique index), if any. */
export async function certificateByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('programme_certificates').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Marks a certificate revoked. */
export async function revokeCertificateRow(
  db: Kysely<Database>,
  id: string,
  by: string | null,
  reason: string | null,
): Promise<Certificate> {
  return db
    .updateTable('programme_certificates')
    .set({ revoked_at: new Date(), revoked_by: by, revoke_reason: reason })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The certificates of these applications, by application id. */
export async function certificatesOfApplications(db: Kysely<Database>, applicationIds: readonly string[]) {
  if (!applicationIds.length) return new Map<string, Certificate>();
  const rows = await db
    .selectFrom('programme_certificates')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .execute();
  return new Map(rows.map((r) => [r.application_id, r]));
}
