/**
 * Letter tables, one per romanisation system. Written from the published tables (see README.md for the
 * source of each): a rule maps a lower-case source sequence to a lower-case target, optionally only in a
 * context. Later rules override earlier ones with the same source and context, so a national table is
 * the Russian core plus its own letters.
 */

/** Where a rule applies, judged on the source text. */
export type RuleContext =
  /** Start of a word. */
  | 'wordStart'
  /** Start of a word, after a vowel, or after a soft/hard sign (Russian ye/ya/yu rules). */
  | 'initial'
  /** After a vowel. */
  | 'afterVowel'
  /** Before a back vowel (Tatar г/к → ğ/q). */
  | 'beforeBack'
  /** Before a consonant or at the end of a word (ng as one sound, not n+g+vowel). */
  | 'beforeConsonantOrEnd'
  /** Before a consonant other than v/w (ICAO OE/UE for ö/ü, but not Russian -oev/-uev). */
  | 'umlaut';

/** One rewrite: source sequence, replacement, optional context. */
export type Rule = readonly [from: string, to: string, when?: RuleContext];

/** A transliteration table and the casing rules of its source and target alphabets. */
export interface LetterTable {
  readonly rules: readonly Rule[];
  /** Source/target use Turkish-style dotted İ/i and dotless I/ı. */
  readonly sourceTurkic?: boolean;
  readonly targetTurkic?: boolean;
}

/** Vowels of every alphabet handled here, lower case. */
export const VOWELS = new Set('аәеёиіоөуұүыэюяўaäeəiıīouöüūéėâîûáíóúàèìòùy');
/** Back vowels (Tatar velar/uvular choice). */
export const BACK_VOWELS = new Set('аоуұыaouı');

const pairs = (cyrillic: string, latin: readonly string[]): Rule[] =>
  [...cyrillic].map((letter, i) => [letter, latin[i] ?? ''] as const);

/** Letters with one reading in every Russian-based table. */
const CYRILLIC_CORE: readonly Rule[] = pairs('абвгдзиклмнопрстуф', [...'abvgdziklmnoprstuf']);

/** ICAO Doc 9303 (8th ed.) Part 3 table = Russian MVD/FMS Order No. 889 of 2017 for passports. */
/** Letters of the Turkic Cyrillic alphabets absent from Russian tables, folded as passport offices do. */
const TURKIC_CYRILLIC_FOLDED: readonly Rule[] = pairs('әғқңөұүһіҗўҳҝјҹ', [
  ...['a', 'g', 'k', 'n', 'o', 'u', 'u', 'h', 'i', 'zh', 'u', 'kh', 'g', 'i', 'dzh'],
]);

const ICAO: readonly Rule[] = [
  ...CYRILLIC_CORE,
  ...TURKIC_CYRILLIC_FOLDED,
  ...pairs('еёжйхцчшщъыьэюя', [
    'e',
    'e',
    'zh',
    'i',
    'kh',
    'ts',
    'ch',
    'sh',
    'shch',
    'ie',
    'y',
    '',
    'e',
    'iu',
    'ia',
  ]),
];

/** Russian MVD 1997 foreign-passport table (Y- letters for й/я/ю). */
const RU_MVD_1997: readonly Rule[] = [...ICAO, ...pairs('йъьюя', ['y', '', '', 'yu', 'ya'])];

/** BGN/PCGN 1947 Russian: ye/yë initially and after vowels and signs, ʹ and ʺ for the signs. */
const RU_BGN: readonly Rule[] = [
  ...CYRILLIC_CORE,
  ...TURKIC_CYRILLIC_FOLDED,
  ...pairs('еёжйхцчшщъыьэюя', [
    'e',
    'ë',
    'zh',
    'y',
    'kh',
    'ts',
    'ch',
    'sh',
    'shch',
    'ʺ',
    'y',
    'ʹ',
    'e',
    'yu',
    'ya',
  ]),
  ['е', 'ye', 'initial'],
  ['ё', 'yë', 'initial'],
];

