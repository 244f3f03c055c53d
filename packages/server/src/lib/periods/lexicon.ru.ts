// Russian words of periods in their cases ("март", "марта", "марте"; "конец", "в конце"); ё is read as е.

import type { Lexicon } from './lexicon.ts';
import { wordMap } from './lexicon.ts';
import * as m from './meanings.ts';

const SOFT = '|ь|я|е|ю|ем';
const HARD = '||а|е|у|ом';
const MONTHS = [
  `январ${SOFT} янв`,
  `феврал${SOFT} фев`,
  `март${HARD} мар`,
  `апрел${SOFT} апр`,
  'ма|й|я|е|ю|ем',
  `июн${SOFT}`,
  `июл${SOFT}`,
  `август${HARD} авг`,
  `сентябр${SOFT} сен сент`,
  `октябр${SOFT} окт`,
  `ноябр${SOFT} ноя нояб`,
  `декабр${SOFT} дек`,
];
const ADJECTIVE = '|ый|ий|ая|ое|ой|ую|ого|ом|ые|ых';

/** Russian: "конец мая", "вторая декада апреля", "III квартал", "до конца 2020 года", "весной". */
export const RU: Lexicon = {
  words: wordMap([
    ...MONTHS.map((forms, i) => [forms, m.month(i + 1)] as const),
    [`перв${ADJECTIVE}`, m.ordinal(1)],
    [`втор${ADJECTIVE}`, m.ordinal(2)],
    ['трет|ий|ья|ье|ьей|ью|ьего|ьем', m.ordinal(3)],
    [`четверт${ADJECTIVE}`, m.ordinal(4)],
    ['начал|о|а|е|у', m.part(1)],
    ['середин|а|ы|е|у', m.part(2)],
    ['конец конц|а|е|у', m.part(3)],
    ['декад|а|ы|е|у', m.unit('decade')],
    ['квартал||а|е|у', m.unit('quarter')],
    ['полугоди|е|я|и|ю половин|а|ы|е|у', m.unit('half')],
    ['весн|а|ы|ой|е|у', m.season(0)],
    ['лет|о|а|ом|е', m.season(1)],
    ['осен|ь|и|ью', m.season(2)],
    ['зим|а|ы|ой|е|у', m.season(3)],
    ['год||а|у|ом г гг', m.YEAR_WORD],
    ['месяц||а|е|у', m.MONTH_WORD],
    [`следующ|ий|ая|ее|ем|ей|его|ему будущ|ий|ем|его|ему`, m.NEXT],
    ['этот этом этого текущ|ий|ем|его', m.THIS],
    ['с со', m.FROM],
    ['по', m.TO],
    ['до к', m.BY],
    ['и', m.AND],
    ['в во на около примерно приблизительно течение е й го м', m.FILLER],
  ]),
  stems: [],
};
