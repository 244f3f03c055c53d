import { detectScript } from '@kopru/turkic';
import type { Contact, LocalizedText } from './registry.table.ts';
import type { LocalizedTextInput } from './registry.schema.ts';

/** Stored localized text `{ lang: { value, status } }` as the API shows it: `{ lang: text }`. */
export function flattenText(text: LocalizedText | null): Record<string, string> | null {
  if (!text) return null;
  return Object.fromEntries(Object.entries(text).map(([lang, v]) => [lang, v.value]));
}

/**
 * The version of stored localized text to show in `lang`: that language, else English, else the
 * first original, else any; '' when there is none (the web's `pickLocalized` follows the same chain).
 */
export function textIn(text: LocalizedText | null, lang: string): string {
  if (!text) return '';
  const entries = Object.values(text);
  return (
    text[lang]?.value ??
    text.en?.value ??
    entries.find((v) => v.status === 'original')?.value ??
    entries[0]?.value ??
    ''
  );
}

/** Localized text as written in a request, in its stored form (a plain string is an original). */
export function storedText(input: LocalizedTextInput): LocalizedText {
  return Object.fromEntries(
    Object.entries(input).map(([lang, v]) => [
      lang,
      typeof v === 'string' ? { value: v, status: 'original' as const } : v,
    ]),
  );
}

/** One contact as the API shows it. */
export function presentContact(c: Contact) {
  return { id: c.id, kind: c.kind, value: c.value, label: c.label, visibility: c.visibility };
}

/** A country code as stored in a `char(2)` column, without padding. */
export const countryCodeOf = (code: string | null) => code?.trim() ?? null;

/** The script of a spelling, from its letters, for requests that do not say. */
export function scriptOf(text: string): 'Latn' | 'Cyrl' | 'Arab' | 'other' {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arab';
  const script = detectScript(text);
  return script === 'Cyrl' || script === 'Latn' ? script : 'other';
}
