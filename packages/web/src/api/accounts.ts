import { request } from './client';
import type { ManagedAccount } from './registry-types';
import type { Page, PageQuery } from './types';

/** Accounts the caller may manage (secretariat: all; agency admins: their body's), matching `q`. */
export function listAccounts(query: PageQuery & { q?: string }): Promise<Page<ManagedAccount>> {
  return request<Page<ManagedAccount>>('/api/accounts', { query: { ...query } });
}

/** Withdraws one role grant; the account's sessions end. @throws {ApiError} FORBIDDEN, NOT_FOUND. */
export function withdrawRole(accountId: string, grantId: string): Promise<void> {
  return request<void>(
    `/api/accounts/${encodeURIComponent(accountId)}/roles/${encodeURIComponent(grantId)}`,
    { method: 'DELETE' },
  );
}
