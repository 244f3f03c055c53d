import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES, pickLanguage } from './languages';
import az from './locales/az.json';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ky from './locales/ky.json';
import ru from './locales/ru.json';
import tr from './locales/tr.json';
import uz from './locales/uz.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const STORAGE_KEY = 'kopru.language';

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

/** Starts i18next synchronously with every catalogue bundled (they are small) and keeps `<html lang>` in step. */
export function setUpI18n(): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      az: { translation: az },
      tr: { translation: tr },
      kk: { translation: kk },
      ky: { translation: ky },
      uz: { translation: uz },
      ru: { translation: ru },
    },
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
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
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
