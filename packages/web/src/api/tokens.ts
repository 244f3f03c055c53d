import { request } from './client';
import type { AccessToken, CreatedToken, Page } from './types';

/** The personal access tokens of the signed-in account. */
export function listTokens(): Promise<Page<AccessToken>> {
  return request<Page<AccessToken>>('/api/tokens');
}

/** Creates a token; the secret in `token` is returned only this once. */
export function createToken(input: { name: string; expiresAt?: string }): Promise<CreatedToken> {
  return request<CreatedToken>('/api/tokens', { method: 'POST', body: input });
}

/** Revokes a token. */
export function revokeToken(id: string): Promise<void> {
  return request<void>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
