import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import type { SearchEntityType } from './search.table.ts';

/** One record whose stored match keys are close to the query's, with the best key similarity. */
export interface KeyCandidate {
  entityType: SearchEntityType;
  entityId: string;
  similarity: number;
}

/** One stored spelling of a candidate, with what the label rules need to know about it. */
export interface StoredSpelling {
  entityType: SearchEntityType;
  entityId: string;
  text: string;
  /** Lower ranks first when choosing the label (the record's primary name). */
  labelRank: number;
  /** Extra spellings that match but never serve as the label (an organisation's abbreviation). */
  labelable: boolean;
}

/**
 * How stored keys are compared with the query's: equal (B-tree name_keys_key), sharing every word but
 * one and within a trigram similarity (a typo in one word of a name leaves the others equal), pg_trgm
 * similarity at a threshold (`%`), or pg_trgm word similarity at a threshold (`%>`: the query is close to some words or
 * the start of a word of the key, for a surname or given name alone, or a prefix typed so far).
 */
export type KeyMatch =
  | { kind: 'equal' }
  | { kind: 'shared-word'; threshold: number }
  | { kind: 'similar'; threshold: number }
  | { kind: 'word'; threshold: number };

/**
 * The word sets a key must contain to share all words but one with one of `keys` (for a one-word key,
 * that word): a typo in one word leaves the others, and common words (Türk, Derneği, Aigerim) alone
 * would match tens of thousands of keys.
 * @example allButOne(['a b c']) // [['b', 'c'], ['a', 'c'], ['a', 'b']]
 */
export function allButOne(keys: readonly string[]): string[][] {
  const sets = new Map<string, string[]>();
  for (const key of keys) {
    const words = [...new Set(key.split(' ').filter(Boolean))];
    const choices = words.length === 1 ? [words] : words.map((_, i) => words.filter((_, j) => j !== i));
    for (const set of choices) sets.set(set.join(' '), set);
  }
  return [...sets.values()];
}

const THRESHOLD_SETTING = {
  similar: 'pg_trgm.similarity_threshold',
  word: 'pg_trgm.word_similarity_threshold',
} as const;

/**
 * Match keys equal to (B-tree index name_keys_key), sharing all words but one with and within
 * `threshold` trigram similarity of (GIN index name_keys_words), or within `threshold` trigram or word similarity of
 * (pg_trgm's `%` or `%>`, served by the GIN index name_keys_key_trgm), any of `keys`, of records of
 * `types` that `scope` may read, best key first, at most `limit` keys (one candidate per record), and
 * whether the limit cut the list. The threshold is set for this transaction only, so pooled connections
 * keep the default.
 */
export async function findKeyCandidates(
  db: Kysely<Database>,
  query: {
    keys: readonly string[];
    match: KeyMatch;
    types: readonly SearchEntityType[];
    scope: VisibilityScope;
    limit: number;
  },
): Promise<{ candidates: KeyCandidate[]; limitReached: boolean }> {
  const { keys, match, types, scope, limit } = query;
  if (!keys.length || !types.length) return { candidates: [], limitReached: false };
  const similarity = sql.join(
    keys.map((key) =>
      match.kind === 'word' ? sql`word_similarity(${key}, k.key)` : sql`similarity(k.key, ${key})`,
    ),
  );
  const visibilities = scope.visibilities as string[];
  const own = scope.ownOrganisationIds;
  // Places are public; people and organisations by visibility or by owner (an organisation also
  // sees its own record).
  const visible = sql`(k.entity_type = 'place'
    or (k.entity_type = 'person' and exists (select 1 from people p where p.id = k.entity_id
      and (p.visibility = any(${visibilities}::text[]) or p.owner_org_id = any(${own}::uuid[]))))
    or (k.entity_type = 'organisation' and exists (select 1 from organisations o where o.id = k.entity_id
      and (o.visibility = any(${visibilities}::text[]) or o.id = any(${own}::uuid[])
        or o.owner_org_id = any(${own}::uuid[])))))`;
  const condition =
    match.kind === 'equal'
      ? sql`k.key = any(${keys}::text[])`
      : match.kind === 'shared-word'
        ? sql`(${sql.join(
            allButOne(keys).map((words) => sql`string_to_array(k.key, ' ') @> ${words}::text[]`),
            sql` or `,
          )}) and greatest(${similarity}) >= ${match.threshold}`
        : match.kind === 'similar'
          ? sql`k.key % any(${keys}::text[])`
          : sql`k.key %> any(${keys}::text[])`;
  const select = (executor: Kysely<Database>) =>
    sql<{ entity_type: SearchEntityType; entity_id: string; sim: number }>`
      select k.entity_type, k.entity_id, greatest(${similarity})::float8 as sim
      from name_keys k
      where ${condition}
        and k.entity_type = any(${types}::text[])
        and ${visible}
      order by sim desc, k.entity_type, k.entity_id
      limit ${limit}`.execute(executor);
  const { rows } =
    match.kind === 'equal' || match.kind === 'shared-word'
      ? await select(db)
      : await db.transaction().execute(async (trx) => {
          await sql`select set_config(${THRESHOLD_SETTING[match.kind]}, ${String(match.threshold)}, true)`.execute(
            trx,
          );
          return select(trx);
        });
  const best = new Map<string, KeyCandidate>();
  for (const row of rows) {
    const id = `${row.entity_type}:${row.entity_id}`;
    if (!best.has(id)) {
      best.set(id, { entityType: row.entity_type, entityId: row.entity_id, similarity: Number(row.sim) });
    }
  }
  return { candidates: [...best.values()], limitReached: rows.length >= limit };
}

