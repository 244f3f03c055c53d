import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, ENGLISH, fetchCatalogue } from './catalogues';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES, pickLanguage } from './languages';
import { loadLocaleData } from './locale-data';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

const STORAGE_KEY = 'kopru.language';

/** Adds a language's catalogue to i18next unless it is there already. */
async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await fetchCatalogue(language));
}

/** The catalogue and, for a browser without them, the language's dates and names (ADR 0025). */
async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadCatalogue(language), loadLocaleData(language)]);
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy mode): fall back to the browser's languages
  }
}

function initialLanguage(): Language {
  const stored = storedLanguage();
  if (isLanguage(stored)) return stored;
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

function reflectInDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = 'ltr';
}

/**
 * Starts i18next with the English catalogue and the visitor's language (fetched first, so the first
 * render is already in it), and keeps `<html lang>` in step.
 */
export async function setUpI18n(): Promise<typeof i18n> {
  const language = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: ENGLISH } },
    partialBundledLanguages: true,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // The catalogue could not be fetched (offline, a new deployment): English until the next try.
  }
  reflectInDocument(i18n.language);
  i18n.on('languageChanged', reflectInDocument);
  return i18n;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still applies to this visit.
  }
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
