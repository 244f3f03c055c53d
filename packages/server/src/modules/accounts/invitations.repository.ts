import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Invitation, Role } from './accounts.table.ts';

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: {
    email: string;
    role: Role;
    organisationId: string;
    hash: string;
    invitedBy: string | null;
    locale: string;
    expiresAt: Date;
  },
): Promise<Invitation> {
  return db
    .insertInto('invitations')
    .values({
      email: invitation.email,
      role: invitation.role,
      organisation_id: invitation.organisationId,
      token_hash: invitation.hash,
      invited_by: invitation.invitedBy,
      locale: invitation.locale,
      expires_at: invitation.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const withCurator = (db: Kysely<Database>) =>
  db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .leftJoin('accounts as inviter', 'inviter.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select(['organisations.owner_org_id as curated_by', 'inviter.display_name as inviter_name']);

export async function findInvitationByHash(db: Kysely<Database>, hash: string) {
  return withCurator(db).where('invitations.token_hash', '=', hash).executeTakeFirst();
}

export async function findInvitationById(db: Kysely<Database>, id: string) {
  return withCurator(db).where('invitations.id', '=', id).executeTakeFirst();
}

/** Locks a pending invitation for acceptance, so that it is accepted at most once. */
export async function lockPendingInvitation(db: Kysely<Database>, hash: string, now: Date) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function listInvitations(
  db: Kysely<Database>,
  scope: { all: true } | { organisationIds: string[]; invitedBy: string },
  page: { limit: number; offset: number },
) {
  let query = withCurator(db);
  if (!('all' in scope)) {
    const ids = scope.organisationIds.length
      ? scope.organisationIds
      : ['00000000-0000-0000-0000-000000000000'];
    query = query.where((eb) =>
      eb.or([
        eb('invitations.organisation_id', 'in', ids),
        eb('organisations.owner_org_id', 'in', ids),
        eb('invitations.invited_by', '=', scope.invitedBy || null),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    query.orderBy('invitations.created_at', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function markInvitationAccepted(db: Kysely<Database>, id: string, accountId: string, now: Date) {
  await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_account_id: accountId })
    .where('id', '=', id)
    .execute();
}

export async function markInvitationRevoked(db: Kysely<Database>, id: string, now: Date) {
  await db.updateTable('invitations').set({ revoked_at: now }).where('id', '=', id).execute();
}
