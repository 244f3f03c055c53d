/**
 * Weighted edit cost between two phonetic words (see phonetic.ts for the symbols). A typo costs 1; the
 * confusions that romanisation systems and keyboards produce cost a fraction of it.
 */

/** Cost of replacing one symbol by another, for pairs that spelling systems confuse. */
const CONFUSIONS: readonly (readonly [string, number])[] = [
  // Vowels: ə/ä written a or e, ı/ы written i or y, ö/ü written o/u/e, Uzbek o = Russian а, oʻ = у.
  ['aA', 0.2],
  ['eA', 0.2],
  ['iI', 0.15],
  ['oO', 0.2],
  ['uU', 0.2],
  ['Ou', 0.25],
  ['eO', 0.35],
  ['iU', 0.5],
  ['uI', 0.45],
  ['ae', 0.45],
  ['ei', 0.45],
  ['ao', 0.45],
  ['ou', 0.45],
  ['OU', 0.45],
  // Velars: q/k, q/g (Az passports), ğ/gh/g, x/kh/h, Russian г for Azerbaijani/Turkish h.
  ['kq', 0.15],
  ['gq', 0.25],
  ['gG', 0.15],
  ['qG', 0.3],
  ['kg', 0.4],
  ['hH', 0.15],
  ['kH', 0.35],
  ['gh', 0.35],
  ['Gh', 0.4],
  ['qH', 0.45],
  ['GH', 0.45],
  // Sibilants and affricates: ş/s on ASCII keyboards, ç/c, c/j/zh, Turkmen ž.
  ['sS', 0.25],
  ['CJ', 0.3],
  ['Jz', 0.45],
  ['JS', 0.55],
  ['CS', 0.55],
  ['sz', 0.5],
  // Others: ng/n, w/v, final devoicing (Ahmed/Ahmet, Celalabat/Jalal-Abad), glides.
  ['nN', 0.15],
  ['dt', 0.35],
  ['bp', 0.4],
  ['fv', 0.45],
  ['bv', 0.6],
  ['iy', 0.2],
  ['Iy', 0.3],
];

const SUBSTITUTION = new Map<string, number>(
  CONFUSIONS.flatMap(([pair, cost]) => [
    [pair, cost],
    [`${pair[1]}${pair[0]}`, cost],
  ]),
);

const VOWELS = new Set('aeiouAIOU');
const OTHER_VOWEL_COST = 0.6;

/** Cost of writing or dropping a symbol: glides and h are often silent in one spelling. */
function indelCost(symbol: string): number {
  if (symbol === 'y') return 0.2;
  if (symbol === 'h') return 0.4;
  return VOWELS.has(symbol) ? 0.6 : 1;
}

/**
 * Cost of replacing symbol a by symbol b: 0 for equal, a fraction for known confusions, 1 otherwise.
 * @example substitutionCost('k', 'q') // 0.15
 */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const known = SUBSTITUTION.get(a + b);
  if (known !== undefined) return known;
  return VOWELS.has(a) && VOWELS.has(b) ? OTHER_VOWEL_COST : 1;
}

const TRANSPOSITION_COST = 0.6;

/**
 * Weighted optimal-string-alignment distance between two phonetic words: insertions, deletions,
 * substitutions weighted by {@link substitutionCost}, and adjacent transpositions. With `bound`, returns
 * `Infinity` as soon as the distance is sure to exceed it (cheaper when most pairs are far apart).
 * @example editCost('rASad', 'raSad') // 0.2
 */
export function editCost(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  const width = b.length + 1;
  const d = new Float64Array((a.length + 1) * width);
  for (let j = 1; j <= b.length; j++) d[j] = d[j - 1]! + indelCost(b[j - 1]!);
  let rowMinBefore = 0;
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]!;
    d[i * width] = d[(i - 1) * width]! + indelCost(ai);
    let rowMin = d[i * width]!;
    for (let j = 1; j <= b.length; j++) {
      const bj = b[j - 1]!;
      let best = Math.min(
        d[(i - 1) * width + j]! + indelCost(ai),
        d[i * width + j - 1]! + indelCost(bj),
        d[(i - 1) * width + j - 1]! + substitutionCost(ai, bj),
      );
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj) {
        best = Math.min(best, d[(i - 2) * width + j - 2]! + TRANSPOSITION_COST);
      }
      d[i * width + j] = best;
      rowMin = Math.min(rowMin, best);
    }
    // Each row is built from the two before it (a transposition reaches back two), so once two rows
    // in a row exceed the bound, so does every later row and the distance.
    if (rowMin > bound && rowMinBefore > bound) return Number.POSITIVE_INFINITY;
    rowMinBefore = rowMin;
  }
  return d[a.length * width + b.length]!;
}
