import { createHmac, randomBytes } from 'node:crypto';

/** A fresh URL-safe random token of `bytes` bytes (256 bits by default), optionally prefixed. */
export function randomToken(prefix = '', bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/**
 * The keyed hash stored in place of a token: a leaked table alone cannot be turned back into
 * working tokens, nor can tokens be forged without the session secret.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
