import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Json = ColumnType<unknown, string | null, string | null>;

export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  actor_account_id: string | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  request_id: string | null;
  ip: string | null;
}

export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
