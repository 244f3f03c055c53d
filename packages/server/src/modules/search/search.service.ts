import {
  matchKeyParts,
  matchKeys,
  NAME_MATCH_THRESHOLD,
  nameSimilarity,
  type PreparedName,
  partialNameSimilarity,
  prepareName,
  searchFold,
  trigramSimilarity,
} from '@kopru/turkic';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { registryReadScope } from '../registry/registry.policy.ts';
import { findKeyCandidates, findSpellings, type KeyCandidate, type KeyMatch } from './search.repository.ts';
import { SEARCH_TYPES, type SearchResult } from './search.schema.ts';
import type { SearchEntityType } from './search.table.ts';

/**
 * How candidates are fetched, in turn, until one step finds a convincing match. First the stored keys
 * equal to the query's (in either word order): the keys are built so that spellings of one name meet on
 * a key, and equality is the cheapest lookup. Then phonetic keys that share a whole word with the
 * query's phonetic key and are within 0.4 trigram similarity of it (GIN on the keys' words: a typo in
 * one word of a name leaves the others equal; ~3 ms on 4.6 M keys). Only when neither step found any
 * candidate (a typo in every word, or a one-word name) do the trigram steps run, which read every key
 * sharing enough trigrams with the query (~35 ms per key at 0.5 on 4.6 M keys, several times that at
 * 0.3): trigram similarity at 0.5 with the phonetic key and the skeleton, then every key at pg_trgm's
 * default 0.3, at which the development set never loses the right record (packages/turkic README).
 */
export const CANDIDATE_STEPS: readonly {
  match: KeyMatch;
  keys: (query: string) => string[];
  /** Runs only when the steps before it found no candidate at all. */
  whenNothingFound?: boolean;
  /** Most keys fetched, best first (default MAX_CANDIDATE_KEYS). */
  limit?: number;
}[] = [
  { match: { kind: 'equal' }, keys: (q) => [...new Set(wordOrders(q).flatMap((order) => matchKeys(order)))] },
  {
    match: { kind: 'shared-word', threshold: 0.4 },
    keys: (q) => [matchKeyParts(q).phonetic ?? ''].filter(Boolean),
  },
  {
    match: { kind: 'similar', threshold: 0.5 },
    keys: (q) => matchKeys(q, { ascii: false }),
    whenNothingFound: true,
  },
  { match: { kind: 'similar', threshold: 0.3 }, keys: (q) => matchKeys(q), whenNothingFound: true },
];
/**
 * Candidates for a query that names part of a name (a surname or given name alone, or a prefix typed so
 * far), fetched for a one-word query without enough full-name matches, and for a longer query only when
 * the steps above found nothing (its words were looked up whole already): keys in which some words, or the start of
 * a word, share most trigrams with the query's phonetic or ASCII key (pg_trgm word similarity; a prefix
 * of four letters scores 0.8 against its word, of three 0.75). The skeleton is left out: a prefix's
 * skeleton is two or three letters that half the keys contain.
 */
export const PARTIAL_STEP: { match: KeyMatch; keys: (query: string) => string[] } = {
  match: { kind: 'word', threshold: 0.7 },
  keys: (q) => matchKeys(q, { skeleton: false }),
};
/** The widest candidate threshold (pg_trgm's default), for callers that want every likely spelling. */
export const KEY_SIMILARITY_THRESHOLD = 0.3;
/** A best score from which a step's candidates are trusted and search does not widen: any match. */
export const CONVINCING_SCORE = NAME_MATCH_THRESHOLD;
/** Most match keys fetched per query, best first, before the re-ranking in TypeScript. */
export const MAX_CANDIDATE_KEYS = 200;

/** Stored spellings already split into phonetic tokens, for repeated searches and imports (bounded). */
const preparedCache = new Map<string, PreparedName>();
const PREPARED_CACHE_SIZE = 50_000;
export function prepared(text: string): PreparedName {
  let name = preparedCache.get(text);
  if (name) {
    // Least recently used first: a hit moves to the end of the Map's order.
    preparedCache.delete(text);
  } else {
    if (preparedCache.size >= PREPARED_CACHE_SIZE) {
      for (const oldest of [...preparedCache.keys()].slice(0, PREPARED_CACHE_SIZE / 10)) {
        preparedCache.delete(oldest);
      }
    }
    name = prepareName(text);
  }
  preparedCache.set(text, name);
  return name;
}

/** The query as typed and, for two or three words, in the other orders (family name first or last). */
function wordOrders(q: string): string[] {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 2) return [q, `${words[1]} ${words[0]}`];
  if (words.length === 3) {
    const [a, b, c] = words as [string, string, string];
    return [q, `${c} ${a} ${b}`, `${b} ${c} ${a}`];
  }
  return [q];
}

/** Scores closer than this are equal (floating-point noise of the weighted edit distance). */
const SCORE_EPSILON = 1e-9;

export interface SearchRequest {
  q: string;
  types?: readonly SearchEntityType[] | undefined;
  limit: number;
}

/**
 * Finds the records `actor` may read whose stored spellings match `q` in any script: candidates by
 * trigram similarity of match keys in the database, then every stored spelling of each candidate
 * scored with `nameSimilarity`; those below NAME_MATCH_THRESHOLD are dropped, the rest returned best
 * first (ties keep the database's order: better key first).
 */
