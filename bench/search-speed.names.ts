// A deterministic generator of realistic Turkic names for the speed benchmark: given names and
// surnames built from syllable tables per language (native script), second spellings made with the
// romanisation systems of @kopru/turkic, and organisation names from the same roots.
import { type LatinSystem, searchFold, toCyrillic, toLatin } from '@kopru/turkic';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** A UUID (version-4 layout) from the generator, so runs are repeatable. */
export function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Language {
  code: string;
  /** The script records of this community are kept in. */
  script: 'Cyrl' | 'Latn';
  givenStart: readonly string[];
  givenEnd: readonly string[];
  surnameStart: readonly string[];
  surnameEnd: readonly string[];
  /** Surname endings: masculine → feminine. */
  suffixes: readonly (readonly [string, string])[];
  /** How a second, Latin (or Cyrillic) spelling of the name is made. */
  other: readonly ((name: string) => string)[];
  /** Words for organisations: kinds and adjectives of the community. */
  orgKinds: readonly string[];
  orgAdjectives: readonly string[];
}

const latin = (system: LatinSystem) => (name: string) => toLatin(name, system);
const ascii = (name: string) => searchFold(name).replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export const LANGUAGES: readonly Language[] = [
  {
    code: 'kk',
    script: 'Cyrl',
    givenStart: [
      'Ер',
      'Нұр',
      'Ай',
      'Бақ',
      'Сә',
      'Жан',
      'Дәу',
      'Ас',
      'Ғал',
      'Мұх',
      'Бау',
      'Қай',
      'Әй',
      'Ар',
      'Тө',
      'Мей',
      'Ақ',
      'Гүл',
      'Сұл',
      'Дар',
    ],
    givenEnd: [
      'жан',
      'лан',
      'бек',
      'ғали',
      'тай',
      'қан',
      'рат',
      'ыт',
      'ет',
      'рам',
      'ман',
      'бол',
      'нар',
      'гүл',
      'ләзат',
      'дана',
      'ерке',
      'мира',
      'сұлу',
      'ым',
    ],
    surnameStart: [
      'Иман',
      'Сәр',
      'Жұма',
      'Оспан',
      'Тоқ',
      'Мұқа',
      'Қасы',
      'Сейіт',
      'Әбі',
      'Төлеу',
      'Ерғ',
      'Бай',
      'Қожа',
      'Омар',
      'Ахмет',
      'Нұрғ',
      'Дос',
      'Есен',
      'Қар',
      'Жақ',
    ],
    surnameEnd: ['', 'бай', 'бек', 'тар', 'сен', 'ан', 'қали', 'мұхан', 'баз', 'жан'],
    suffixes: [
      ['ов', 'ова'],
      ['ев', 'ева'],
      ['ұлы', 'қызы'],
      ['ов', 'ова'],
    ],
    other: [latin('kk-passport'), latin('kk-2021'), latin('icao')],
    orgKinds: ['мәдени орталығы', 'қауымдастығы', 'қоғамы', 'қоры', 'одағы'],
    orgAdjectives: ['Қазақ', 'Қазақстан', 'Алаш', 'Түркі'],
  },
  {
    code: 'ky',
    script: 'Cyrl',
    givenStart: [
      'Жээн',
      'Токто',
      'Асан',
      'Жусуп',
      'Мамыт',
      'Бакы',
      'Садыр',
      'Алмаз',
      'Нур',
      'Айт',
      'Чың',
      'Кубан',
      'Эр',
      'Мээр',
      'Жыл',
      'Гүл',
      'Ай',
      'Бек',
      'Калы',
      'Үмүт',
    ],
    givenEnd: [
      'бек',
      'бай',
      'гүл',
      'кан',
      'мат',
      'ыт',
      'ала',
      'жан',
      'зат',
      'гыз',
      'им',
      'нара',
      'кул',
      'ай',
      'сүйүү',
      'таш',
      'дин',
      'ар',
      'ман',
      'ыз',
    ],
    surnameStart: [
      'Жээн',
      'Токто',
      'Асан',
      'Жусуп',
      'Мамыт',
      'Бакы',
      'Садыр',
      'Алым',
      'Осмон',
      'Ата',
      'Кадыр',
      'Сары',
      'Аман',
      'Ысак',
      'Түлөө',
      'Качкын',
      'Акмат',
      'Бөкөн',
      'Жапар',
      'Ороз',
    ],
    surnameEnd: ['', 'бек', 'бай', 'кул', 'али', 'сун', 'баев'],
    suffixes: [
      ['ов', 'ова'],
      ['ев', 'ева'],
      [' уулу', ' кызы'],
    ],
    other: [latin('ky-bgn'), latin('icao'), latin('ru-mvd-1997')],
    orgKinds: ['маданий борбору', 'коому', 'бирикмеси', 'фонду'],
    orgAdjectives: ['Кыргыз', 'Ала-Тоо', 'Манас', 'Түрк'],
  },
  {
    code: 'tt',
    script: 'Cyrl',
    givenStart: [
      'Ил',
      'Рөс',
      'Гөл',
      'Ай',
      'Ра',
      'Әл',
      'Ләй',
      'Фә',
      'Зөл',
      'Ма',
      'Ри',
      'Ал',
      'Ир',
      'Ди',
      'Чул',
      'Гал',
    ],
    givenEnd: [
      'дар',
      'тәм',
      'наз',
      'мил',
      'фия',
      'сән',
      'рит',
      'рат',
      'нар',
      'шат',
      'бина',
      'сылу',
      'ия',
      'мир',
      'пан',
    ],
    surnameStart: [
      'Гыйз',
      'Нигъ',
      'Хәби',
      'Габ',
      'Сафи',
      'Вәли',
      'Шәри',
      'Мөхәм',
      'Зари',
      'Фәйз',
      'Хәсән',
      'Миң',
      'Әхмә',
      'Камал',
      'Юныс',
      'Тукай',
    ],
    surnameEnd: ['зәт', 'мәт', 'бул', 'драх', 'фул', 'лин', 'п', 'мәд', 'ул', 'еч'],
    suffixes: [
      ['уллин', 'уллина'],
      ['ов', 'ова'],
      ['ин', 'ина'],
      ['ев', 'ева'],
    ],
    other: [latin('tt-zamanalif'), latin('icao'), latin('ru-bgn')],
    orgKinds: ['мәдәни үзәге', 'җәмгыяте', 'иҗтимагый оешмасы', 'фонды'],
    orgAdjectives: ['Татар', 'Идел', 'Казан', 'Болгар'],
  },
  {
    code: 'uz',
    script: 'Latn',
    givenStart: [
      'Bek',
      'Sher',
      'Dil',
      'Shuh',
      'Anv',
      'Akm',
      'Far',
      'Oʻt',
      'Gʻay',
      'Nod',
      'Lol',
      'Zar',
      'Ja',
      'Umi',
      'Sar',
      'Ra',
      'Xur',
      'Mo',
      'Ul',
      'Ja',
    ],
    givenEnd: [
      'zod',
      'rat',
      'ar',
      'al',
      'hod',
      'kir',
      'ira',
      'noza',
      'bek',
      'ona',
      'xon',
      'jon',
      'shid',
      'lola',
      'var',
      'bonu',
      'sur',
      'dor',
      'iddin',
      'mal',
    ],
    surnameStart: [
      'Erg',
      'Eshm',
      'Qod',
      'Xoʻj',
      'Hosh',
      'Rahm',
      'Xudoyb',
      'Yoʻld',
      'Toshp',
      'Gʻof',
      'Nur',
      'Karim',
      'Usm',
      'Saf',
      'Abd',
      'Tursun',
      'Mirz',
      'Sodiq',
      'Xol',
      'Ism',
    ],
    surnameEnd: [
      'ash',
      'at',
      'ir',
      'ay',
      'im',
      'erdi',
      'osh',
      'oʻlat',
      'ur',
      'ullo',
      'on',
      'ali',
      'oy',
      'mat',
    ],
    suffixes: [
      ['ov', 'ova'],
      ['ev', 'eva'],
      ['iyev', 'iyeva'],
    ],
    other: [
      (n) => toCyrillic(n, 'uz'),
      ascii,
      (n) => n.replace(/x/g, 'kh').replace(/q/g, 'k').replace(/ʻ/g, ''),
    ],
    orgKinds: ['madaniyat markazi', 'jamiyati', 'uyushmasi', 'jamgʻarmasi'],
    orgAdjectives: ['Oʻzbek', 'Turon', 'Samarqand', 'Buxoro'],
  },
  {
    code: 'az',
    script: 'Latn',
    givenStart: [
      'Rə',
      'El',
      'Vü',
      'Ay',
      'Nər',
      'Tə',
      'Sə',
      'Kam',
      'Ley',
      'Za',
      'Fu',
      'Ül',
      'Gü',
      'Or',
      'İl',
      'Şəh',
      'Tu',
      'Ə',
      'Xə',
      'Cə',
    ],
    givenEnd: [
      'şad',
      'çin',
      'qar',
      'gün',
      'giz',
      'fiq',
      'binə',
      'ran',
      'la',
      'ur',
      'ad',
      'viyyə',
      'nel',
      'xan',
      'ham',
      'ranə',
      'lal',
      'mil',
      'yal',
      'vid',
    ],
    surnameStart: [
      'Hüsey',
      'Həsə',
      'Məmmə',
      'Qul',
      'Əli',
      'Bağı',
      'Rəhi',
      'Əhmə',
      'Mirzə',
      'Cəfə',
      'Oru',
      'Nəbi',
      'Vəli',
      'Qəhrə',
      'Hacı',
      'Kərim',
      'Süley',
      'İsma',
      'Abbas',
      'Səfər',
    ],
    surnameEnd: ['n', 'd', 'r', 'm', 'l', 'man', 'li', 'c', 'rə', 'zadə'],
    suffixes: [
      ['ov', 'ova'],
      ['yev', 'yeva'],
      ['li', 'li'],
    ],
    other: [latin('az-passport'), (n) => toCyrillic(n, 'az'), ascii],
    orgKinds: ['Mədəniyyət Mərkəzi', 'Cəmiyyəti', 'Diaspor Təşkilatı', 'Evi', 'Birliyi'],
    orgAdjectives: ['Azərbaycan', 'Qarabağ', 'Odlar Yurdu', 'Türk'],
  },
  {
    code: 'tr',
    script: 'Latn',
    givenStart: [
      'Öz',
      'Ay',
      'Er',
      'Gül',
      'Can',
      'Tu',
      'Se',
      'Ka',
      'Yıl',
      'Mu',
      'Ha',
      'Bu',
      'Ze',
      'Me',
      'Ö',
      'Ç',
      'Hü',
      'Ş',
      'E',
      'Ba',
    ],
    givenEnd: [
      'kan',
      'şe',
      'han',
      'ten',
      'ay',
      'nur',
      'rat',
      'lin',
      'mi',
      'can',
      'dem',
      'ğa',
      'mer',
      'ağlar',
      'lya',
      'ule',
      'mre',
      'ynep',
      'rak',
      'tuhan',
    ],
    surnameStart: [
      'Kara',
      'Ak',
      'Öz',
      'Koç',
      'Yıl',
      'Ay',
      'Şa',
      'Ka',
      'Tür',
      'Er',
      'Gün',
      'Do',
      'Bay',
      'Kı',
      'Ars',
      'Çe',
      'Yü',
      'Al',
      'Kurt',
      'Uz',
    ],
    surnameEnd: [
      'man',
      'taş',
      'türk',
      'maz',
      'dın',
      'hin',
      'ya',
      'kaya',
      'doğan',
      'lan',
      'ğan',
      'dağ',
      'çelik',
      'ın',
      'soy',
      'er',
      'can',
      'bulut',
      'oğlu',
      'gül',
    ],
    suffixes: [['', '']],
    other: [ascii, (n) => n.replace(/ş/g, 'sh').replace(/ç/g, 'ch').replace(/c/g, 'j').replace(/ğ/g, 'g')],
    orgKinds: ['Kültür Derneği', 'Vakfı', 'Dayanışma Derneği', 'Evi', 'Federasyonu'],
    orgAdjectives: ['Türk', 'Anadolu', 'Yunus Emre', 'Türkistan'],
  },
  {
    code: 'tk',
    script: 'Latn',
    givenStart: [
      'Myr',
      'Mer',
      'Ser',
      'Ann',
      'Ars',
      'Maý',
      'Ogul',
      'Döw',
      'Bat',
      'Je',
      'Ata',
      'Ora',
      'Gur',
      'Hal',
      'Ýa',
      'Şa',
    ],
    givenEnd: [
      'at',
      'dan',
      'dar',
      'ageldi',
      'lan',
      'sa',
      'gerek',
      'let',
      'yr',
      'ren',
      'jan',
      'baý',
      'gözel',
      'mämmet',
      'nur',
    ],
    surnameStart: [
      'Garry',
      'Oraz',
      'Ata',
      'Nazar',
      'Hudaý',
      'Aman',
      'Berdi',
      'Çary',
      'Gurban',
      'Ýazmyr',
      'Annamyr',
      'Rejep',
      'Saparmyr',
      'Öwez',
      'Döwlet',
    ],
    surnameEnd: ['', 'berdi', 'myrad', 'geldi', 'guly', 'nazar'],
    suffixes: [
      ['ow', 'owa'],
      ['ýew', 'ýewa'],
      ['ew', 'ewa'],
    ],
    other: [
      (n) => toCyrillic(n, 'tk'),
      ascii,
      (n) => n.replace(/ý/g, 'y').replace(/w/g, 'v').replace(/ň/g, 'n'),
    ],
    orgKinds: ['Medeni Merkezi', 'Jemgyýeti', 'Birleşigi', 'Gaznasy'],
    orgAdjectives: ['Türkmen', 'Watan', 'Altyn Asyr', 'Merw'],
  },
];

