/**
 * The keyboard and open/closed logic of a search combobox (ARIA 1.2 combobox with a listbox popup),
 * kept pure so it can be tested without a browser. `active` is the index of the highlighted option,
 * -1 when none; `count` is the number of options shown.
 */
export interface ComboboxState {
  open: boolean;
  active: number;
}

export type ComboboxAction =
  | { type: 'typed' }
  | { type: 'open' }
  | { type: 'options'; count: number }
  | { type: 'next'; count: number }
  | { type: 'previous'; count: number }
  | { type: 'first'; count: number }
  | { type: 'last'; count: number }
  | { type: 'hover'; index: number }
  | { type: 'close' };

export const INITIAL_COMBOBOX: ComboboxState = { open: false, active: -1 };

/** The next state after `action`. Moving past either end wraps around, as the APG example does. */
export function comboboxReducer(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case 'typed':
      return { open: true, active: -1 };
    case 'open':
      return { ...state, open: true };
    case 'options':
      return { ...state, active: state.active < action.count ? state.active : -1 };
    case 'next':
      if (action.count === 0) return { open: true, active: -1 };
      if (!state.open) return { open: true, active: 0 };
      return { open: true, active: state.active + 1 >= action.count ? 0 : state.active + 1 };
    case 'previous':
      if (action.count === 0) return { open: true, active: -1 };
      if (!state.open || state.active <= 0) return { open: true, active: action.count - 1 };
      return { open: true, active: state.active - 1 };
    case 'first':
      return action.count === 0 ? state : { open: true, active: 0 };
    case 'last':
      return action.count === 0 ? state : { open: true, active: action.count - 1 };
    case 'hover':
      return { ...state, active: action.index };
    case 'close':
      return INITIAL_COMBOBOX;
  }
}

/** What a key press in the input means, given the state and the number of options. */
export type KeyCommand =
  | { kind: 'move'; action: ComboboxAction }
  | { kind: 'choose'; index: number }
  | { kind: 'submit' }
  | { kind: 'close' }
  | { kind: 'clear' }
  | { kind: 'none' };

/**
 * Maps a key to a command: arrows move (opening the list), Home/End move only while the list is open
 * (otherwise they move the caret), Enter chooses the highlighted option or submits the text, Escape
 * closes an open list and clears the input when already closed.
 */
export function keyCommand(key: string, state: ComboboxState, count: number, altKey = false): KeyCommand {
  switch (key) {
    case 'ArrowDown':
      return altKey
        ? { kind: 'move', action: { type: 'open' } }
        : { kind: 'move', action: { type: 'next', count } };
    case 'ArrowUp':
      return { kind: 'move', action: { type: 'previous', count } };
    case 'Home':
      return state.open && state.active >= 0
        ? { kind: 'move', action: { type: 'first', count } }
        : { kind: 'none' };
    case 'End':
      return state.open && state.active >= 0
        ? { kind: 'move', action: { type: 'last', count } }
        : { kind: 'none' };
    case 'Enter':
      return state.open && state.active >= 0 && state.active < count
        ? { kind: 'choose', index: state.active }
        : { kind: 'submit' };
    case 'Escape':
      return state.open ? { kind: 'close' } : { kind: 'clear' };
    default:
      return { kind: 'none' };
  }
}
