import { request } from './client';
import type { Invitation, InvitationPreview, Me, Page, PageQuery, Role } from './types';

/** What an invitation link offers. @throws {ApiError} TOKEN_INVALID. */
export function getInvitationByToken(token: string): Promise<InvitationPreview> {
  return request<InvitationPreview>(`/api/invitations/by-token/${encodeURIComponent(token)}`, {
    quiet401: true,
  });
}

/** Accepts an invitation: creates the account and signs it in. */
export function acceptInvitation(input: {
  token: string;
  displayName: string;
  password: string;
}): Promise<Me> {
  return request<Me>('/api/invitations/accept', { method: 'POST', body: input, quiet401: true });
}

/** Invitations visible to the signed-in administrator, newest first. */
export function listInvitations(page: PageQuery): Promise<Page<Invitation>> {
  return request<Page<Invitation>>('/api/invitations', { query: { ...page } });
}

/** Invites an email address to a role in an organisation. @throws {ApiError} FORBIDDEN, VALIDATION_FAILED. */
export function createInvitation(input: {
  email: string;
  role: Role;
  organisationId: string;
}): Promise<Invitation> {
  return request<Invitation>('/api/invitations', { method: 'POST', body: input });
}

/** Revokes a pending invitation. */
export function revokeInvitation(id: string): Promise<void> {
  return request<void>(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
