// Shorthands for the lexicons: the meaning of a word as a list of tokens.

import type { Part, Season, Token, Unit } from './tokens.ts';

export const FILLER: Token[] = [];
export const month = (value: number): Token[] => [{ kind: 'month', value }];
export const ordinal = (value: number): Token[] => [{ kind: 'ordinal', value }];
export const part = (value: Part): Token[] => [{ kind: 'part', value }];
export const unit = (value: Unit): Token[] => [{ kind: 'unit', value }];
export const season = (value: Season): Token[] => [{ kind: 'season', value }];
export const YEAR_WORD: Token[] = [{ kind: 'year_word' }];
export const MONTH_WORD: Token[] = [{ kind: 'month_word' }];
export const NEXT: Token[] = [{ kind: 'relative', value: 1 }];
export const THIS: Token[] = [{ kind: 'relative', value: 0 }];
export const FROM: Token[] = [{ kind: 'from' }];
export const TO: Token[] = [{ kind: 'to' }];
export const BY: Token[] = [{ kind: 'by' }];
export const AND: Token[] = [{ kind: 'and' }];
