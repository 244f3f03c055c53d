import { matchKeys } from '@kopru/turkic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeysAhead, type RowSpellings } from './imports.keys.ts';

let keys: KeysAhead | undefined;
afterEach(() => keys?.close());

/** Enough rows to start the thread: the names given, then fillers. */
const rowsOf = (names: string[][]): RowSpellings[] =>
  Array.from({ length: 100 }, (_, i) => {
    const spellings = names[i] ?? [`Filler Name${i}`];
    return { values: { full_name: spellings[0] }, spellings };
  });

describe('KeysAhead', () => {
  it('computes the match keys of each spelling on its thread, as matchKeys does', async () => {
    keys = new KeysAhead();
    const rows = rowsOf([['Ömer Kocaman', 'Омер Кочаман'], ['Галиева Жаркынай']]);
    keys.request(rows);
    const [first, second] = rows;
    expect(keys.has(first!.values)).toBe(true);
    // Never waited for: undefined until the thread answers.
    await vi.waitFor(() => expect(keys!.take(second!.values)).toBeDefined(), { timeout: 30_000 });
    expect(keys.take(second!.values)).toEqual([matchKeys('Галиева Жаркынай')]);
    expect(keys.take(first!.values)).toEqual([matchKeys('Ömer Kocaman'), matchKeys('Омер Кочаман')]);
    expect(keys.take({ full_name: 'Ömer Kocaman' })).toBeUndefined();
  });

  it('does not start for a few rows, and answers nothing once closed', async () => {
    keys = new KeysAhead();
    const few = { full_name: 'Aigerim Zhumabayeva' };
    keys.request([{ values: few, spellings: ['Aigerim Zhumabayeva'] }]);
    expect(keys.has(few)).toBe(false);
    const rows = rowsOf([['Rəşad Hüseynov']]);
    keys.request(rows);
    await keys.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(keys.take(rows[0]!.values)).toBeUndefined();
    const later = rowsOf([['Dilnoza Karimova']]);
    keys.request(later);
    expect(keys.has(later[0]!.values)).toBe(false);
  });
});
