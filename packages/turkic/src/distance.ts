/**
 * Name distance: phonetic tokens of both names, aligned one-to-one in whichever order fits best
 * (given/family swaps), compared with the weighted edit cost, normalised by length.
 */
import { editCost } from './edit-cost.ts';
import { differByNameElement, type WordStructure, wordStructure } from './name-elements.ts';
import { phoneticTokens } from './phonetic.ts';

/** A name already split into phonetic tokens; build once per stored name when ranking many. */
export interface PreparedName {
  readonly name: string;
  readonly tokens: readonly string[];
  /** How each token is built from name elements (name-elements.ts), in token order. */
  readonly structures: readonly WordStructure[];
}

/** One token with its structure. */
interface Word {
  readonly text: string;
  readonly structure: WordStructure;
}

/** Similarity at or above which two names are treated as the same name (see README.md). */
export const NAME_MATCH_THRESHOLD = 0.8;

/** Extra distance when the tokens only match in another order (so the stored order wins ties). */
const ORDER_PENALTY = 0.02;
/** Extra distance when only the spelling without spaces matches (Jalal-Abad / Celalabat); tried only
 * when the word counts differ. */
const JOINED_PENALTY = 0.02;
/** Share of its length that an unmatched token (middle name, patronymic) costs. */
const UNMATCHED_WEIGHT = 0.7;
/** Most tokens aligned in every order; longer names compare their first tokens only. */
const MAX_TOKENS = 6;
/**
 * Per-token distance up to which differences read as spelling variants or one typo; beyond it a word is
 * more likely another word (Toktarov/Toktarbekov), so distance grows {@link STEEPNESS} times faster.
 */
const VARIANT_KNEE = 0.15;
const STEEPNESS = 2.5;

/** Cost of matching two strings, already scaled by their length: spelling variants cheap, other words dear. */
function pairCost(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  const d = Math.min(editCost(a, b) / longest, 1);
  const shaped = d <= VARIANT_KNEE ? d : Math.min(1, VARIANT_KNEE + STEEPNESS * (d - VARIANT_KNEE));
  return shaped * longest;
}

/**
 * Cost of matching two words: {@link pairCost}, except that words differing by a whole name element
 * (Hasanov/Hüseynov, Zhumabekova/Zhumabaeva, Sarsenov/Sarsenbaev) are different words and cost their
 * full length, however few letters tell them apart.
 */
function wordCost(a: Word, b: Word): number {
  if (differByNameElement(a.structure, b.structure)) return Math.max(a.text.length, b.text.length);
  return pairCost(a.text, b.text);
}

/**
 * Splits a name into phonetic tokens for repeated comparison.
 * @example prepareName('Rəşad Hüseynov').tokens // ['rASad', 'hUseinov']
 */
export function prepareName(name: string): PreparedName {
  const tokens = phoneticTokens(name).slice(0, MAX_TOKENS);
  return { name, tokens, structures: tokens.map(wordStructure) };
}

const prepared = (name: string | PreparedName): PreparedName =>
  typeof name === 'string' ? prepareName(name) : name;

const wordsOf = (name: PreparedName): Word[] =>
  name.tokens.map((text, i) => ({ text, structure: name.structures[i] ?? wordStructure(text) }));

interface Alignment {
  cost: number;
  length: number;
  inOrder: boolean;
}

/** Best one-to-one alignment of the shorter token list into the longer, by exhaustive search. */
function align(short: readonly Word[], long: readonly Word[]): Alignment {
  let best: Alignment = { cost: Number.POSITIVE_INFINITY, length: 1, inOrder: true };
  const used = new Array<boolean>(long.length).fill(false);
  const visit = (i: number, cost: number, length: number, lastIndex: number, inOrder: boolean) => {
    if (i === short.length) {
      const rest = long.filter((_, j) => !used[j]).reduce((sum, word) => sum + word.text.length, 0);
      const total = { cost: cost + rest * UNMATCHED_WEIGHT, length: length + rest, inOrder };
      if (score(total) < score(best)) best = total;
      return;
    }
    const token = short[i]!;
    long.forEach((other, j) => {
      if (used[j]) return;
      used[j] = true;
      const longest = Math.max(token.text.length, other.text.length);
      visit(i + 1, cost + wordCost(token, other), length + longest, j, inOrder && j > lastIndex);
      used[j] = false;
    });
  };
  visit(0, 0, 0, -1, true);
  return best;
}

const score = (a: Alignment): number => a.cost / Math.max(a.length, 1) + (a.inOrder ? 0 : ORDER_PENALTY);

/**
 * Distance between two names in any script and romanisation: 0 for the same name, 1 for nothing in
 * common. Romanisation confusions (zh/j/c, sh/ş, kh/x/h, q/k/g, ə/a/e, ı/i/y, ö/o/oe…), given/family
 * order, patronymic and -yev/-iev suffix variants cost little; typos cost a letter each; words built on
 * different name elements (Hasanov/Hüseynov, Zhumabekova/Zhumabaeva) cost as different words.
 * @example nameDistance('Rashad Huseynov', 'Rəşad Hüseynov') // ≈ 0.03
 * @example nameDistance('Rashad Hasanov', 'Rashad Hüseynov') // ≈ 0.6
 * @example nameDistance('Ömer Kocaman', 'Zarina Nazarova') // 1
 */
