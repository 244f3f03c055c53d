/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it, so that keys can be checked, and small lists
 * searched, without a database.
 */

/**
 * The trigrams pg_trgm extracts from a text: per word (letters and digits), padded with two spaces
 * before and one after.
 * @example trigrams('ab') // Set { '  a', ' ab', 'ab ' }
 */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/**
 * Shared trigrams over all trigrams of two trigram sets (0..1); use with {@link trigrams} to compare
 * one text against many without re-extracting.
 * @example trigramSetSimilarity(trigrams('abc'), trigrams('abc')) // 1
 */
export function trigramSetSimilarity(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Shared trigrams over all trigrams of both strings (0..1), like pg_trgm's `similarity()`.
 * @example trigramSimilarity('rasad huseinov', 'rasad guseinov') // ≈ 0.67
 */
export function trigramSimilarity(a: string, b: string): number {
  return trigramSetSimilarity(trigrams(a), trigrams(b));
}

/**
 * The best trigram similarity between any key of one name and any key of another: what a query
 * `WHERE key % ANY(:queryKeys)` followed by `max(similarity())` finds.
 * @example bestKeySimilarity(['rasad huseinov'], ['rasad guseinov', 'rst ksnv']) // ≈ 0.67
 */
export function bestKeySimilarity(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const left of a) for (const right of b) best = Math.max(best, trigramSimilarity(left, right));
  return best;
}
