// English words of periods.

import type { Lexicon } from './lexicon.ts';
import { wordMap } from './lexicon.ts';
import * as m from './meanings.ts';

const MONTHS = [
  'january jan',
  'february feb',
  'march mar',
  'april apr',
  'may',
  'june jun',
  'july jul',
  'august aug',
  'september sep sept',
  'october oct',
  'november nov',
  'december dec',
];

/** English: "the end of May", "the second decade of April", "Q3 2020", "by the end of 2020". */
export const EN: Lexicon = {
  words: wordMap([
    ...MONTHS.map((forms, i) => [forms, m.month(i + 1)] as const),
    ['first', m.ordinal(1)],
    ['second', m.ordinal(2)],
    ['third', m.ordinal(3)],
    ['fourth', m.ordinal(4)],
    ['beginning start early', m.part(1)],
    ['middle mid', m.part(2)],
    ['end late', m.part(3)],
    ['decade||s', m.unit('decade')],
    ['quarter||s', m.unit('quarter')],
    ['half halves', m.unit('half')],
    ['spring', m.season(0)],
    ['summer', m.season(1)],
    ['autumn fall', m.season(2)],
    ['winter', m.season(3)],
    ['year', m.YEAR_WORD],
    ['month', m.MONTH_WORD],
    ['next coming', m.NEXT],
    ['this current', m.THIS],
    ['from between', m.FROM],
    ['to through thru', m.TO],
    ['by until till', m.BY],
    ['and', m.AND],
    ['the of in during around about approximately circa ca c on at sometime within over', m.FILLER],
  ]),
  stems: [],
};