const CITIES = [
  'Berlin',
  'Köln',
  'Paris',
  'London',
  'New York',
  'Moskva',
  'İstanbul',
  'Ankara',
  'Almaty',
  'Astana',
  'Bişkek',
  'Bakı',
  'Daşkent',
  'Aşgabat',
  'Kazan',
  'Wien',
  'Amsterdam',
  'Brussel',
  'Stockholm',
  'Toronto',
  'Chicago',
  'Sydney',
  'Dubai',
  'Seoul',
  'Tokyo',
  'Praha',
  'Warszawa',
  'Roma',
  'Madrid',
  'Zürich',
];

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A person: the native spelling first, sometimes a second spelling (passport, Latin or Cyrillic). */
export function personNames(random: Random): { lang: string; names: string[] } {
  const language = pick(random, LANGUAGES);
  const female = random() < 0.5;
  const given = capitalise(pick(random, language.givenStart) + pick(random, language.givenEnd));
  const [masculine, feminine] = pick(random, language.suffixes);
  const surname = capitalise(
    pick(random, language.surnameStart) + pick(random, language.surnameEnd) + (female ? feminine : masculine),
  );
  const native = random() < 0.2 ? `${surname} ${given}` : `${given} ${surname}`;
  const names = [native];
  if (random() < 0.5) {
    const second = pick(random, language.other)(native);
    if (second !== native) names.push(second);
  }
  return { lang: language.code, names };
}

