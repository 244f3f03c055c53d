import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { organisationLabel, organisationSummaries } from './organisations.repository.ts';
import { canReadRecord } from './registry.policy.ts';

// Organisations as a `Ref` names them (docs/api/plans.md, programmes.md): the current
// abbreviation, else the label — the text the plan export writes and its import matches.

/** An organisation's name as a `Ref` shows it: its current abbreviation, else its label. */
export const refName = (alias = 'o') =>
  sql<string>`coalesce((select n.abbreviation from organisation_names n
    where n.organisation_id = ${sql.ref(`${alias}.id`)} and n.valid_to is null and n.abbreviation is not null
    order by (n.lang = 'en') desc, n.sort limit 1), ${organisationLabel(alias)}, '')`;

/** Ref names (abbreviation, else label) of organisations by id, read as they are (callers check access). */
export async function refNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('organisations as o')
    .select(['o.id', refName().as('name')])
    .where('o.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The `Ref` names of the organisations of `ids` the actor may read (abbreviation, else name, as
 * docs/api/plans.md says and the plan import matches), by id.
 */
export async function readableRefNames(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const [summaries, names] = await Promise.all([organisationSummaries(db, ids), refNames(db, ids)]);
  return new Map(
    [...summaries.values()]
      .filter((s) => canReadRecord(actor, s))
      .map((s) => [s.id, names.get(s.id) ?? s.name]),
  );
}
