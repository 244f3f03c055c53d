import { describe, expect, it } from 'vitest';
import { type ComboboxState, comboboxReducer, INITIAL_COMBOBOX, keyCommand } from './combobox-state';

const open = (active: number): ComboboxState => ({ open: true, active });

describe('comboboxReducer', () => {
  it('opens on typing with nothing highlighted', () => {
    expect(comboboxReducer(open(2), { type: 'typed' })).toEqual(open(-1));
  });

  it('moves down and up, wrapping around', () => {
    expect(comboboxReducer(INITIAL_COMBOBOX, { type: 'next', count: 3 })).toEqual(open(0));
    expect(comboboxReducer(open(0), { type: 'next', count: 3 })).toEqual(open(1));
    expect(comboboxReducer(open(2), { type: 'next', count: 3 })).toEqual(open(0));
    expect(comboboxReducer(open(0), { type: 'previous', count: 3 })).toEqual(open(2));
    expect(comboboxReducer(INITIAL_COMBOBOX, { type: 'previous', count: 3 })).toEqual(open(2));
    expect(comboboxReducer(open(-1), { type: 'next', count: 0 })).toEqual(open(-1));
  });

  it('jumps to the ends and follows the pointer', () => {
    expect(comboboxReducer(open(1), { type: 'first', count: 4 })).toEqual(open(0));
    expect(comboboxReducer(open(1), { type: 'last', count: 4 })).toEqual(open(3));
    expect(comboboxReducer(open(1), { type: 'hover', index: 2 })).toEqual(open(2));
  });

  it('drops a highlight that no longer exists when the options change, and closes', () => {
    expect(comboboxReducer(open(4), { type: 'options', count: 2 })).toEqual(open(-1));
    expect(comboboxReducer(open(1), { type: 'options', count: 2 })).toEqual(open(1));
    expect(comboboxReducer(open(1), { type: 'close' })).toEqual(INITIAL_COMBOBOX);
    expect(comboboxReducer(INITIAL_COMBOBOX, { type: 'open' })).toEqual(open(-1));
  });
});

describe('keyCommand', () => {
  it('chooses the highlighted option on Enter, otherwise submits', () => {
    expect(keyCommand('Enter', open(1), 3)).toEqual({ kind: 'choose', index: 1 });
    expect(keyCommand('Enter', open(-1), 3)).toEqual({ kind: 'submit' });
    expect(keyCommand('Enter', INITIAL_COMBOBOX, 3)).toEqual({ kind: 'submit' });
  });

  it('closes with Escape, then clears', () => {
    expect(keyCommand('Escape', open(0), 3)).toEqual({ kind: 'close' });
    expect(keyCommand('Escape', INITIAL_COMBOBOX, 3)).toEqual({ kind: 'clear' });
  });

  it('leaves Home and End to the caret unless an option is highlighted', () => {
    expect(keyCommand('Home', open(-1), 3)).toEqual({ kind: 'none' });
    expect(keyCommand('End', open(1), 3)).toEqual({ kind: 'move', action: { type: 'last', count: 3 } });
    expect(keyCommand('a', open(1), 3)).toEqual({ kind: 'none' });
  });

  it('opens without moving on Alt+ArrowDown', () => {
    expect(keyCommand('ArrowDown', INITIAL_COMBOBOX, 3, true)).toEqual({
      kind: 'move',
      action: { type: 'open' },
    });
  });
});