export function nameDistance(a: string | PreparedName, b: string | PreparedName): number {
  const left = wordsOf(prepared(a));
  const right = wordsOf(prepared(b));
  if (left.length === 0 || right.length === 0) return left.length === right.length ? 0 : 1;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const aligned = score(align(short, long));
  if (left.length === right.length) return Math.min(1, aligned);
  const joinedLeft = left.map((w) => w.text).join('');
  const joinedRight = right.map((w) => w.text).join('');
  const longest = Math.max(joinedLeft.length, joinedRight.length);
  const joined = pairCost(joinedLeft, joinedRight) / longest + JOINED_PENALTY;
  return Math.min(1, aligned, joined);
}

/**
 * Similarity of two names, `1 - nameDistance(a, b)`: 1 for the same name, 0 for nothing in common.
 * Names at or above {@link NAME_MATCH_THRESHOLD} are treated as the same.
 * @example nameSimilarity('Aigerim Zhumabayeva', 'Айгерім Жұмабаева') // 1
 */
export function nameSimilarity(a: string | PreparedName, b: string | PreparedName): number {
  return 1 - nameDistance(a, b);
}

/** Highest score of a partial match (one word of a longer name); full-name matches of the same words score above. */
export const PARTIAL_MATCH_MAX = 0.9;
/** Highest score of a partial match whose last word is only a prefix (typing as you go). */
export const PREFIX_MATCH_MAX = 0.85;
/** Fewest phonetic symbols a word needs to count as a prefix of a stored word. */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Similarity of two tokens, 1 for the same word; with `prefix`, of `query` and the start of `stored` as
 * long as `query` (when `stored` is longer), whichever is higher.
 */
function tokenSimilarity(query: Word, stored: Word, prefix: boolean): { sim: number; prefix: boolean } {
  const q = query.text;
  const s = stored.text;
  const whole = 1 - wordCost(query, stored) / Math.max(q.length, s.length, 1);
  if (!prefix || q.length < MIN_PREFIX_LENGTH || s.length <= q.length) {
    return { sim: whole, prefix: false };
  }
  // A prefix is compared letter by letter: the elements of a word are not known until it is typed.
  const start = 1 - pairCost(q, s.slice(0, q.length)) / q.length;
  return start > whole ? { sim: start, prefix: true } : { sim: whole, prefix: false };
}

/**
 * Score of a query that names only part of a stored name: each query word matches a different word of
 * the stored name (in any order, script or romanisation) and the last query word may be a prefix of at
 * least {@link MIN_PREFIX_LENGTH} symbols of its word. Returns 0 when that is not so, or when the query
 * is the whole name (use {@link nameSimilarity}); otherwise a score from {@link NAME_MATCH_THRESHOLD} up
 * to {@link PARTIAL_MATCH_MAX} (whole words) or {@link PREFIX_MATCH_MAX} (last word a prefix), so a
 * partial match always passes the cut-off and scores below an exact full-name match.
 * @example partialNameSimilarity('Galieva', 'Галиева Жаркынай') // 0.9
 * @example partialNameSimilarity('Gali', 'Галиева Жаркынай') // 0.85
 * @example partialNameSimilarity('Kocak', 'Ömer Kocaman') // 0
 */
export function partialNameSimilarity(query: string | PreparedName, stored: string | PreparedName): number {
  const q = wordsOf(prepared(query));
  const s = wordsOf(prepared(stored));
  if (q.length === 0 || q.length > s.length) return 0;
  let best = { sim: 0, prefix: false };
  const used = new Array<boolean>(s.length).fill(false);
  const visit = (i: number, cost: number, length: number, prefix: boolean) => {
    if (i === q.length) {
      const sim = 1 - cost / Math.max(length, 1);
      if (sim > best.sim || (sim === best.sim && best.prefix && !prefix)) best = { sim, prefix };
      return;
    }
    const token = q[i]!;
    s.forEach((other, j) => {
      if (used[j]) return;
      const t = tokenSimilarity(token, other, i === q.length - 1);
      // Every word must itself read as the same word; a weak word is not rescued by a strong one.
      if (t.sim < NAME_MATCH_THRESHOLD) return;
      used[j] = true;
      const len = t.prefix ? token.text.length : Math.max(token.text.length, other.text.length);
      visit(i + 1, cost + (1 - t.sim) * len, length + len, prefix || t.prefix);
      used[j] = false;
    });
  };
  visit(0, 0, 0, false);
  if (best.sim < NAME_MATCH_THRESHOLD) return 0;
  if (q.length === s.length && !best.prefix) return 0;
  const top = best.prefix ? PREFIX_MATCH_MAX : PARTIAL_MATCH_MAX;
  const spread = (top - NAME_MATCH_THRESHOLD) / (1 - NAME_MATCH_THRESHOLD);
  return NAME_MATCH_THRESHOLD + (best.sim - NAME_MATCH_THRESHOLD) * spread;
}
