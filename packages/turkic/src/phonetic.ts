/**
 * The phonetic form of a name: every spelling (any script, any romanisation) rewritten into one small
 * symbol alphabet, token by token, so that keys and distance compare sounds rather than letters.
 *
 * Symbols: a b d e f g h i k l m n o p q r s t u v y z plus
 * A ə/ä/ә · I ı/ы · O ö/ө/oʻ/ў · U ü/ү · S ş/sh/ш · C ç/ch/ч · J c/j/zh/dzh/ж/җ/дж · H x/kh/х ·
 * G ğ/gh/ғ/gʻ · N ñ/ng/ң. `y` is left only as a glide before a vowel.
 */
import { CYRILLIC_FOR_MATCHING, LATIN_TO_PHONETIC } from './alphabets.ts';
import { lowerCase } from './folding.ts';
import { applyTable } from './transliterate.ts';

const PHONETIC_VOWELS = new Set('aeiouAIOU');
const isVowel = (ch: string | undefined): boolean => ch !== undefined && PHONETIC_VOWELS.has(ch);

/** Patronymic markers that are also written as separate words (Serik kyzy, Aliyev oglu, Asan uulu). */
const SON_OF = /(?:[uU]l[uUiI]|[oO][gG]l[uUiI]|[oe]viC)$/;
const DAUGHTER_OF = /(?:[kqgG][iI]z[iI]|[oe]vna)$/;

/** Splits a name into words; hyphens and punctuation separate, apostrophes stay (Uzbek oʻ, gʻ). */
function words(name: string): string[] {
  return lowerCase(name)
    .split(/[\s\-‐‑–—,.;:/()]+/u)
    .filter((word) => /\p{L}/u.test(word));
}

/** Decides each y: a glide before a vowel, the vowel ı between consonants, i after a vowel. */
function classifyY(symbols: string): string {
  const chars = [...symbols];
  return chars
    .map((ch, i) => {
      if (ch !== 'y') return ch;
      const prev = chars[i - 1];
      const next = chars[i + 1];
      if (isVowel(next)) return 'y';
      return prev === undefined || isVowel(prev) ? 'i' : 'I';
    })
    .join('');
}

/**
 * Evens out the glide spellings of Cyrillic е, я, ю: Yerlan/Erlan, Imanbayev/Imanbaev, Zakiyev/Zakiev,
 * Ulviia/Ulviya, ICAO Iu-/Ia- for Ю-/Я-.
 */
function evenGlides(symbols: string): string {
  return symbols
    .replace(/^i(?=[aouAOU])/, 'y')
    .replace(/^ye/, 'e')
    .replace(/([aeiouAIOU])ye/g, '$1e')
    .replace(/([iI])y(?=[aeouAOU])/g, '$1');
}

/** Rewrites the patronymic endings to one spelling each: -uly/-ulu/-oğlu/-ovich → ulI, -kyzy/-qızı/-ovna → qIzI. */
function evenPatronymic(symbols: string): string {
  return symbols.replace(SON_OF, 'ulI').replace(DAUGHTER_OF, 'qIzI');
}

/** Symbols that one spelling doubles where another writes two near letters (Ақкөл akkol, Tоққожа). */
const NEAR: Readonly<Record<string, string>> = {
  q: 'k',
  G: 'g',
  H: 'h',
  N: 'n',
  I: 'i',
  A: 'a',
  O: 'o',
  U: 'u',
};

/** Collapses runs of one letter or of near letters (qk, kq, ıi) to their first symbol. */
function collapseRuns(symbols: string): string {
  let out = '';
  for (const symbol of symbols) {
    const last = out.at(-1);
    if (last !== undefined && (NEAR[last] ?? last) === (NEAR[symbol] ?? symbol)) continue;
    out += symbol;
  }
  return out;
}

/**
 * Phonetic symbols for one word in any script.
 * @example phoneticWord('Жұмабаева') // 'Jumabaeva'
 */
export function phoneticWord(word: string): string {
  const latin = /\p{Script=Cyrillic}/u.test(word) ? applyTable(word, CYRILLIC_FOR_MATCHING) : word;
  const symbols = applyTable(lowerCase(latin), LATIN_TO_PHONETIC).replace(/[^a-zA-Z]/g, '');
  return collapseRuns(evenGlides(collapseRuns(evenPatronymic(classifyY(symbols)))));
}

/** Whether a phonetic word is only a patronymic marker (kyzy, uly, oglu, uulu, qızı). */
const isPatronymicMarker = (word: string): boolean => word === 'ulI' || word === 'qIzI';

/**
 * The phonetic tokens of a name. Stand-alone patronymic markers are joined to the word before them, so
 * "Serik kyzy" and "Serikqyzy" give the same token.
 * @example phoneticTokens('Rəşad Hüseynov') // ['rASad', 'hUseinov']
 */
export function phoneticTokens(name: string): string[] {
  const tokens: string[] = [];
  for (const word of words(name)) {
    const symbols = phoneticWord(word);
    if (symbols === '') continue;
    const last = tokens.length - 1;
    if (isPatronymicMarker(symbols) && last >= 0)
      tokens[last] = collapseRuns(evenPatronymic(`${tokens[last]}${symbols}`));
    else tokens.push(symbols);
  }
  return tokens;
}