/**
 * Every stored spelling of the given records, in label order: people's primary full name first;
 * organisations' current official English name, then other current official names, then the rest
 * by `sort`; places' official English name, then other official names, then the rest by `sort`.
 */
export async function findSpellings(
  db: Kysely<Database>,
  ids: { person: string[]; organisation: string[]; place: string[] },
): Promise<StoredSpelling[]> {
  const [people, organisations, places] = await Promise.all([
    ids.person.length
      ? db
          .selectFrom('person_names')
          .select(['person_id', 'full_name', 'is_primary'])
          .where('person_id', 'in', ids.person)
          .orderBy('person_id')
          .orderBy('is_primary', 'desc')
          .orderBy('id')
          .execute()
      : [],
    ids.organisation.length
      ? db
          .selectFrom('organisation_names')
          .select(['organisation_id', 'name', 'abbreviation', 'lang', 'name_type', 'valid_to'])
          .where('organisation_id', 'in', ids.organisation)
          .orderBy('organisation_id')
          .orderBy('sort')
          .orderBy('id')
          .execute()
      : [],
    ids.place.length
      ? db
          .selectFrom('place_names')
          .select(['place_id', 'name', 'lang', 'name_type'])
          .where('place_id', 'in', ids.place)
          .orderBy('place_id')
          .orderBy('sort')
          .orderBy('id')
          .execute()
      : [],
  ]);
  const spellings: StoredSpelling[] = [];
  people.forEach((n, i) => {
    spellings.push({
      entityType: 'person',
      entityId: n.person_id,
      text: n.full_name,
      labelRank: (n.is_primary ? 0 : 1_000_000) + i,
      labelable: true,
    });
  });
  organisations.forEach((n, i) => {
    const official = n.name_type === 'official';
    const current = n.valid_to === null;
    const rank = official ? (current ? (n.lang === 'en' ? 0 : 1) : 2) : 3;
    spellings.push({
      entityType: 'organisation',
      entityId: n.organisation_id,
      text: n.name,
      labelRank: rank * 1_000_000 + i,
      labelable: true,
    });
    if (n.abbreviation) {
      spellings.push({
        entityType: 'organisation',
        entityId: n.organisation_id,
        text: n.abbreviation,
        labelRank: Number.MAX_SAFE_INTEGER,
        labelable: false,
      });
    }
  });
  places.forEach((n, i) => {
    const rank = n.name_type === 'official' ? (n.lang === 'en' ? 0 : 1) : 2;
    spellings.push({
      entityType: 'place',
      entityId: n.place_id,
      text: n.name,
      labelRank: rank * 1_000_000 + i,
      labelable: true,
    });
  });
  return spellings.sort((a, b) => a.labelRank - b.labelRank);
}
