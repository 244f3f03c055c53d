import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, LANGUAGES } from '../i18n/languages';

/**
 * A `<select>` labelled "Language" in the current language; each option is written in its own language
 * (and marked with `lang` so screen readers pronounce it right).
 */
export function LanguageSwitcher({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) onChange(value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
