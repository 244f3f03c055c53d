import { request } from './client';
import type { Me } from './types';

/** The signed-in account, roles and organisations. @throws {ApiError} UNAUTHENTICATED when signed out. */
export function getMe(): Promise<Me> {
  return request<Me>('/api/auth/me', { quiet401: true });
}

/** Signs in. @throws {ApiError} INVALID_CREDENTIALS, THROTTLED (with `retryAfter`). */
export function login(email: string, password: string): Promise<Me> {
  return request<Me>('/api/auth/login', { method: 'POST', body: { email, password }, quiet401: true });
}

/** Ends the session. */
export function logout(): Promise<void> {
  return request<void>('/api/auth/logout', { method: 'POST', quiet401: true });
}

/** Updates the profile of the signed-in account. */
export function updateMe(changes: { displayName?: string; locale?: string }): Promise<Me> {
  return request<Me>('/api/auth/me', { method: 'PATCH', body: changes });
}

/** Changes the password. @throws {ApiError} VALIDATION_FAILED (with a `body.currentPassword` field error when the current password is wrong). */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

/** Asks for a reset link; the server answers 202 whether or not the account exists. */
export function requestPasswordReset(email: string): Promise<void> {
  return request<void>('/api/auth/password-reset', { method: 'POST', body: { email } });
}

/** Sets a new password with a reset token. @throws {ApiError} TOKEN_INVALID, VALIDATION_FAILED. */
export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return request<void>('/api/auth/password-reset/confirm', { method: 'POST', body: { token, password } });
}
