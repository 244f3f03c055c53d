/**
 * Name distance: phonetic tokens of both names, aligned one-to-one in whichever order fits best
 * (given/family swaps), compared with the weighted edit cost, normalised by length.
 */
import { editCost } from './edit-cost.ts';
import { phoneticTokens } from './phonetic.ts';

/** A name already split into phonetic tokens; build once per stored name when ranking many. */
export interface PreparedName {
  readonly name: string;
  readonly tokens: readonly string[];
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

/** Cost of matching two tokens, already scaled by their length: spelling variants cheap, other words dear. */
function pairCost(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  const d = Math.min(editCost(a, b) / longest, 1);
  const shaped = d <= VARIANT_KNEE ? d : Math.min(1, VARIANT_KNEE + STEEPNESS * (d - VARIANT_KNEE));
  return shaped * longest;
}

/**
 * Splits a name into phonetic tokens for repeated comparison.
 * @example prepareName('Rəşad Hüseynov').tokens // ['rASad', 'hUseinov']
 */
export function prepareName(name: string): PreparedName {
  return { name, tokens: phoneticTokens(name).slice(0, MAX_TOKENS) };
}

const prepared = (name: string | PreparedName): PreparedName =>
  typeof name === 'string' ? prepareName(name) : name;

interface Alignment {
  cost: number;
  length: number;
  inOrder: boolean;
}

/** Best one-to-one alignment of the shorter token list into the longer, by exhaustive search. */
function align(short: readonly string[], long: readonly string[]): Alignment {
  let best: Alignment = { cost: Number.POSITIVE_INFINITY, length: 1, inOrder: true };
  const used = new Array<boolean>(long.length).fill(false);
  const visit = (i: number, cost: number, length: number, lastIndex: number, inOrder: boolean) => {
    if (i === short.length) {
      const rest = long.filter((_, j) => !used[j]).reduce((sum, token) => sum + token.length, 0);
      const total = { cost: cost + rest * UNMATCHED_WEIGHT, length: length + rest, inOrder };
      if (score(total) < score(best)) best = total;
      return;
    }
    const token = short[i]!;
    long.forEach((other, j) => {
      if (used[j]) return;
      used[j] = true;
      const longest = Math.max(token.length, other.length);
      visit(i + 1, cost + pairCost(token, other), length + longest, j, inOrder && j > lastIndex);
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
 * order, patronymic and -yev/-iev suffix variants cost little; typos cost a letter each.
 * @example nameDistance('Rashad Huseynov', 'Rəşad Hüseynov') // ≈ 0.03
 * @example nameDistance('Ömer Kocaman', 'Zarina Nazarova') // 1
 */
export function nameDistance(a: string | PreparedName, b: string | PreparedName): number {
  const left = prepared(a).tokens;
  const right = prepared(b).tokens;
  if (left.length === 0 || right.length === 0) return left.length === right.length ? 0 : 1;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const aligned = score(align(short, long));
  if (left.length === right.length) return Math.min(1, aligned);
  const joinedLeft = left.join('');
  const joinedRight = right.join('');
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
