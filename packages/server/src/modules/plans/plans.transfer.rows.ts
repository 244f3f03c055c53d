import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { splitNames } from '../imports/imports.columns.ts';
import { organisationsNamed } from '../imports/imports.repository.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { COUNTRY_CODES } from '../registry/registry.codes.ts';
import type { ItemView } from './plans.presenter.ts';
import { ITEM_STATUSES, PERIOD_LANGS, type Plan, type PlanItem } from './plans.table.ts';
import { TITLE_LANGS, type TransferValues } from './plans.transfer.columns.ts';

// One row of a plan import against the item it names (or none): what changes, as the report shows
// it, and the request the items API would get. An empty cell says nothing (the item keeps its
// value), as in the registry imports; a non-empty cell replaces the whole value.

/** Why a row cannot be imported: a stable code and a message naming the column. */
export class TransferRowError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One change of a row, as the report shows it. */
export interface TransferChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What a row reads besides itself: the import's transaction, plan, and whom the importer may read. */
export interface TransferContext {
  trx: Kysely<Database>;
  plan: Plan;
  scope: VisibilityScope;
}

const invalid = (message: string) => new TransferRowError('VALIDATION_FAILED', message);

/** The organisation a name stands for (abbreviation or name, ignoring case); `prefer` settles ties. */
async function resolveBody(tc: TransferContext, column: string, name: string, prefer: readonly string[]) {
  const found = await organisationsNamed(tc.trx, name, tc.scope);
  if (found.length === 1) return found[0]!.id;
  if (!found.length) throw invalid(`${column}: no organisation named "${name}" was found`);
  const preferred = found.filter((o) => prefer.includes(o.id));
  if (preferred.length === 1) return preferred[0]!.id;
  throw invalid(`${column}: ${found.length} organisations are named "${name}"; use the abbreviation`);
}

/** `countries` as ISO codes and the region text (the entries that are not codes). */
function readCountries(cell: string) {
  const parts = cell
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const isCode = (p: string) => /^[A-Za-z]{2}$/.test(p) && COUNTRY_CODES.has(p.toUpperCase());
  const codes = [...new Set(parts.filter(isCode).map((p) => p.toUpperCase()))];
  return { codes, region: parts.filter((p) => !isCode(p)).join('; ') };
}

function readNumber(column: string, cell: string, rule: (n: number) => boolean, says: string) {
  const n = Number(cell);
  if (cell === '' || !Number.isFinite(n) || !rule(n)) throw invalid(`${column}: "${cell}" ${says}`);
  return n;
}

/** Organisations of a cell: their ids, and the cell as written (for the report). */
type Bodies = { ids: string[]; names: string };

/** The item's state as the row's cells would write it, for comparison (absent = not said). */
export interface Wanted {
  title: Partial<Record<string, string>>;
  responsible?: Bodies;
  supporting?: Bodies;
  countries?: { codes: string[]; region: string };
  period?: { text: string; lang: (typeof PERIOD_LANGS)[number] };
  status?: (typeof ITEM_STATUSES)[number];
  progress?: number;
  weight?: number;
}

async function readBodies(tc: TransferContext, v: TransferValues, wanted: Wanted, current?: ItemView) {
  // A name both bodies could carry settles on the item's own body (the export wrote its name).
  const prefer = [...(current?.responsible ?? []), ...(current?.supporting ?? [])].map((r) => r.id);
  for (const role of ['responsible', 'supporting'] as const) {
    const names = splitNames(v[role] ?? '');
    if (!names.length) continue;
    const ids: string[] = [];
    for (const name of names) {
      const id = await resolveBody(tc, role, name, prefer);
      if (!ids.includes(id)) ids.push(id);
    }
    wanted[role] = { ids, names: names.join('; ') };
  }
}

function oneOf<T extends string>(column: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(`${column}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * Reads a row's cells: organisations resolved, numbers and choices checked. A period phrase
 * without a language keeps the item's language (else English).
 * @throws TransferRowError VALIDATION_FAILED naming the column
 */
export async function readWanted(
  tc: TransferContext,
  v: TransferValues,
  current?: { item: PlanItem; view: ItemView },
): Promise<Wanted> {
  const wanted: Wanted = { title: {} };
  for (const lang of TITLE_LANGS) if (v[`title_${lang}`]) wanted.title[lang] = v[`title_${lang}`];
  await readBodies(tc, v, wanted, current?.view);
  if (v.countries) wanted.countries = readCountries(v.countries);
  if (v.period_text) {
    const lang = v.period_lang || (current?.item.period_text ? current.item.period_lang : null) || 'en';
    wanted.period = { text: v.period_text, lang: oneOf('period_lang', lang, PERIOD_LANGS) };
  }
  if (v.status) wanted.status = oneOf('status', v.status, ITEM_STATUSES);
  if (v.progress) {
    const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;
    wanted.progress = readNumber('progress', v.progress, whole, 'is not a whole number from 0 to 100');
  }
  if (v.weight) {
    wanted.weight = readNumber('weight', v.weight, (n) => n > 0 && n <= 1_000_000, 'is not a number above 0');
  }
  return wanted;
}
