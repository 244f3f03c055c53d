import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import en from '../i18n/locales/en.json'; // error codes are core keys

type KnownCode = keyof typeof en.errors.codes;

function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(en.errors.codes, code);
}

/** The translated message for an error: by its API code when known, otherwise the generic message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isKnownCode(error.code)) return t(`errors.codes.${error.code}`);
  return t('errors.generic');
}

/**
 * Field messages for the server's per-field errors, keyed by the last segment of each `path`.
 * The server's own wording is not shown (it is not translated); the field is marked with a generic message.
 */
export function fieldErrorsOf(t: TFunction, error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const fieldError of error.fieldErrors) {
    const name = fieldError.path.split(/[./]/).filter(Boolean).at(-1);
    if (name) result[name] = t('form.invalidValue');
  }
  return result;
}

/**
 * Field messages for the server's per-field errors keyed by their whole path without the leading
 * `body` (`body/names/0/name` → `names.0.name`), for forms with repeated rows.
 */
export function fieldErrorsByPath(t: TFunction, error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const fieldError of error.fieldErrors) {
    const segments = fieldError.path.split(/[./[\]]/).filter(Boolean);
    if (segments[0] === 'body') segments.shift();
    if (segments.length > 0) result[segments.join('.')] = t('form.invalidValue');
  }
  return result;
}
