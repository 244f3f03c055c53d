// Names that are NOT in ../shared/names: query → stored-name pairs written for this benchmark from the
// romanisation rules and spelling practices themselves, to show that search generalises beyond the
// development set. `names` are every stored spelling of the record (the first is the label).

export interface OtherRecord {
  type: 'person' | 'place';
  names: string[];
  /** Query → why it is a spelling of this record. */
  queries: [query: string, rule: string][];
  /** Queries for a *different* entity that looks alike: this record must not come first. */
  negatives?: string[];
}

export const OTHER_NAMES: OtherRecord[] = [
  // Kazakh, stored in Kazakh Cyrillic
  {
    type: 'person',
    names: ['Ержан Қасымов'],
    queries: [
      ['Yerzhan Kassymov', 'KZ passport practice: Ye- initially, intervocalic с as ss'],
      ['Erjan Qasymov', 'Kazakh Latin alphabet 2021'],
      ['Ержан Касымов', 'Russian keyboard: Қ→К'],
      ['Yercan Kasımov', 'Turkish orthography: Ж→C, Ы→I'],
    ],
    negatives: ['Yerzhan Kasymbekov'],
  },
  {
    type: 'person',
    names: ['Гүлмира Сейітқалиева'],
    queries: [
      ['Gulmira Seitkalieva', 'ICAO Doc 9303 with Kazakh letters folded'],
      ['Gülmira Seiıtqalieva', 'Kazakh Latin alphabet 2021 (Ү→Ü, І→ı, Й→i, Қ→Q)'],
      ['Гульмира Сеиткалиева', 'Russian-document form (Гүл→Гуль, І→И)'],
    ],
  },
  {
    type: 'person',
    names: ['Бауыржан Омарұлы'],
    queries: [
      ['Bauyrzhan Omaruly', 'ICAO Doc 9303'],
      ['Baurzhan Omaruly', 'English press spelling (уы→u)'],
      ['Bauyrjan Omarūly', 'Kazakh Latin alphabet 2021'],
    ],
  },
  {
    type: 'person',
    names: ['Дәурен Әбілов'],
    queries: [
      ['Dauren Abilov', 'ICAO Doc 9303 (Ә→A, І→I)'],
      ['Däuren Äbılov', 'Kazakh Latin alphabet 2021'],
      ['Даурен Абилов', 'Russian keyboard'],
    ],
  },
  {
    type: 'person',
    names: ['Жанар Төлеуова'],
    queries: [
      ['Zhanar Toleuova', 'ICAO Doc 9303'],
      ['Janar Töleuova', 'Kazakh Latin alphabet 2021'],
      ['Canar Töleuova', 'Turkish orthography (Ж→C)'],
    ],
  },
  // Kyrgyz
  {
    type: 'person',
    names: ['Айбек Жээнбеков'],
    queries: [
      ['Aibek Zheenbekov', 'ICAO Doc 9303 (KG passports)'],
      ['Aybek Jeenbekov', 'BGN/PCGN 1979 Kyrgyz = KG national romanisation'],
      ['Aybek Ceenbekov', 'Turkish orthography (Ж→C)'],
    ],
  },
  {
    type: 'person',
    names: ['Нургүл Токтосунова'],
    queries: [
      ['Nurgul Toktosunova', 'ICAO Doc 9303'],
      ['Nurgül Toktosunova', 'BGN/PCGN 1979 Kyrgyz'],
      ['Нургуль Токтосунова', 'Russian-document form (ү→у, soft sign)'],
    ],
  },
  {
    type: 'person',
    names: ['Чыңгыз Айтматов'],
    queries: [
      ['Chyngyz Aitmatov', 'ICAO Doc 9303 (Ң→N)'],
      ['Chingiz Aitmatov', 'Russian form Чингиз, romanised'],
      ['Cengiz Aytmatov', 'Turkish spelling'],
    ],
  },
  // Uzbek, stored in Uzbek Latin
  {
    type: 'person',
    names: ['Oʻtkir Hoshimov'],
    queries: [
      ['Utkir Khoshimov', 'Russian form Уткир Хошимов, romanised'],
      ['Ўткир Ҳошимов', 'Uzbek Cyrillic'],
      ["O'tkir Hoshimov", 'ASCII apostrophe for ʻ'],
    ],
  },
  {
    type: 'person',
    names: ['Dilnoza Xoʻjayeva'],
    queries: [
      ['Dilnoza Khodjaeva', 'Russian form Ходжаева, romanised'],
      ['Дилноза Хўжаева', 'Uzbek Cyrillic'],
      ['Dilnoza Xojayeva', 'ASCII, ʻ dropped'],
    ],
    negatives: ['Dilnoza Khodjimetova'],
  },
  {
    type: 'person',
    names: ['Sherzod Qodirov'],
    queries: [
      ['Шерзод Қодиров', 'Uzbek Cyrillic'],
      ['Sherzod Kodirov', 'q→k (English/ICAO practice)'],
      ['Sherzod Kadirov', 'Russian form Кадиров (о→а), romanised'],
    ],
  },
  // Azerbaijani, stored in Azerbaijani Latin
  {
    type: 'person',
    names: ['Nərgiz Qasımova'],
    queries: [
      ['Nargiz Gasimova', 'Cabinet decision 498 of 2020 (Ə→A, Q→G, ı→I)'],
      ['Наргиз Гасымова', 'Russian form'],
      ['Nergiz Kasımova', 'Turkish spelling'],
    ],
    negatives: ['Nargiz Gasanova'],
  },
  {
    type: 'person',
    names: ['Tofiq Quliyev'],
    queries: [
      ['Tofik Kuliev', 'Russian MVD romanisation of Тофик Кулиев'],
      ['Тофик Кулиев', 'Russian form'],
      ['Tofig Guliyev', 'Cabinet decision 498 of 2020'],
    ],
    negatives: ['Tofiq Qurbanov'],
  },
  {
    type: 'person',
    names: ['Səbinə Xəlilova'],
    queries: [
      ['Sabina Khalilova', 'English press spelling'],
      ['Сабина Халилова', 'Russian form'],
      ['Sebine Halilova', 'Turkish spelling'],
    ],
  },
  // Turkish
  {
    type: 'person',
    names: ['Gülşen Aktaş'],
    queries: [
      ['Gulshen Aktash', 'English press spelling'],
      ['Гюльшен Акташ', 'Russian transcription (ü→ю, soft sign)'],
      ['Gulsen Aktas', 'ASCII keyboard'],
    ],
    negatives: ['Gulshen Aksoy'],
  },
  {
    type: 'person',
    names: ['Çağlar Öztürk'],
    queries: [
      ['Chaglar Ozturk', 'English press spelling'],
      ['Чаглар Озтюрк', 'Russian transcription'],
      ['Caglar Ozturk', 'ASCII keyboard'],
    ],
  },
  // Turkmen
  {
    type: 'person',
    names: ['Myrat Garryýew'],
    queries: [
      ['Myrat Garryyev', 'ý→y, w→v (English practice)'],
      ['Мырат Гаррыев', 'Turkmen Cyrillic'],
      ['Myrat Garriev', 'Russian-style romanisation'],
    ],
  },
  // Tatar, stored in Tatar Cyrillic
  {
    type: 'person',
    names: ['Гөлназ Сафина'],
    queries: [
      ['Gulnaz Safina', 'Russian form Гульназ, romanised'],
      ['Gölnaz Safina', 'Zamanälif'],
    ],
  },
  {
    type: 'person',
    names: ['Илдар Габдрахманов'],
    queries: [
      ['Ildar Gabdrakhmanov', 'BGN/PCGN-style romanisation'],
      ['İldar Ğabdraxmanov', 'Zamanälif (Г before back vowels → Ğ, Х → X)'],
    ],
  },
  // Places, with the historical names a gazetteer keeps
  {
    type: 'place',
    names: ['Шымкент', 'Shymkent', 'Чимкент'],
    queries: [
      ['Şımkent', 'Turkish orthography'],
      ['Chimkent', 'Soviet name Чимкент, romanised'],
      ['Shimkent', 'Russian-style spelling'],
    ],
  },
  {
    type: 'place',
    names: ['Өскемен', 'Oskemen', 'Усть-Каменогорск'],
    queries: [
      ['Öskemen', 'Kazakh Latin alphabet 2021'],
      ['Ust-Kamenogorsk', 'Russian name, romanised'],
      ['Ust Kamenogorsk', 'Russian name, typed without the hyphen'],
    ],
  },
  {
    type: 'place',
    names: ['Naxçıvan', 'Nakhchivan'],
    queries: [
      ['Нахчыван', 'Azerbaijani Cyrillic'],
      ['Nahcivan', 'Turkish ASCII spelling'],
      ['Nakhchyvan', 'BGN-style'],
    ],
  },
  {
    type: 'place',
    names: ['Gəncə', 'Ganja'],
    queries: [
      ['Гянджа', 'Russian transcription (ə→я, c→дж)'],
      ['Gence', 'Turkish spelling'],
      ['Gyandzha', 'Russian form romanised'],
    ],
  },
  {
    type: 'place',
    names: ['Samarqand', 'Samarkand'],
    queries: [
      ['Самарқанд', 'Uzbek Cyrillic'],
      ['Самарканд', 'Russian form'],
      ['Semerkant', 'Turkish spelling'],
    ],
  },
  {
    type: 'place',
    names: ['Türkmenbaşy', 'Turkmenbashi'],
    queries: [
      ['Туркменбаши', 'Russian form'],
      ['Türkmenbaşı', 'Turkish spelling'],
      ['Turkmenbashy', 'English with y'],
    ],
  },
  {
    type: 'place',
    names: ['Қызылорда', 'Kyzylorda'],
    queries: [
      ['Qyzylorda', 'Kazakh Latin alphabet 2021'],
      ['Kızılorda', 'Turkish spelling'],
      ['Кызылорда', 'Russian keyboard'],
    ],
    negatives: ['Kyzyl-Kiya'],
  },
];
