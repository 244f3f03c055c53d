/** Client-side checks that mirror the server's rules, so people see problems before submitting. */

export const MIN_PASSWORD_LENGTH = 10;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for something shaped like an email address (the server has the final word). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** True when the password is long enough for the server's policy. */
export function isLongEnoughPassword(value: string): boolean {
  return [...value].length >= MIN_PASSWORD_LENGTH;
}
