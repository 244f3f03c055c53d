import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

/** Most rows sent in one statement (one JSON parameter of a few MB at most). */
const ROWS_PER_STATEMENT = 5000;

/** Column name → type as PostgreSQL writes it (`uuid`, `text[]`, `timestamp with time zone`), by table. */
const columnTypes = new Map<string, Map<string, string>>();

async function typesOf(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    const { rows } = await sql<{ name: string; type: string }>`
      select attname as name, format_type(atttypid, atttypmod) as type
      from pg_attribute
      where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped`.execute(db);
    types = new Map(rows.map((r) => [r.name, r.type]));
    columnTypes.set(table, types);
  }
  return types;
}

/** The columns every row sets (undefined is unset), or undefined when rows set different columns. */
function sharedColumns(rows: readonly object[]): string[] | undefined {
  const set = (row: object) =>
    Object.entries(row)
      .filter(([, value]) => value !== undefined)
      .map(([column]) => column);
  const columns = set(rows[0]!);
  const same = rows.every((row) => {
    const mine = set(row);
    return mine.length === columns.length && mine.every((c, i) => c === columns[i]);
  });
  return same ? columns : undefined;
}

/**
 * Inserts rows into one table; no rows, no statement. Rows that set the same columns travel as one
 * JSON parameter per 5,000 rows, unpacked by the server (`json_to_recordset`) with the table's column
 * types: for the import's batches (ADR 0010) this costs far less than thousands of bound parameters,
 * on both sides. Values are what the Kysely insert takes: JSON text or objects for jsonb columns,
 * Dates for timestamps. Rows that set different columns go through Kysely (columns a row leaves out
 * take their defaults).
 */
export async function insertMany<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const columns = sharedColumns(rows as readonly object[]);
  if (!columns?.length) {
    await db
      .insertInto(table)
      .values(rows as never)
      .execute();
    return;
  }
  const types = await typesOf(db, table);
  // json(b) columns are declared text and cast: a caller's JSON text arrives as that text, an object
  // as its JSON.
  const declared = columns.map((c) => {
    const type = types.get(c);
    if (!type) throw new Error(`insertMany: ${table} has no column ${c}`);
    return sql`${sql.id(c)} ${sql.raw(type === 'jsonb' || type === 'json' ? 'text' : type)}`;
  });
  const selected = columns.map((c) =>
    types.get(c) === 'jsonb'
      ? sql`${sql.id(c)}::jsonb`
      : types.get(c) === 'json'
        ? sql`${sql.id(c)}::json`
        : sql.id(c),
  );
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT));
    await sql`
      insert into ${sql.id(table)} (${sql.join(columns.map((c) => sql.id(c)))})
      select ${sql.join(selected)} from json_to_recordset(${json}::json) as r(${sql.join(declared)})`.execute(
      db,
    );
  }
}
