import { cleanCell } from '../imports/imports.columns.ts';
import type { LocalizedTextInput } from '../registry/registry.schema.ts';
import type { ItemView } from './plans.presenter.ts';
import type { ItemCreate, ItemUpdate } from './plans.schema.ts';
import type { PlanItem } from './plans.table.ts';
import { regionText, TITLE_LANGS } from './plans.transfer.columns.ts';
import { type TransferChange, TransferRowError, type Wanted } from './plans.transfer.rows.ts';

// What a row changes: compared with the item as the export writes it (cells cleaned the same
// way), so an unedited export is `unchanged` to the letter. A period whose phrase and language are
// the stored ones is unchanged (never re-parsed into another span); a progress equal to the stored
// one keeps a roll-up parent rolled up.

type Current = { item: PlanItem; view: ItemView };
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const names = (refs: readonly { name: string }[]) => refs.map((r) => r.name).join('; ');

function diffTitle(wanted: Wanted, { item, view }: Current, changes: TransferChange[], patch: ItemUpdate) {
  // Languages the row leaves empty keep their text, with its translation status.
  const title: LocalizedTextInput = { ...item.title };
  let changed = false;
  for (const lang of TITLE_LANGS) {
    const after = wanted.title[lang];
    if (after === undefined || after === cleanCell(view.title[lang] ?? '')) continue;
    changes.push({ field: `title_${lang}`, before: view.title[lang] ?? null, after });
    title[lang] = after;
    changed = true;
  }
  if (changed) patch.title = title;
}

function diffPlace(wanted: Wanted, { item, view }: Current, changes: TransferChange[], patch: ItemUpdate) {
  if (!wanted.countries) return;
  const { codes, region } = wanted.countries;
  if (!same(codes, view.countries)) {
    changes.push({ field: 'countries', before: view.countries, after: codes });
    patch.countries = codes;
  }
  const storedRegion = regionText(view.region);
  if (region !== cleanCell(storedRegion)) {
    changes.push({ field: 'region', before: storedRegion || null, after: region || null });
    patch.region = region ? { ...(item.region ?? {}), en: region } : null;
  }
}

/** The changes a row makes to an existing item, and the PATCH that makes them. */
export function diffItem(wanted: Wanted, current: Current): { changes: TransferChange[]; patch: ItemUpdate } {
  const { item, view } = current;
  const changes: TransferChange[] = [];
  const patch: ItemUpdate = {};
  diffTitle(wanted, current, changes, patch);
  for (const role of ['responsible', 'supporting'] as const) {
    const bodies = wanted[role];
    if (
      !bodies ||
      same(
        bodies.ids,
        view[role].map((r) => r.id),
      )
    )
      continue;
    changes.push({ field: role, before: names(view[role]), after: bodies.names });
    patch[role === 'responsible' ? 'responsibleIds' : 'supportingIds'] = bodies.ids;
  }
  diffPlace(wanted, current, changes, patch);
  const period = wanted.period;
  if (period && (period.text !== cleanCell(item.period_text ?? '') || period.lang !== item.period_lang)) {
    changes.push({ field: 'period_text', before: item.period_text, after: period.text });
    if (period.lang !== item.period_lang) {
      changes.push({ field: 'period_lang', before: item.period_lang, after: period.lang });
    }
    patch.periodText = period.text;
    patch.periodLang = period.lang;
  }
  for (const field of ['status', 'progress', 'weight'] as const) {
    const after = wanted[field];
    if (after === undefined || after === view[field]) continue;
    changes.push({ field, before: view[field], after });
    Object.assign(patch, { [field]: after });
  }
  return { changes, patch };
}

/** The changes a row makes by creating an item with `code`, and the POST that creates it. */
export function createInput(code: string, wanted: Wanted): { changes: TransferChange[]; input: ItemCreate } {
  const title = Object.fromEntries(Object.entries(wanted.title).filter(([, t]) => t)) as Record<
    string,
    string
  >;
  if (!Object.keys(title).length) {
    throw new TransferRowError(
      'VALIDATION_FAILED',
      'title: a new item needs a title in at least one language',
    );
  }
  const input: ItemCreate = { code, title };
  const changes: TransferChange[] = Object.entries(title).map(([lang, t]) => ({
    field: `title_${lang}`,
    before: null,
    after: t,
  }));
  const set = (field: string, after: unknown, request: Partial<ItemCreate>) => {
    changes.push({ field, before: null, after });
    Object.assign(input, request);
  };
  const { responsible, supporting, countries, period } = wanted;
  if (responsible) set('responsible', responsible.names, { responsibleIds: responsible.ids });
  if (supporting) set('supporting', supporting.names, { supportingIds: supporting.ids });
  if (countries?.codes.length) set('countries', countries.codes, { countries: countries.codes });
  if (countries?.region) set('region', countries.region, { region: { en: countries.region } });
  if (period) {
    set('period_text', period.text, { periodText: period.text });
    set('period_lang', period.lang, { periodLang: period.lang });
  }
  for (const field of ['status', 'progress', 'weight'] as const) {
    if (wanted[field] !== undefined) set(field, wanted[field], { [field]: wanted[field] });
  }
  return { changes, input };
}
