import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The interface languages, in the order the language select lists them. */
export const LANGUAGES = ['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The strings of one catalogue the language tests look for. */
export interface CatalogueStrings {
  signInTitle: string;
  languageLabel: string;
}

const LOCALES_DIR = join(import.meta.dirname, '../../packages/web/src/i18n/locales');

/** Reads the web app's own catalogue for `language`, so the tests expect exactly what translators wrote. */
export function catalogue(language: Language): CatalogueStrings {
  const json = JSON.parse(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8')) as {
    signIn: { title: string };
    language: { label: string };
  };
  return { signInTitle: json.signIn.title, languageLabel: json.language.label };
}