/** BGN/PCGN 1979 Kazakh. */
const KK_BGN: readonly Rule[] = [
  ...RU_BGN,
  ...pairs('әғиқңөуұүһіэё', ['ä', 'gh', 'ī', 'q', 'ng', 'ö', 'ū', 'u', 'ü', 'h', 'i', 'ė', 'yo']),
  ['ё', 'yo', 'initial'],
];

/** Kazakh Latin alphabet, Presidential decree of 2017 as revised in 2021 (31 letters). */
const KK_2021: readonly Rule[] = [
  ...CYRILLIC_CORE,
  ...pairs('әғежйқңөұүһіыхцчшщъьэёюя', [
    ...['ä', 'ğ', 'e', 'j', 'i', 'q', 'ñ', 'ö', 'ū', 'ü', 'h', 'ı', 'y', 'h', 'ts', 'ch', 'ş', 'şş'],
    ...['', '', 'e', 'io', 'iu', 'ia'],
  ]),
];

/** Kazakhstan passport / official English practice: ICAO letters, Ye- initially and after vowels, Ya/Yu. */
const KK_PASSPORT: readonly Rule[] = [...ICAO, ...pairs('юя', ['yu', 'ya']), ['е', 'ye', 'initial']];

/** BGN/PCGN 1979 Kyrgyz, also Kyrgyzstan's national romanisation (Ж → J). */
const KY_BGN: readonly Rule[] = [
  ...RU_BGN,
  ...pairs('жңөүё', ['j', 'ng', 'ö', 'ü', 'yo']),
  ['ё', 'yo', 'initial'],
];

/** Uzbek Cyrillic → Uzbek Latin (1995 alphabet, 2019 letter shapes ʻ U+02BB and ʼ U+02BC). */
const UZ: readonly Rule[] = [
  ...CYRILLIC_CORE,
  ...pairs('еёжйхцчшщъьэюяўқғҳы', [
    ...['e', 'yo', 'j', 'y', 'x', 'ts', 'ch', 'sh', 'sh', 'ʼ', '', 'e', 'yu', 'ya'],
    ...['oʻ', 'q', 'gʻ', 'h', 'i'],
  ]),
  ['е', 'ye', 'initial'],
];

/** Tatar Cyrillic → Zamanälif (Latin alphabet of 1999/2012). */
const TT_ZAMANALIF: readonly Rule[] = [
  ...CYRILLIC_CORE,
  ...pairs('әеёжҗйңөүхһцчшщъыьэюя', [
    ...['ä', 'e', 'yo', 'j', 'c', 'y', 'ñ', 'ö', 'ü', 'x', 'h', 'ts', 'ç', 'ş', 'şç', 'ʼ', 'ı', '', 'e'],
    ...['yu', 'ya'],
  ]),
  ['е', 'ye', 'initial'],
  ['г', 'ğ', 'beforeBack'],
  ['к', 'q', 'beforeBack'],
  ['гъ', 'ğ'],
  ['къ', 'q'],
  // Tatar writes the long i as ый / ий in Cyrillic and as a single i in Latin.
  ['ый', 'i'],
  ['ий', 'i'],
];

/** Azerbaijani Cyrillic (1958–1991) → Azerbaijani Latin (1991/1992). */
const AZ: readonly Rule[] = [
  ...pairs('абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹшйёюяцщэъь', [
    ...['a', 'b', 'v', 'q', 'ğ', 'd', 'e', 'ə', 'j', 'z', 'i', 'ı', 'y', 'k', 'g', 'l', 'm', 'n', 'o', 'ö'],
    ...['p', 'r', 's', 't', 'u', 'ü', 'f', 'x', 'h', 'ç', 'c', 'ş', 'y', 'yo', 'yu', 'ya', 'ts', 'şç', 'e'],
    ...['', ''],
  ]),
];

