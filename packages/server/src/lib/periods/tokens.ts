// The tokens the grammar reads: what a word means, whatever its language or inflection.

/** A part of a month or year: 1 beginning, 2 middle, 3 end. */
export type Part = 1 | 2 | 3;

/** A unit counted by an ordinal: "the second decade", "Q3", "the first half". */
export type Unit = 'decade' | 'quarter' | 'half';

/** Seasons: 0 spring, 1 summer, 2 autumn, 3 winter. */
export type Season = 0 | 1 | 2 | 3;

export type Token =
  | { kind: 'number'; value: number; digits: number }
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'month_year'; year: number; month: number }
  | { kind: 'month'; value: number }
  | { kind: 'ordinal'; value: number }
  | { kind: 'part'; value: Part }
  | { kind: 'unit'; value: Unit }
  /** an ordinal and its unit in one word: "Q3", "H1" */
  | { kind: 'counted'; value: number; unit: Unit }
  | { kind: 'season'; value: Season }
  | { kind: 'year_word' }
  | { kind: 'month_word' }
  /** 1: next, 0: this */
  | { kind: 'relative'; value: 0 | 1 }
  | { kind: 'from' }
  | { kind: 'to' }
  /** a Turkic ablative ("martdan", "2019'dan"): the left end of a range */
  | { kind: 'ablative' }
  | { kind: 'by' }
  | { kind: 'and' }
  | { kind: 'dash' };

/** What a word means: tokens (none for a filler word), or null when the word is unknown. */
export type WordMeaning = Token[] | null;
