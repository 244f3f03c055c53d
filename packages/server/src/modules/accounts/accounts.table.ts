import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const ROLES = ['secretariat', 'agency_admin', 'agency_editor', 'org_rep'] as const;
export type Role = (typeof ROLES)[number];

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AccountsTable {
  id: Generated<string>;
  email: string;
  password_hash: string | null;
  display_name: string;
  locale: Generated<string>;
  status: Generated<'active' | 'disabled'>;
  person_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_sign_in_at: NullableTimestamp;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  account_id: string;
  role: Role;
  organisation_id: string;
  granted_by: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  account_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AccessTokensTable {
  id: Generated<string>;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  email: string;
  role: Role;
  organisation_id: string;
  token_hash: string;
  invited_by: string | null;
  locale: Generated<string>;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_account_id: string | null;
  revoked_at: NullableTimestamp;
}

export interface PasswordResetsTable {
  token_hash: string;
  account_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: CreatedAt;
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type RoleGrant = Selectable<RoleGrantsTable>;
export type AccessToken = Selectable<AccessTokensTable>;
export type Invitation = Selectable<InvitationsTable>;