/** An organisation of the diaspora: an adjective, a proper name or a city, and a kind. */
export function organisationName(random: Random): { lang: string; name: string } {
  const language = pick(random, LANGUAGES);
  const proper =
    random() < 0.5
      ? pick(random, CITIES)
      : capitalise(pick(random, language.surnameStart) + pick(random, language.surnameEnd));
  const name = `${proper} ${pick(random, language.orgAdjectives)} ${pick(random, language.orgKinds)}`;
  return { lang: language.code, name };
}

/** Makes a query from a stored spelling as users type it: another romanisation, no diacritics, a typo. */
export function misspell(random: Random, name: string): string {
  let query = name;
  const roll = random();
  if (/\p{Script=Cyrillic}/u.test(query)) {
    query = toLatin(query, pick(random, ['icao', 'ru-bgn', 'kk-2021', 'ky-bgn', 'kk-passport'] as const));
  } else if (roll < 0.5) {
    query = searchFold(query);
  }
  if (random() < 0.7) {
    const words = query.split(' ');
    const i = words.findIndex((w) => w.length >= 5);
    if (i >= 0) {
      const word = [...words[i]!];
      const at = 1 + Math.floor(random() * (word.length - 2));
      const kind = random();
      if (kind < 0.34) word.splice(at, 1);
      else if (kind < 0.67) [word[at], word[at + 1]] = [word[at + 1]!, word[at]!];
      else word[at] = pick(random, [...'aeiouklmnrst']);
      words[i] = word.join('');
      query = words.join(' ');
    }
  }
  if (random() < 0.15) query = query.split(' ').reverse().join(' ');
  return query;
}
