/** Shapes of the JSON the Köprü API sends and accepts. Mirrors the server contract; no logic here. */

export type Role = 'secretariat' | 'agency_admin' | 'agency_editor' | 'org_rep';
export const ROLES: readonly Role[] = ['secretariat', 'agency_admin', 'agency_editor', 'org_rep'];

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  locale: string | null;
  createdAt: string;
}

export interface RoleGrant {
  id: string;
  role: Role;
  organisation: OrganisationRef;
}

/** Body of `GET /api/auth/me`, login, invitation acceptance and profile update. */
export interface Me {
  account: Account;
  roles: RoleGrant[];
  organisations: OrganisationRef[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageQuery {
  limit: number;
  offset: number;
}

export interface InvitationPreview {
  email: string;
  role: Role;
  organisation: OrganisationRef;
  invitedBy: { displayName: string };
  expiresAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  organisation: OrganisationRef;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

export type OrganisationKind = 'international_org' | 'state_body' | 'diaspora_org' | 'other';

export interface Organisation {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: OrganisationKind;
  countryCode: string | null;
}

export interface AccessToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedToken {
  token: string;
  item: AccessToken;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxMessage extends OutboxItem {
  text: string;
  html?: string | null;
  lastError: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; label: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}
