import { matchKeys } from '@kopru/turkic';
import { afterEach, describe, expect, it } from 'vitest';
import { KeysAhead } from './imports.keys.ts';

let keys: KeysAhead | undefined;
afterEach(() => keys?.close());

describe('KeysAhead', () => {
  it('computes the match keys of each spelling on its thread, as matchKeys does', async () => {
    keys = new KeysAhead();
    const first = { full_name: 'Ömer Kocaman' };
    const second = { full_name: 'Галиева Жаркынай' };
    keys.request([
      { values: first, spellings: ['Ömer Kocaman', 'Омер Кочаман'] },
      { values: second, spellings: ['Галиева Жаркынай'] },
    ]);
    expect(keys.has(first)).toBe(true);
    expect(await keys.take(second)).toEqual([matchKeys('Галиева Жаркынай')]);
    expect(await keys.take(first)).toEqual([matchKeys('Ömer Kocaman'), matchKeys('Омер Кочаман')]);
    expect(await keys.take({ full_name: 'Ömer Kocaman' })).toBeUndefined();
  });

  it('answers undefined once closed, so the import computes the keys itself', async () => {
    keys = new KeysAhead();
    const waiting = { full_name: 'Rəşad Hüseynov' };
    keys.request([{ values: waiting, spellings: ['Rəşad Hüseynov'] }]);
    await keys.close();
    expect(await keys.take(waiting)).toBeUndefined();
    const later = { full_name: 'Aigerim Zhumabayeva' };
    keys.request([{ values: later, spellings: ['Aigerim Zhumabayeva'] }]);
    expect(keys.has(later)).toBe(false);
  });
});
