import { readdirSync } from 'node:fs';
import { matchKeys } from '@kopru/turkic';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importReport, importWorld, postFile } from './imports.fixtures.ts';
import { BatchKeys } from './imports.matching.ts';
import { PEOPLE_BATCH } from './imports.people.ts';
import { loadPersonSnapshot } from './imports.snapshots.ts';

// People are imported in batches (imports.people.ts): these tests hold the batches to deciding
// every row as one-row-at-a-time would, across batch boundaries and within a batch.

let t: TestApp;
let world: Awaited<ReturnType<typeof importWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  world = await importWorld(t);
});
afterAll(() => t.close());

const url = (query = '') => `/api/imports/people${query}`;
const report = importReport;

const SYLLABLES = ['ba', 'de', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'ze', 'gu', 'fo', 'ha'];
const GIVEN = ['Arman', 'Dilnoza', 'Kanat', 'Leyla', 'Murat', 'Nigora', 'Orhan', 'Saule', 'Timur', 'Zarina'];

/** Made-up names (a given name, a family name of three syllables), spread so few look alike. */
function names(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = (i * 7919) % SYLLABLES.length ** 3;
    const s = (k: number) => SYLLABLES[Math.floor(n / SYLLABLES.length ** k) % SYLLABLES.length]!;
    const family = `${s(2)}${s(1)}${s(0)}ov`;
    return `${GIVEN[i % GIVEN.length]} ${family[0]!.toUpperCase()}${family.slice(1)}`;
  });
}

describe('batched people imports', () => {
  it('decides a file larger than a batch row by row: an earlier row’s person is found by a later one', async () => {
    const list = names(PEOPLE_BATCH + 200);
    const csv = [
      'full_name,other_names',
      ...list.map((n) => `${n},`),
      // Row PEOPLE_BATCH + 202 repeats row 2 (another batch); the next one, in Cyrillic word order,
      // is another spelling of row 5 with a new spelling; the last repeats the row just before it.
      `${list[0]},`,
      `${list[3]!.split(' ').reverse().join(' ')},`,
      `${list[3]!.split(' ').reverse().join(' ')},`,
    ].join('\n');
    const r = await report(
      await postFile(t, world.cookies.editor, url('?commit=true&onDuplicate=merge'), csv),
    );
    expect(r.rows).toHaveLength(list.length + 3);
    // Look-alikes among the made-up names are merged into the earlier one; every name is decided.
    expect(r.summary.created + r.summary.duplicates).toBe(list.length + 1);
    expect(r.summary.created).toBeGreaterThan(list.length * 0.9);
    const tail = r.rows.slice(-3);
    expect(tail[0]).toMatchObject({ status: 'unchanged', id: r.rows[0]!.id });
    expect(tail[1]).toMatchObject({
      status: 'duplicate',
      decision: 'merge',
      duplicateOf: { id: r.rows[3]!.id },
    });
    expect(tail[2]).toMatchObject({ status: 'unchanged', id: r.rows[3]!.id });

    const again = await report(await postFile(t, world.cookies.editor, url('?commit=true'), csv));
    expect(again.summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: list.length + 3,
      duplicates: 0,
      errors: 0,
    });
  });

  it('finds a row of the same batch that spells an earlier row’s person otherwise', async () => {
    const csv = ['full_name', 'Rəşad Quliyevtest', 'Rashad Guliyevtest', 'Рашад Гулиевtest'].join('\n');
    const r = await report(await postFile(t, world.cookies.editor, url('?onDuplicate=skip'), csv));
    expect(r.rows.map((row) => row.status)).toEqual(['created', 'duplicate', 'duplicate']);
    expect(r.rows[1]!.duplicateOf?.id).toBe(r.rows[0]!.id);
  });

  it('sees what an earlier row of the batch added to a stored person', async () => {
    await report(
      await postFile(
        t,
        world.cookies.editor,
        url('?commit=true'),
        'full_name,other_names\nBolat Seitkalitest,Bake Batchtest\n',
      ),
    );
    const csv = [
      'full_name,email',
      'Bolat Seitkalitest,bolat@example.org',
      // Another stored spelling (no key in common with the row above), the email the row above added.
      'Bake Batchtest,bolat@example.org',
    ].join('\n');
    const r = await report(await postFile(t, world.cookies.editor, url('?commit=true'), csv));
    expect(r.rows.map((row) => row.status)).toEqual(['updated', 'unchanged']);
    const emails = await t.database.db
      .selectFrom('contacts')
      .select('value')
      .where('entity_id', '=', r.rows[0]!.id!)
      .execute();
    expect(emails).toEqual([{ value: 'bolat@example.org' }]);
  });

  it('audits each created person with the snapshot the record itself gives', async () => {
    const csv = [
      'full_name,other_names,organisation,position,email',
      'Gulnara Snapshotova,Гульнара Снапшотова,State Committee on Work with Diaspora,Adviser,gulnara@example.org',
    ].join('\n');
    const r = await report(await postFile(t, world.cookies.editor, url('?commit=true'), csv));
    const id = r.rows[0]!.id!;
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'person.created')
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    const byName = (s: { names: { fullName: string }[] }) => ({
      ...s,
      names: [...s.names].sort((a, b) => a.fullName.localeCompare(b.fullName)),
    });
    const stored = await loadPersonSnapshot(t.database.db, id);
    expect(stored?.positions).toHaveLength(1);
    expect(stored?.contacts).toHaveLength(1);
    expect(byName(entry.after as never)).toEqual(byName(JSON.parse(JSON.stringify(stored))));
  });

  it('stores a key that several spellings of a person give once, and finds the person by it', async () => {
    const csv = 'full_name,other_names\nKeyonce Ömer Qocaman,Keyonce Omer Qocaman;Кейонс Омер Кочаман\n';
    const [created] = (await report(await postFile(t, world.cookies.editor, url('?commit=true'), csv))).rows;
    const keys = await t.database.db
      .selectFrom('name_keys')
      .select('key')
      .where('entity_id', '=', created!.id!)
      .execute();
    const all = ['Keyonce Ömer Qocaman', 'Keyonce Omer Qocaman', 'Кейонс Омер Кочаман'].flatMap((n) =>
      matchKeys(n),
    );
    expect(all.length).toBeGreaterThan(new Set(all).size);
    expect(keys.map((k) => k.key).sort()).toEqual([...new Set(all)].sort());
    const again = await report(
      await postFile(t, world.cookies.editor, url(), 'full_name\nKeyonce Omer Qocaman\n'),
    );
    expect(again.rows[0]).toMatchObject({ status: 'unchanged', id: created!.id });
  });

  it('leaves no copy of the upload behind', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('kopru-import-')).length;
    await report(await postFile(t, world.cookies.editor, url(), 'full_name\nTemporary Filetest\n'));
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('kopru-import-'))).toHaveLength(before);
  });
});

describe('BatchKeys', () => {
  it('tells a row whose keys an earlier row of the batch stored', () => {
    const batch = new BatchKeys();
    batch.add(['rasad kuliev', 'rst klv']);
    expect(batch.mayMatch(['kuliev rasad', 'rst klv'])).toBe(true);
    expect(batch.mayMatch(['aigerim jumabaeva', 'akrm jmbv'])).toBe(false);
  });
});
