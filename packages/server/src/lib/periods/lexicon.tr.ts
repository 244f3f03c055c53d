// Turkish words of periods, read as stems with suffixes ("Mart'ta", "Mayıs sonunda", "çeyreği").

import type { Lexicon } from './lexicon.ts';
import { wordMap } from './lexicon.ts';
import * as m from './meanings.ts';
import type { Token } from './tokens.ts';

// A stem ending in k softens before a vowel: aralık → aralığı, çeyrek → çeyreği.
const MONTHS = [
  'ocak ocağ',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık aralığ',
];

const ROWS: Array<readonly [string, Token[]]> = [
  ...MONTHS.map((stems, i) => [stems, m.month(i + 1)] as const),
  ['birinci ilk', m.ordinal(1)],
  ['ikinci', m.ordinal(2)],
  ['üçüncü', m.ordinal(3)],
  ['dördüncü', m.ordinal(4)],
  ['baş başlangıç başlangıc', m.part(1)],
  ['orta', m.part(2)],
  ['son', m.part(3)],
  ['ongün ongünlük ongünlüğ dekad', m.unit('decade')],
  ['çeyrek çeyreğ', m.unit('quarter')],
  ['yarı yarıyıl', m.unit('half')],
  ['ilkbahar bahar', m.season(0)],
  ['yaz', m.season(1)],
  ['sonbahar güz', m.season(2)],
  ['kış', m.season(3)],
  ['yıl sene', m.YEAR_WORD],
  ['ay', m.MONTH_WORD],
  ['gelecek önümüzdeki sonraki', m.NEXT],
  ['bu', m.THIS],
];

/** Turkish: "Mayıs sonu", "Nisan'ın ikinci on günü", "2020 sonuna kadar", "gelecek yıl". */
export const TR: Lexicon = {
  words: wordMap([
    ['ve', m.AND],
    ['kadar dek değin', m.BY],
    ['içinde boyunca civarında sırasında süresince yaklaşık', m.FILLER],
  ]),
  stems: ROWS.flatMap(([stems, meaning]) => stems.split(' ').map((stem) => [stem, meaning] as const)),
};
