import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { type AuditEvent, recordAudit } from '../audit/audit.service.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { COUNTRY_CODES } from '../registry/registry.codes.ts';
import { foldName } from './imports.columns.ts';
import type { KeysAhead } from './imports.keys.ts';
import { countryCodeNamed, organisationsNamed } from './imports.repository.ts';
import type { DuplicateDecision } from './imports.schema.ts';

/** Everything a row handler needs: the import's transaction, who imports, and what to do with duplicates. */
export interface ImportContext {
  /** The import's transaction (a dry run's is rolled back). Never `deps.db` (ADR 0002). */
  readonly db: Kysely<Database>;
  readonly ctx: RequestContext;
  readonly actor: Actor;
  readonly scope: VisibilityScope;
  /** The body that owns the records the import creates. */
  readonly owner: string | null;
  readonly commit: boolean;
  /** What to do with a likely duplicate in `row`: its decision, else `onDuplicate`. */
  decide(row: number): DuplicateDecision;
  /** Countries already resolved in this import, by folded text. */
  readonly countries: Map<string, string | null>;
  /**
   * Organisations already looked up by name in this import, by the name as written. A row that writes an
   * organisation (an organisations import) clears it.
   */
  readonly organisations: Map<string, Awaited<ReturnType<typeof organisationsNamed>>>;
  /**
   * Rows the import has written since the tables it reads were last analysed, and how many they
   * held then: a large import analyses them again as it goes (db/statistics.ts).
   */
  readonly written: { rows: number; base: number };
  /** Match keys of the rows ahead, computed on a worker thread (people imports). */
  readonly keysAhead: KeysAhead;
}

/** Why a row cannot be imported; row handlers throw it before they write anything. */
export class RowError extends Error {}

/** Records an audit entry when the import commits (a dry run writes none). */
export async function auditRow(ic: ImportContext, event: AuditEvent): Promise<void> {
  if (ic.commit) await recordAudit(ic.db, ic.ctx, event);
}

/** Throws a RowError when `value` is longer than `max` characters. */
export function checkLength(column: string, value: string, max: number): void {
  if (value.length > max) throw new RowError(`${column}: longer than ${max} characters`);
}

// Country names in the languages of the network (and a few of the diaspora's countries), from the
// CLDR data that Node's Intl carries: "Kazakhstan", "Казахстан", "Kazakistan" all name KZ.
const NAME_LOCALES = ['en', 'ru', 'tr', 'az', 'kk', 'ky', 'uz', 'tk', 'de', 'fr'];
let countryNames: Map<string, string> | undefined;

function countryByName(name: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    for (const locale of NAME_LOCALES) {
      const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const code of COUNTRY_CODES) {
        const label = names.of(code);
        if (label && !countryNames.has(foldName(label))) countryNames.set(foldName(label), code);
      }
    }
  }
  return countryNames.get(foldName(name));
}

/**
 * The ISO 3166-1 alpha-2 code a `country` cell names: a code (`kz`, `KZ`) or a country's name in
 * a language CLDR knows or in the gazetteer.
 * @throws RowError when no country has that code or name
 */
export async function resolveCountry(ic: ImportContext, value: string): Promise<string> {
  const key = foldName(value);
  let code = ic.countries.get(key);
  if (code === undefined) {
    const upper = value.toUpperCase();
    code =
      (/^[A-Z]{2}$/.test(upper) && COUNTRY_CODES.has(upper) ? upper : undefined) ??
      countryByName(value) ??
      (await countryCodeNamed(ic.db, value)) ??
      null;
    ic.countries.set(key, code);
  }
  if (!code) throw new RowError(`country: "${value}" is not a country code or name`);
  return code;
}

/**
 * The organisation a cell names (a name or abbreviation, ignoring case) among those the importer
 * may read; with several, the one in `country`, else one of `prefer` (the record's current links).
 * @throws RowError when none or several match
 */
export async function resolveOrganisation(
  ic: ImportContext,
  column: string,
  name: string,
  options: { country?: string | null; prefer?: readonly (string | null)[] } = {},
): Promise<string> {
  const key = name;
  let found = ic.organisations.get(key);
  if (!found) {
    found = await organisationsNamed(ic.db, name, ic.scope);
    ic.organisations.set(key, found);
  }
  const country = options.country;
  const sameCountry = country ? found.filter((o) => o.country_code?.trim() === country) : [];
  const possible = country
    ? found.filter((o) => !o.country_code || o.country_code.trim() === country)
    : found;
  if (!possible.length) throw new RowError(`${column}: no organisation named "${name}" was found`);
  if (possible.length === 1) return possible[0]!.id;
  if (sameCountry.length === 1) return sameCountry[0]!.id;
  const preferred = possible.find((o) => options.prefer?.includes(o.id));
  if (preferred) return preferred.id;
  throw new RowError(`${column}: ${possible.length} organisations are named "${name}"; add the country`);
}
