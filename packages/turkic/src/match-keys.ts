/**
 * Match keys: a few plain lower-case ASCII strings per name for a trigram index (PostgreSQL pg_trgm).
 * Spellings of one name share a key or have keys with high trigram similarity; candidates found this
 * way are then re-ranked with nameSimilarity.
 */
import { TO_LATIN } from './alphabets.ts';
import { searchFold } from './folding.ts';
import { phoneticTokens } from './phonetic.ts';
import { applyTable } from './transliterate.ts';

/** Phonetic symbols (phonetic.ts) written in ASCII for the readable key. */
const KEY_LETTERS: Readonly<Record<string, string>> = {
  A: 'a',
  I: 'i',
  O: 'o',
  U: 'u',
  S: 's',
  C: 'j',
  J: 'j',
  H: 'h',
  G: 'g',
  q: 'k',
  N: 'n',
};

/** Consonant classes merged in the skeleton key: velars, affricates, sibilants, voicing pairs. */
const SKELETON_LETTERS: Readonly<Record<string, string>> = {
  ...KEY_LETTERS,
  g: 'k',
  h: 'k',
  G: 'k',
  H: 'k',
  q: 'k',
  f: 'v',
  p: 'b',
  d: 't',
};

const asKey = (token: string, letters: Readonly<Record<string, string>>): string => {
  let key = '';
  for (const symbol of token) key += letters[symbol] ?? symbol;
  return key;
};

const SKELETON_VOWELS = new Set('aeiouAIOUy');

/** First letter, then consonant classes only: vowels and -a/-ova gender endings drop out. */
function skeletonWord(token: string): string {
  const [first = '', ...rest] = [...token];
  const consonants = rest.filter((symbol) => !SKELETON_VOWELS.has(symbol));
  return asKey([first, ...consonants].join(''), SKELETON_LETTERS).replace(/(.)\1+/g, '$1');
}

/**
 * The canonical phonetic key of a name: one lower-case ASCII string in which the common spellings of a
 * name coincide (Rəşad, Rashad, Рашад → rasad; Hüseynov, Huseynov, Гусейнов → huseinov / guseinov).
 * @example nameKey('Айгерім Жұмабаева') // 'aigerim jumabaeva'
 */
export function nameKey(name: string): string {
  return phoneticTokens(name)
    .map((token) => asKey(token, KEY_LETTERS))
    .join(' ');
}

/**
 * The consonant skeleton of a name: the first letter of each word, then its consonants with velars
 * (g k q h x ğ), affricates (c ç j zh ch), s/ş, b/p, d/t, v/f/w merged; vowels and gender endings dropped.
 * @example phoneticSkeleton('Ülviyyə Həsənova') // 'ulv ksnv'
 */
export function phoneticSkeleton(name: string): string {
  return phoneticTokens(name).map(skeletonWord).join(' ');
}

/** Which keys {@link matchKeys} returns. All default to true. */
export interface MatchKeyOptions {
  /** The ASCII fold of the name as written (Cyrillic by the ICAO table): exact typed spellings. */
  readonly ascii?: boolean;
  /** The consonant skeleton: the widest net, for spellings that differ in vowels and velars. */
  readonly skeleton?: boolean;
}

/**
 * A small, deduplicated set (1–3) of lower-case ASCII keys for a name, to store in a trigram-indexed
 * column: the phonetic key, the consonant skeleton and the plain ASCII fold. Word order does not
 * matter to trigram similarity, so no swapped keys are needed.
 * @example matchKeys('Rəşad Hüseynov') // ['rasad huseinov', 'rst ksnv', 'resad huseynov']
 */
export function matchKeys(name: string, options: MatchKeyOptions = {}): string[] {
  const { phonetic, skeleton, ascii } = matchKeyParts(name, options);
  return [...new Set([phonetic, skeleton, ascii].filter((key): key is string => !!key))];
}

/**
 * The keys of {@link matchKeys} by kind (a kind left out by the options, or empty, is undefined), for
 * callers that treat them differently: the skeleton is the widest net, too wide for some lookups.
 * @example matchKeyParts('Rəşad Hüseynov') // { phonetic: 'rasad huseinov', skeleton: 'rst ksnv', ascii: 'resad huseynov' }
 */
export function matchKeyParts(
  name: string,
  options: MatchKeyOptions = {},
): { phonetic?: string; skeleton?: string; ascii?: string } {
  const tokens = phoneticTokens(name);
  const phonetic = tokens.map((token) => asKey(token, KEY_LETTERS)).join(' ');
  const skeleton = (options.skeleton ?? true) ? tokens.map(skeletonWord).join(' ') : '';
  const ascii =
    (options.ascii ?? true)
      ? searchFold(applyTable(name, TO_LATIN.icao))
          .replace(/[^a-z0-9 ]/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return { phonetic: phonetic || undefined, skeleton: skeleton || undefined, ascii: ascii || undefined };
}

/**
 * A key with its words in each rotation (two or three words: family name first or last, patronymic
 * moved); the key itself first. Keys are words of a name in order, so these are the keys of the name
 * with its words so rotated: what lookups by key equality, which unlike trigram similarity depend on
 * word order, need.
 * @example wordRotations('jalieva zarkinai') // ['jalieva zarkinai', 'zarkinai jalieva']
 */
export function wordRotations(key: string): string[] {
  const words = key.split(' ');
  if (words.length === 2) return [key, `${words[1]} ${words[0]}`];
  if (words.length === 3) {
    const [a, b, c] = words as [string, string, string];
    return [key, `${c} ${a} ${b}`, `${b} ${c} ${a}`];
  }
  return [key];
}