/** Turkmen Cyrillic → Turkmen Latin (1993 alphabet, 1999 revision with ž ň ý). */
const TK: readonly Rule[] = [
  ...pairs('абвгдеёжҗзийклмнңоөпрстуүфхцчшщъыьэәюя', [
    ...['a', 'b', 'w', 'g', 'd', 'e', 'ýo', 'ž', 'j', 'z', 'i', 'ý', 'k', 'l', 'm', 'n', 'ň', 'o', 'ö'],
    ...['p', 'r', 's', 't', 'u', 'ü', 'f', 'h', 's', 'ç', 'ş', 'şç', '', 'y', '', 'e', 'ä', 'ýu', 'ýa'],
  ]),
];

/** Azerbaijani Latin → English-letter passport spelling (Cabinet of Ministers decision No. 498, 2020). */
const AZ_PASSPORT_LETTERS: Readonly<Record<string, string>> = {
  ə: 'a',
  c: 'j',
  ç: 'ch',
  ğ: 'gh',
  ı: 'i',
  ö: 'o',
  ş: 'sh',
  ü: 'u',
  x: 'kh',
  q: 'g',
};

/** Azerbaijani in either script → passport spelling: Cyrillic via {@link AZ}, then the 2020 letters. */
const AZ_PASSPORT: readonly Rule[] = [
  ...AZ.map(
    ([from, to, when]): Rule => [from, [...to].map((ch) => AZ_PASSPORT_LETTERS[ch] ?? ch).join(''), when],
  ),
  ...Object.entries(AZ_PASSPORT_LETTERS).map(([from, to]): Rule => [from, to]),
];

const invert = (rules: readonly Rule[]): Rule[] => rules.map(([from, to, when]) => [to, from, when] as const);

/** Uzbek Latin → Cyrillic: the inverse of {@link UZ} plus keyboard apostrophes for ʻ. */
const UZ_TO_CYRILLIC: readonly Rule[] = [
  ...invert(pairs('абвгдежзийклмнопрстуфх', [...'abvgdejziyklmnoprstufx'])),
  ...invert(pairs('цчшъюяё', ['ts', 'ch', 'sh', 'ʼ', 'yu', 'ya', 'yo'])),
  ...['ʻ', "'", '`', '’', '‘'].flatMap((mark): Rule[] => [
    [`o${mark}`, 'ў'],
    [`yo${mark}`, 'йў'],
    [`g${mark}`, 'ғ'],
  ]),
  ...invert(pairs('қҳ', ['q', 'h'])),
  ["'", 'ъ'],
  ['ye', 'е', 'wordStart'],
  ['ye', 'е', 'afterVowel'],
  ['e', 'э', 'wordStart'],
  ["s'h", 'сҳ'],
];

/** Kazakh 2021 Latin → Cyrillic. И and Й share İ/i, so i after a vowel is read as й. */
const KK_2021_TO_CYRILLIC: readonly Rule[] = [
  ...invert(pairs('абвгдезклмнопрстуфәғжқңөұүшц', [...'abvgdezklmnoprstufäğjqñöūüşc'])),
  ['ı', 'і'],
  ['y', 'ы'],
  ['i', 'и'],
  ['i', 'й', 'afterVowel'],
  ['h', 'х'],
  ['ch', 'ч'],
  ['ts', 'ц'],
  ['şş', 'щ'],
  ['ia', 'я', 'initial'],
  ['iu', 'ю', 'initial'],
  ['io', 'ё', 'initial'],
];

/** Azerbaijani Latin → Cyrillic (1958–1991 orthography). */
const AZ_TO_CYRILLIC: readonly Rule[] = invert(
  pairs('абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹш', [...'abvqğdeəjziıykglmnoöprstuüfxhçcş']),
);

/** Turkmen Latin → Cyrillic. */
const TK_TO_CYRILLIC: readonly Rule[] = [
  ...invert(
    pairs('абвгдежҗзийклмнңоөпрстуүфхчшыәюяё', [...'abwgdežjziýklmnňoöprstuüfhçşyä', 'ýu', 'ýa', 'ýo']),
  ),
  ['e', 'э', 'wordStart'],
];