export async function searchNames(
  deps: AppDeps,
  actor: Actor,
  request: SearchRequest,
): Promise<SearchResult[]> {
  const q = request.q.trim();
  if (!matchKeys(q).length) return [];
  const types = request.types?.length ? [...new Set(request.types)] : [...SEARCH_TYPES];
  const scope = registryReadScope(actor);
  const fetch = (step: { match: KeyMatch; keys: (query: string) => string[]; limit?: number }) =>
    findKeyCandidates(deps.db, {
      keys: step.keys(q),
      match: step.match,
      types,
      scope,
      limit: step.limit ?? MAX_CANDIDATE_KEYS,
    });
  let ranked: RankedResult[] = [];
  let candidates: KeyCandidate[] = [];
  let convinced = false;
  let filledAt: number | undefined;
  for (const step of CANDIDATE_STEPS) {
    if (step.whenNothingFound && candidates.length > 0) continue;
    // When a similarity step already filled the candidate limit, a lower threshold cannot change the
    // best MAX_CANDIDATE_KEYS keys (they all score at least the earlier threshold, and the earlier keys
    // are among this step's), so the step runs at the earlier threshold: the same candidates, without
    // reading every key that shares a third of its trigrams with the query (the slow tail).
    const match =
      step.match.kind === 'similar' && filledAt !== undefined && filledAt > step.match.threshold
        ? { ...step.match, threshold: filledAt }
        : step.match;
    const found = await fetch({ ...step, match });
    candidates = found.candidates;
    if (match.kind === 'similar' && found.limitReached) filledAt = match.threshold;
    ranked = await rank(deps, q, candidates);
    convinced = ranked[0] !== undefined && !ranked[0].partial && ranked[0].score >= CONVINCING_SCORE;
    if (convinced) break;
  }
  // A single word may be the surname or given name of longer names, or a prefix typed into a
  // search-as-you-type box: widen with word similarity and rank the union: partial matches follow the
  // full-name ones, whose order does not change. A query of several words fetched the keys sharing a
  // word with it above (and ranks them as partial matches too); it widens only when nothing was found.
  const oneWord = q.split(/\s+/).length === 1;
  if (oneWord ? !convinced || ranked.length < request.limit : candidates.length === 0) {
    const seen = new Set(candidates.map((c) => `${c.entityType}:${c.entityId}`));
    const more = (await fetch(PARTIAL_STEP)).candidates.filter(
      (c) => !seen.has(`${c.entityType}:${c.entityId}`),
    );
    if (more.length) ranked = await rank(deps, q, [...candidates, ...more]);
  }
  return ranked.slice(0, request.limit).map(({ order: _order, partial: _partial, score, ...r }) => ({
    ...r,
    score: Math.round(score * 1000) / 1000,
  }));
}

type RankedResult = SearchResult & { order: number; partial: boolean };

/**
 * Scores every stored spelling of each candidate against the query with nameSimilarity; keeps records
 * at or above NAME_MATCH_THRESHOLD, best first (ties keep the candidates' order: better key first).
 * Records that no spelling matches as a whole name but one matches in part (partialNameSimilarity: a
 * word of the name, or a prefix of a word) follow every full-name match, best first, so full-name
 * results keep exactly their order.
 */
async function rank(deps: AppDeps, q: string, candidates: readonly KeyCandidate[]): Promise<RankedResult[]> {
  if (!candidates.length) return [];
  const ids = { person: [] as string[], organisation: [] as string[], place: [] as string[] };
  for (const c of candidates) ids[c.entityType].push(c.entityId);
  const spellings = await findSpellings(deps.db, ids);

  const query = prepareName(q);
  const folded = searchFold(q);
  const scored = new Map<
    string,
    {
      label?: string;
      matched?: string;
      score: number;
      literal: number;
      partial?: string;
      partialScore: number;
    }
  >();
  // Spellings come in label order, so the label is the first labelable one. Of spellings that score
  // the same (Frunze and Фрунзе read alike), the one closest to the query as typed is the matched one,
  // then the one nearer the label.
  for (const s of spellings) {
    const id = `${s.entityType}:${s.entityId}`;
    let entry = scored.get(id);
    if (!entry) {
      entry = { score: -1, literal: -1, partialScore: 0 };
      scored.set(id, entry);
    }
    if (s.labelable && entry.label === undefined) entry.label = s.text;
    const score = nameSimilarity(query, prepared(s.text));
    if (score < NAME_MATCH_THRESHOLD) {
      const partial = partialNameSimilarity(query, prepared(s.text));
      if (partial > entry.partialScore + SCORE_EPSILON) {
        entry.partialScore = partial;
        entry.partial = s.text;
      }
    }
    if (score < entry.score - SCORE_EPSILON) continue;
    const literal = trigramSimilarity(folded, searchFold(s.text));
    if (score > entry.score + SCORE_EPSILON || literal > entry.literal) {
      entry.score = Math.max(score, entry.score);
      entry.matched = s.text;
      entry.literal = literal;
    }
  }

  const results: RankedResult[] = [];
  candidates.forEach((c, order) => {
    const entry = scored.get(`${c.entityType}:${c.entityId}`);
    if (!entry || entry.matched === undefined) return;
    const full = entry.score >= NAME_MATCH_THRESHOLD;
    if (!full && entry.partial === undefined) return;
    const matched = full ? entry.matched : (entry.partial as string);
    results.push({
      type: c.entityType,
      id: c.entityId,
      label: entry.label ?? matched,
      score: full ? entry.score : entry.partialScore,
      matched,
      order,
      partial: !full,
    });
  });
  return results.sort(
    (a, b) => Number(a.partial) - Number(b.partial) || b.score - a.score || a.order - b.order,
  );
}
