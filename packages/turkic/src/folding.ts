/**
 * Case mapping with the Turkic dotted/dotless i, and a search fold that ignores case, diacritics and the
 * national letters that Russian keyboards lack.
 */

/** Languages whose Latin alphabet pairs I/ı and İ/i (Turkish, Azerbaijani, Crimean Tatar, Gagauz,
 * Tatar Zamanälif, Kazakh 2021). */
const DOTTED_I_LANGUAGES = new Set(['tr', 'az', 'crh', 'gag', 'tt', 'kk']);

/**
 * Whether a BCP 47 locale uses Turkic casing for i (I ↔ ı, İ ↔ i).
 * @example usesTurkicCasing('az-Latn-AZ') // true
 */
export function usesTurkicCasing(locale: string | undefined): boolean {
  if (!locale) return false;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return DOTTED_I_LANGUAGES.has(language);
}

/**
 * Lower-cases text. With a Turkic locale, I → ı and İ → i; without one, İ → i (never i + U+0307) and
 * I → i. Every other letter (Ə, Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І, …) follows Unicode.
 * @example lowerCase('IĞDIR', 'tr') // 'ığdır'
 * @example lowerCase('İstanbul') // 'istanbul'
 */
export function lowerCase(text: string, locale?: string): string {
  const turkic = usesTurkicCasing(locale);
  return text
    .normalize('NFC')
    .replace(/I\u0307/g, 'i')
    .replace(/[Iİ]/g, (letter) => (letter === 'İ' || !turkic ? 'i' : 'ı'))
    .toLowerCase();
}

/**
 * Upper-cases text. With a Turkic locale, i → İ and ı → I; otherwise Unicode rules (i → I, ı → I).
 * @example upperCase('şirin', 'az') // 'ŞİRİN'
 */
export function upperCase(text: string, locale?: string): string {
  const turkic = usesTurkicCasing(locale);
  const marked = turkic ? text.normalize('NFC').replace(/i/g, 'İ') : text.normalize('NFC');
  return marked.toUpperCase();
}

/** Letters that survive Unicode decomposition but have a plain counterpart a search should accept. */
const SEARCH_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ǝ: 'e',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  җ: 'ж',
  ў: 'у',
  ҳ: 'х',
  ҝ: 'г',
  ј: 'й',
  ҹ: 'дж',
  ё: 'е',
};

const APOSTROPHES = /[ʻʼ'`’‘ʹʺ]/g;

/**
 * Folds text for case- and accent-insensitive comparison within a script: Turkic-neutral lower case
 * (İ, I, ı → i), Latin diacritics dropped (ş → s, ə → e as on an ASCII keyboard), Kazakh/Kyrgyz/Tatar/
 * Uzbek/Azerbaijani Cyrillic letters replaced by their Russian-keyboard counterparts (ә → а, қ → к, ү → у,
 * і → и), apostrophes removed, whitespace collapsed. Does not change script.
 * @example searchFold('Rəşad HÜSEYNOV') // 'resad huseynov'
 * @example searchFold('Нұрлан Сәрсенбаев') // 'нурлан сарсенбаев'
 */
export function searchFold(text: string): string {
  const lowered = lowerCase(text).replace(/\p{L}/gu, (letter) => SEARCH_LETTERS[letter] ?? letter);
  // Decompose only non-Cyrillic letters: NFD would also strip the breve from й.
  const plain = lowered.replace(/[^\u0400-\u04ff]/gu, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
  return plain.replace(APOSTROPHES, '').replace(/\s+/g, ' ').trim();
}
