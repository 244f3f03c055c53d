import { NAME_MATCH_THRESHOLD, nameSimilarity } from '@kopru/turkic';
import { prepared } from '../search/search.service.ts';
import { foldName } from './imports.columns.ts';

/** A stored record a row may be: its id, label (primary name) and every stored spelling. */
export interface MatchCandidate<R> {
  id: string;
  label: string;
  spellings: string[];
  record: R;
}

/** What a row is to the stored records: one of them, likely another spelling of one, or new. */
export type Match<R> =
  | { kind: 'same'; candidate: MatchCandidate<R> }
  | { kind: 'duplicate'; candidate: MatchCandidate<R>; score: number }
  | { kind: 'none' };

/**
 * Matches a row against candidates: the same record when the row's primary name equals a stored
 * spelling (ignoring case); else a likely duplicate when any spelling of the row and any stored
 * spelling have `nameSimilarity` ≥ NAME_MATCH_THRESHOLD (best score wins); else none.
 */
export function matchRow<R>(
  primary: string,
  spellings: readonly string[],
  candidates: readonly MatchCandidate<R>[],
): Match<R> {
  const folded = foldName(primary);
  const same = candidates.find((c) => c.spellings.some((s) => foldName(s) === folded));
  if (same) return { kind: 'same', candidate: same };
  if (!candidates.length) return { kind: 'none' };
  const mine = spellings.map((s) => prepared(s));
  let best: { candidate: MatchCandidate<R>; score: number } | undefined;
  for (const candidate of candidates) {
    for (const stored of candidate.spellings) {
      const theirs = prepared(stored);
      for (const spelling of mine) {
        const score = nameSimilarity(spelling, theirs);
        if (score >= NAME_MATCH_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
      }
    }
  }
  return best ? { kind: 'duplicate', ...best } : { kind: 'none' };
}

/** The spellings of `wanted` that `stored` does not hold yet (ignoring case). */
export function missingSpellings(wanted: readonly string[], stored: readonly string[]): string[] {
  const have = new Set(stored.map(foldName));
  return wanted.filter((s) => !have.has(foldName(s)));
}

/**
 * The match keys of the rows already taken into a batch, to tell whether a later row could find an
 * earlier one the way the database lookup would (`findCandidateIdsMany`: an equal key). Such a row
 * waits for the next batch, when the earlier rows are stored, so a batch decides every row exactly
 * as one-row-at-a-time would.
 */
export class BatchKeys {
  private readonly keys = new Set<string>();

  /** Takes a row's stored keys into the batch. */
  add(keys: readonly string[]): void {
    for (const key of keys) this.keys.add(key);
  }

  /** Whether looking up `keys` could find a row taken into the batch. */
  mayMatch(keys: readonly string[]): boolean {
    return keys.some((key) => this.keys.has(key));
  }
}
