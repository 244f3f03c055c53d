/** Client-side checks that mirror the server's rules, so people see problems before submitting. */

export const MIN_PASSWORD_LENGTH = 10;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for something shaped like an email address (the server has the final word). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

const WEB_ADDRESS = /^https?:\/\/\S+\.\S+$/i;

/** True for an http(s) address with a dotted host, such as `https://example.org/x` (the server decides). */
export function isWebAddress(value: string): boolean {
  return WEB_ADDRESS.test(value.trim());
}

/** True when the password is long enough for the server's policy. */
export function isLongEnoughPassword(value: string): boolean {
  return [...value].length >= MIN_PASSWORD_LENGTH;
}
