import {
  matchKeys,
  NAME_MATCH_THRESHOLD,
  nameSimilarity,
  type PreparedName,
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
 * a key, and equality is the cheapest lookup. Then trigram similarity at 0.5 with the phonetic key and
 * the skeleton: the trigram index then reads only keys that share most trigrams with the query. Last,
 * every key at pg_trgm's default 0.3, at which the development set never loses the right record
 * (packages/turkic README); only queries that found nothing convincing pay for that wide net.
 */
export const CANDIDATE_STEPS: readonly {
  match: KeyMatch;
  keys: (query: string) => string[];
}[] = [
  { match: { kind: 'equal' }, keys: (q) => [...new Set(wordOrders(q).flatMap((order) => matchKeys(order)))] },
  { match: { kind: 'similar', threshold: 0.5 }, keys: (q) => matchKeys(q, { ascii: false }) },
  { match: { kind: 'similar', threshold: 0.3 }, keys: (q) => matchKeys(q) },
];
/** The widest candidate threshold (pg_trgm's default), for callers that want every likely spelling. */
export const KEY_SIMILARITY_THRESHOLD = 0.3;
/** A best score from which a step's candidates are trusted and search does not widen: any match. */
export const CONVINCING_SCORE = NAME_MATCH_THRESHOLD;
/** Most match keys fetched per query, best first, before the re-ranking in TypeScript. */
export const MAX_CANDIDATE_KEYS = 200;

/** Stored spellings already split into phonetic tokens, for repeated searches (bounded). */
const preparedCache = new Map<string, PreparedName>();
const PREPARED_CACHE_SIZE = 50_000;
function prepared(text: string): PreparedName {
  let name = preparedCache.get(text);
  if (!name) {
    if (preparedCache.size >= PREPARED_CACHE_SIZE) preparedCache.clear();
    name = prepareName(text);
    preparedCache.set(text, name);
  }
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
  let ranked: RankedResult[] = [];
  for (const step of CANDIDATE_STEPS) {
    const candidates = await findKeyCandidates(deps.db, {
      keys: step.keys(q),
      match: step.match,
      types,
      scope,
      limit: MAX_CANDIDATE_KEYS,
    });
    ranked = await rank(deps, q, candidates);
    if ((ranked[0]?.score ?? 0) >= CONVINCING_SCORE) break;
  }
  return ranked.slice(0, request.limit).map(({ order: _order, score, ...r }) => ({
    ...r,
    score: Math.round(score * 1000) / 1000,
  }));
}

type RankedResult = SearchResult & { order: number };

/**
 * Scores every stored spelling of each candidate against the query with nameSimilarity; keeps records
 * at or above NAME_MATCH_THRESHOLD, best first (ties keep the candidates' order: better key first).
 */
async function rank(deps: AppDeps, q: string, candidates: readonly KeyCandidate[]): Promise<RankedResult[]> {
  if (!candidates.length) return [];
  const ids = { person: [] as string[], organisation: [] as string[], place: [] as string[] };
  for (const c of candidates) ids[c.entityType].push(c.entityId);
  const spellings = await findSpellings(deps.db, ids);

  const query = prepareName(q);
  const folded = searchFold(q);
  const scored = new Map<string, { label?: string; matched?: string; score: number; literal: number }>();
  // Spellings come in label order, so the label is the first labelable one. Of spellings that score
  // the same (Frunze and Фрунзе read alike), the one closest to the query as typed is the matched one,
  // then the one nearer the label.
  for (const s of spellings) {
    const id = `${s.entityType}:${s.entityId}`;
    let entry = scored.get(id);
    if (!entry) {
      entry = { score: -1, literal: -1 };
      scored.set(id, entry);
    }
    if (s.labelable && entry.label === undefined) entry.label = s.text;
    const score = nameSimilarity(query, prepared(s.text));
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
    if (!entry || entry.matched === undefined || entry.score < NAME_MATCH_THRESHOLD) return;
    results.push({
      type: c.entityType,
      id: c.entityId,
      label: entry.label ?? entry.matched,
      score: entry.score,
      matched: entry.matched,
      order,
    });
  });
  return results.sort((a, b) => b.score - a.score || a.order - b.order);
}
