// Azerbaijani words of periods, read as stems with suffixes ("martında", "sonunadək").

import type { Lexicon } from './lexicon.ts';
import { wordMap } from './lexicon.ts';
import * as m from './meanings.ts';
import type { Token } from './tokens.ts';

const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

const STEMS: Array<readonly [string, Token[]]> = [
  ...MONTHS.map((stem, i) => [stem, m.month(i + 1)] as const),
  ['birinci', m.ordinal(1)],
  ['ilk', m.ordinal(1)],
  ['ikinci', m.ordinal(2)],
  ['üçüncü', m.ordinal(3)],
  ['dördüncü', m.ordinal(4)],
  ['əvvəl', m.part(1)],
  ['başlanğıc', m.part(1)],
  ['orta', m.part(2)],
  ['son', m.part(3)],
  ['ongünlük', m.unit('decade')],
  ['ongünlüy', m.unit('decade')],
  ['ongün', m.unit('decade')],
  ['dekada', m.unit('decade')],
  ['rüb', m.unit('quarter')],
  ['kvartal', m.unit('quarter')],
  ['yarı', m.unit('half')],
  ['yarımil', m.unit('half')],
  ['yarımillik', m.unit('half')],
  ['yarımilliy', m.unit('half')],
  // In Azerbaijani "yaz" is spring and "yay" summer (in Turkish "yaz" is summer).
  ['yaz', m.season(0)],
  ['bahar', m.season(0)],
  ['yay', m.season(1)],
  ['payız', m.season(2)],
  ['qış', m.season(3)],
  ['il', m.YEAR_WORD],
  ['ay', m.MONTH_WORD],
  ['gələn', m.NEXT],
  ['növbəti', m.NEXT],
  ['cari', m.THIS],
  ['bu', m.THIS],
];

/** Azerbaijani: "mayın sonu", "aprelin ikinci ongünlüyü", "2020-ci ilin sonunadək", "gələn il". */
export const AZ: Lexicon = {
  words: wordMap([
    ['və', m.AND],
    ['qədər dək can', m.BY],
    ['ərzində təxminən müddətində zamanı ətrafında', m.FILLER],
  ]),
  stems: STEMS,
};