/** Tables for Cyrillic → Latin, keyed by system name. */
export const TO_LATIN = {
  'kk-2021': { rules: KK_2021, targetTurkic: true },
  'kk-bgn': { rules: KK_BGN },
  'kk-passport': { rules: KK_PASSPORT },
  'ky-bgn': { rules: KY_BGN },
  icao: { rules: ICAO },
  'ru-bgn': { rules: RU_BGN },
  'ru-mvd-1997': { rules: RU_MVD_1997 },
  uz: { rules: UZ },
  'tt-zamanalif': { rules: TT_ZAMANALIF, targetTurkic: true },
  az: { rules: AZ, targetTurkic: true },
  'az-passport': { rules: AZ_PASSPORT, sourceTurkic: true },
  tk: { rules: TK },
} as const satisfies Record<string, LetterTable>;

/** Tables for Latin → Cyrillic, keyed by system name. */
export const TO_CYRILLIC = {
  'kk-2021': { rules: KK_2021_TO_CYRILLIC, sourceTurkic: true },
  uz: { rules: UZ_TO_CYRILLIC },
  az: { rules: AZ_TO_CYRILLIC, sourceTurkic: true },
  tk: { rules: TK_TO_CYRILLIC },
} as const satisfies Record<string, LetterTable>;

/**
 * Every Cyrillic letter of the Turkic and Russian alphabets to one Latin reading, used only for matching.
 * Soft vowels after a consonant become front vowels (Гюнеш → günesh, Кёнуль → könul), as Russian
 * transcriptions of Turkish and Azerbaijani use them; е is plain e (the y- is dropped on both sides).
 */
export const CYRILLIC_FOR_MATCHING: LetterTable = {
  rules: [
    ...CYRILLIC_CORE,
    ...pairs('әғжҗқңөұүһіыйхҳцчшщъьэўҝјҹ', [
      ...['ä', 'ğ', 'j', 'j', 'q', 'ñ', 'ö', 'u', 'ü', 'h', 'i', 'ı', 'y', 'x', 'h', 'ts', 'ç', 'ş', 'ş'],
      ...['', '', 'e', 'oʻ', 'g', 'y', 'j'],
    ]),
    ...pairs('еёюя', ['e', 'ö', 'ü', 'ä']),
    ...pairs('ёюя', ['yo', 'yu', 'ya']).map(([from, to]): Rule => [from, to, 'initial']),
    ['дж', 'j'],
    // Tatar long i (Гыйззәтуллин) and the Russian -ий/-ый endings.
    ['ый', 'i'],
    ['ий', 'i'],
  ],
};

/**
 * Latin spellings (any of the systems above, plus ASCII and German/English habits) to the phonetic
 * symbols used by match keys and distance. Upper-case symbols are sounds without an ASCII letter:
 * A ə/ä, I ı/ы, O ö/oʻ, U ü, S sh, C ch, J j/zh/c/dzh, H x/kh, G ğ/gh, N ng/ñ.
 */
export const LATIN_TO_PHONETIC: LetterTable = {
  rules: [
    ...pairs('abdefghijklmnopqrstuvwxyz', [...'abdefghiJklmnopqrstuvvHyz']),
    ['c', 'J'],
    ...pairs('äəǝıöüşșšçčğǧñňŋžýīūéėêèáàâíìîóòôúùû', [...'AAAIOUSSSCCGGNNNJyiueeeeaaaiiiooouuu']),
    ...['tsch', 'tch', 'ch'].map((from): Rule => [from, 'C']),
    ...['dzh', 'dž', 'dj', 'zh'].map((from): Rule => [from, 'J']),
    ...['shch', 'sch', 'sh'].map((from): Rule => [from, 'S']),
    ['kh', 'H'],
    ['gh', 'G'],
    ['ng', 'N', 'beforeConsonantOrEnd'],
    ['oe', 'O', 'umlaut'],
    ['ue', 'U', 'umlaut'],
    ...['ʻ', "'", '`', '’', '‘', 'ʼ'].flatMap((mark): Rule[] => [
      [`o${mark}`, 'O'],
      [`g${mark}`, 'G'],
    ]),
  ],
};
