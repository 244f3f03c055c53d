import { describe, expect, it } from 'vitest';
import { removeRow, rowKey, updateRow } from './rows';

describe('editor rows', () => {
  const rows = [
    { key: 'a', name: 'Frunze' },
    { key: 'b', name: 'Pishpek' },
  ];

  it('changes one row and leaves the others (and the original array) alone', () => {
    const changed = updateRow(rows, 1, { name: 'Bishkek' });
    expect(changed).toEqual([
      { key: 'a', name: 'Frunze' },
      { key: 'b', name: 'Bishkek' },
    ]);
    expect(changed[0]).toBe(rows[0]);
    expect(rows[1]?.name).toBe('Pishpek');
  });

  it('removes one row by its position', () => {
    expect(removeRow(rows, 0)).toEqual([{ key: 'b', name: 'Pishpek' }]);
    expect(removeRow(rows, 5)).toEqual(rows);
  });

  it('gives every new row a key of its own', () => {
    expect(rowKey()).not.toBe(rowKey());
  });
});
