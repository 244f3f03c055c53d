/** The interface languages of Köprü, each with its name in itself (endonym, never translated). */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'az', name: 'Azərbaycan' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'kk', name: 'Қазақша' },
  { code: 'ky', name: 'Кыргызча' },
  { code: 'uz', name: 'Oʻzbekcha' },
  { code: 'ru', name: 'Русский' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

/** True when `code` is one of the interface languages. */
export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && LANGUAGES.some((l) => l.code === code);
}

/**
 * Picks the first supported language from a list of BCP 47 tags (e.g. `navigator.languages`),
 * matching on the primary subtag; falls back to English.
 * @example pickLanguage(['kk-KZ', 'ru']) // 'kk'
 */
export function pickLanguage(tags: readonly (string | null | undefined)[]): Language {
  for (const tag of tags) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
