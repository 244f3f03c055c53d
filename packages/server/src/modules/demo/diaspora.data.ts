import type { Visibility } from '../registry/registry.table.ts';
import type { DemoOrganisationName, OrgSlug } from './network.data.ts';

// Demo diaspora organisations: FICTITIOUS bodies, made up so that lists, filters and search have
// something to show. None of them is a real organisation; every English name ends in "(demo)", every
// description says so, and websites and e-mails are on example.org (RFC 2606). Each is named in the
// language of the country it works in, in English, and in its community's language (kk and ky in
// Cyrillic, uz in Latin), and is curated by the diaspora body of the community's state.

export type DiasporaCommunity = 'az' | 'tr' | 'kk' | 'ky' | 'uz' | 'tk';

export interface DemoDiasporaOrganisation {
  readonly slug: `demo-${string}`;
  readonly community: DiasporaCommunity;
  /** The state body that curates (owns) the record. */
  readonly curator: OrgSlug;
  /** Gazetteer slug of the city it works in; its country is the city's. */
  readonly city: string;
  readonly verification: 'submitted' | 'verified' | 'archived';
  /** Set for verified (and archived) records only. */
  readonly lastVerifiedOn?: string;
  readonly visibility: Visibility;
  readonly foundedYear?: number;
  /** Whether it has a website and a public e-mail (on example.org). */
  readonly contacts: boolean;
  /** Local language first, then English, then the community's language. */
  readonly names: readonly DemoOrganisationName[];
}

const CURATORS: Readonly<Record<DiasporaCommunity, OrgSlug>> = {
  az: 'az-state-committee-diaspora',
  tr: 'tr-ytb',
  kk: 'kz-otandastar',
  ky: 'kg-ministry-labour-migration',
  uz: 'uz-committee-interethnic-relations',
  tk: 'tm-world-turkmens',
};

interface Options {
  verified?: string;
  archived?: string;
  visibility?: Visibility;
  founded?: number;
  contacts?: boolean;
  curator?: OrgSlug;
  abbreviation?: string;
}

function org(
  slug: `demo-${string}`,
  community: DiasporaCommunity,
  city: string,
  names: readonly (readonly [lang: string, name: string])[],
  options: Options = {},
): DemoDiasporaOrganisation {
  const lastVerifiedOn = options.verified ?? options.archived;
  return {
    slug,
    community,
    curator: options.curator ?? CURATORS[community],
    city,
    verification: options.verified ? 'verified' : options.archived ? 'archived' : 'submitted',
    ...(lastVerifiedOn ? { lastVerifiedOn } : {}),
    visibility: options.visibility ?? 'public',
    ...(options.founded ? { foundedYear: options.founded } : {}),
    contacts: options.contacts ?? false,
    names: names.map(([lang, name], i) => ({
      lang,
      name,
      ...(options.abbreviation && i === 0 ? { abbreviation: options.abbreviation } : {}),
      // Made-up bodies: the first (local) name is the original, an English rendering a translation.
      translation: lang === 'en' && i > 0 ? ('human' as const) : ('original' as const),
    })),
  };
}

export const DEMO_DIASPORA_ORGANISATIONS: readonly DemoDiasporaOrganisation[] = [
  // Germany
  org(
    'demo-kz-cultural-association-cologne',
    'kk',
    'city-de-cologne',
    [
      ['de', 'Kasachischer Kulturverein Köln e.V.'],
      ['en', 'Kazakh Cultural Association Cologne (demo)'],
      ['kk', 'Кёльн қазақ мәдени қауымдастығы'],
    ],
    { verified: '2026-03-12', founded: 2011, contacts: true },
  ),
  org(
    'demo-tr-community-munich',
    'tr',
    'city-de-munich',
    [
      ['de', 'Türkische Gemeinde München e.V.'],
      ['en', 'Turkish Community of Munich (demo)'],
      ['tr', 'Münih Türk Toplumu Derneği'],
    ],
    { verified: '2025-11-04', founded: 1994, contacts: true },
  ),
  org('demo-uz-cultural-society-frankfurt', 'uz', 'city-de-frankfurt', [
    ['de', 'Usbekischer Kulturverein Frankfurt e.V.'],
    ['en', 'Uzbek Cultural Society Frankfurt (demo)'],
    ['uz', 'Frankfurt oʻzbek madaniyati jamiyati'],
  ]),
  org(
    'demo-kg-association-hamburg',
    'ky',
    'city-de-hamburg',
    [
      ['de', 'Kirgisischer Verein Hamburg e.V.'],
      ['en', 'Kyrgyz Association Hamburg (demo)'],
      ['ky', 'Гамбург кыргыз коому'],
    ],
    { founded: 2016 },
  ),
  org(
    'demo-az-youth-union-cologne',
    'az',
    'city-de-cologne',
    [
      ['de', 'Aserbaidschanische Jugendunion Köln e.V.'],
      ['en', 'Azerbaijani Youth Union Cologne (demo)'],
      ['az', 'Köln Azərbaycan Gənclər Birliyi'],
    ],
    { verified: '2026-06-20', visibility: 'network' },
  ),
  // Netherlands, Belgium
  org(
    'demo-tr-cultural-association-amsterdam',
    'tr',
    'city-nl-amsterdam',
    [
      ['nl', 'Turkse Culturele Vereniging Amsterdam'],
      ['en', 'Turkish Cultural Association Amsterdam (demo)'],
      ['tr', 'Amsterdam Türk Kültür Derneği'],
    ],
    { verified: '2026-01-15', founded: 1989, contacts: true },
  ),
  org(
    'demo-az-community-the-hague',
    'az',
    'city-nl-the-hague',
    [
      ['nl', 'Azerbeidzjaanse Gemeenschap Den Haag'],
      ['en', 'Azerbaijani Community of The Hague (demo)'],
      ['az', 'Haaqa Azərbaycan İcması'],
    ],
    { verified: '2025-09-30', founded: 2005 },
  ),
  org(
    'demo-tr-cultural-association-brussels',
    'tr',
    'city-be-brussels',
    [
      ['fr', 'Association culturelle turque de Bruxelles'],
      ['en', 'Turkish Cultural Association Brussels (demo)'],
      ['tr', 'Brüksel Türk Kültür Derneği'],
      ['nl', 'Turkse Culturele Vereniging Brussel'],
    ],
    { verified: '2026-05-08', founded: 1998, contacts: true },
  ),
  org('demo-uz-association-belgium', 'uz', 'city-be-antwerp', [
    ['nl', 'Oezbeekse Vereniging België'],
    ['en', 'Uzbek Association of Belgium (demo)'],
    ['uz', 'Belgiya oʻzbeklari assotsiatsiyasi'],
  ]),
  // France
  org(
    'demo-az-cultural-association-paris',
    'az',
    'city-fr-paris',
    [
      ['fr', 'Association culturelle azerbaïdjanaise de Paris'],
      ['en', 'Azerbaijani Cultural Association of Paris (demo)'],
      ['az', 'Paris Azərbaycan Mədəniyyət Cəmiyyəti'],
    ],
    { verified: '2026-02-02', founded: 2009, contacts: true },
  ),
  org(
    'demo-tr-union-strasbourg',
    'tr',
    'city-fr-strasbourg',
    [
      ['fr', 'Union des Turcs de Strasbourg'],
      ['en', 'Union of Turks in Strasbourg (demo)'],
      ['tr', 'Strazburg Türk Birliği'],
    ],
    { archived: '2024-10-01', founded: 1991 },
  ),
  org('demo-kg-french-kyrgyz-association', 'ky', 'city-fr-lyon', [
    ['fr', 'Association franco-kirghize de Lyon'],
    ['en', 'French–Kyrgyz Association of Lyon (demo)'],
    ['ky', 'Лион француз-кыргыз ассоциациясы'],
  ]),
  // Austria, Switzerland
  org(
    'demo-tr-cultural-society-vienna',
    'tr',
    'city-at-vienna',
    [
      ['de', 'Türkischer Kulturverein Wien'],
      ['en', 'Turkish Cultural Society Vienna (demo)'],
      ['tr', 'Viyana Türk Kültür Derneği'],
    ],
    { verified: '2026-04-17', founded: 1996, contacts: true },
  ),
  org(
    'demo-az-cultural-centre-vienna',
    'az',
    'city-at-vienna',
    [
      ['de', 'Aserbaidschanisches Kulturzentrum Wien'],
      ['en', 'Azerbaijani Cultural Centre Vienna (demo)'],
      ['az', 'Vyana Azərbaycan Mədəniyyət Mərkəzi'],
    ],
    { verified: '2025-12-10', visibility: 'network' },
  ),
  org('demo-tr-association-zurich', 'tr', 'city-ch-zurich', [
    ['de', 'Türkischer Verein Zürich'],
    ['en', 'Turkish Association Zurich (demo)'],
    ['tr', 'Zürih Türk Derneği'],
  ]),
  org(
    'demo-kz-association-geneva',
    'kk',
    'city-ch-geneva',
    [
      ['fr', 'Association kazakhe de Genève'],
      ['en', 'Kazakh Association of Geneva (demo)'],
      ['kk', 'Женева қазақтарының қауымдастығы'],
    ],
    { verified: '2026-07-01', founded: 2014, contacts: true },
  ),
  // United Kingdom
  org(
    'demo-az-society-london',
    'az',
    'city-gb-london',
    [
      ['en', 'Azerbaijani Society of London (demo)'],
      ['az', 'London Azərbaycanlıları Cəmiyyəti'],
    ],
    { verified: '2026-08-25', founded: 2002, contacts: true },
  ),
  org(
    'demo-trnc-community-london',
    'tr',
    'city-gb-london',
    [
      ['en', 'Turkish Cypriot Community Association London (demo)'],
      ['tr', 'Londra Kıbrıs Türk Toplumu Derneği'],
    ],
    { verified: '2026-05-30', founded: 1976, contacts: true, curator: 'trnc-coordination-committee' },
  ),
  org(
    'demo-uz-community-uk',
    'uz',
    'city-gb-london',
    [
      ['en', 'Uzbek Community UK (demo)'],
      ['uz', 'Buyuk Britaniya oʻzbeklari jamoasi'],
    ],
    { visibility: 'network' },
  ),
  // The Nordic countries
  org(
    'demo-kz-association-stockholm',
    'kk',
    'city-se-stockholm',
    [
      ['sv', 'Kazakiska föreningen i Stockholm'],
      ['en', 'Kazakh Association in Stockholm (demo)'],
      ['kk', 'Стокгольм қазақтарының қауымдастығы'],
    ],
    { verified: '2025-10-14', founded: 2012 },
  ),
  org(
    'demo-tr-cultural-association-stockholm',
    'tr',
    'city-se-stockholm',
    [
      ['sv', 'Turkiska kulturföreningen i Stockholm'],
      ['en', 'Turkish Cultural Association in Stockholm (demo)'],
      ['tr', 'Stokholm Türk Kültür Derneği'],
    ],
    { archived: '2025-03-03' },
  ),
  org('demo-az-cultural-association-oslo', 'az', 'city-no-oslo', [
    ['nb', 'Aserbajdsjansk kulturforening i Oslo'],
    ['en', 'Azerbaijani Cultural Association in Oslo (demo)'],
    ['az', 'Oslo Azərbaycan Mədəniyyət Cəmiyyəti'],
  ]),
  org(
    'demo-tr-cultural-association-copenhagen',
    'tr',
    'city-dk-copenhagen',
    [
      ['da', 'Tyrkisk Kulturforening i København'],
      ['en', 'Turkish Cultural Association Copenhagen (demo)'],
      ['tr', 'Kopenhag Türk Kültür Derneği'],
    ],
    { verified: '2026-09-09', founded: 1985 },
  ),
  // Central, Southern and Eastern Europe
  org(
    'demo-az-association-warsaw',
    'az',
    'city-pl-warsaw',
    [
      ['pl', 'Stowarzyszenie Azerbejdżańczyków w Warszawie'],
      ['en', 'Association of Azerbaijanis in Warsaw (demo)'],
      ['az', 'Varşava Azərbaycanlıları Cəmiyyəti'],
    ],
    { verified: '2026-02-27', founded: 2007, contacts: true },
  ),
  org('demo-tr-cultural-association-rome', 'tr', 'city-it-rome', [
    ['it', 'Associazione culturale turca di Roma'],
    ['en', 'Turkish Cultural Association of Rome (demo)'],
    ['tr', 'Roma Türk Kültür Derneği'],
  ]),
  org('demo-az-cultural-association-madrid', 'az', 'city-es-madrid', [
    ['es', 'Asociación Cultural Azerbaiyana de Madrid'],
    ['en', 'Azerbaijani Cultural Association of Madrid (demo)'],
    ['az', 'Madrid Azərbaycan Mədəniyyət Cəmiyyəti'],
  ]),
  org('demo-tr-cultural-society-prague', 'tr', 'city-cz-prague', [
    ['cs', 'Turecký kulturní spolek v Praze'],
    ['en', 'Turkish Cultural Society in Prague (demo)'],
    ['tr', 'Prag Türk Kültür Derneği'],
  ]),
  org(
    'demo-tr-cultural-society-kardzhali',
    'tr',
    'city-bg-kardzhali',
    [
      ['bg', 'Културно дружество на турците в Кърджали'],
      ['en', 'Cultural Society of Turks in Kardzhali (demo)'],
      ['tr', 'Kırcaali Türk Kültür Derneği'],
    ],
    { verified: '2026-04-04', founded: 1992, contacts: true },
  ),
  org('demo-tr-cultural-association-constanta', 'tr', 'city-ro-constanta', [
    ['ro', 'Asociația Culturală Turcă din Constanța'],
    ['en', 'Turkish Cultural Association of Constanța (demo)'],
    ['tr', 'Köstence Türk Kültür Derneği'],
  ]),
  org(
    'demo-az-cultural-society-riga',
    'az',
    'city-lv-riga',
    [
      ['lv', 'Latvijas azerbaidžāņu kultūras biedrība'],
      ['en', 'Azerbaijani Cultural Society of Latvia (demo)'],
      ['az', 'Latviya Azərbaycanlılarının Mədəniyyət Cəmiyyəti'],
      ['ru', 'Азербайджанское культурное общество Латвии'],
    ],
    { verified: '2025-08-19' },
  ),
  // Russia, Ukraine, Georgia
  org(
    'demo-az-cultural-society-moscow',
    'az',
    'city-ru-moscow',
    [
      ['ru', 'Азербайджанское культурное общество Москвы'],
      ['en', 'Azerbaijani Cultural Society of Moscow (demo)'],
      ['az', 'Moskva Azərbaycan Mədəniyyət Cəmiyyəti'],
    ],
    { verified: '2026-10-05', founded: 1999, contacts: true },
  ),
  org(
    'demo-kg-fellowship-moscow',
    'ky',
    'city-ru-moscow',
    [
      ['ru', 'Кыргызское землячество Москвы'],
      ['en', 'Kyrgyz Fellowship of Moscow (demo)'],
      ['ky', 'Москва кыргыз жердештиги'],
    ],
    { verified: '2026-01-28', founded: 2008 },
  ),
  org('demo-uz-cultural-centre-saint-petersburg', 'uz', 'city-ru-saint-petersburg', [
    ['ru', 'Узбекский культурный центр Санкт-Петербурга'],
    ['en', 'Uzbek Cultural Centre of Saint Petersburg (demo)'],
    ['uz', 'Sankt-Peterburg oʻzbek madaniyat markazi'],
  ]),
  org(
    'demo-kz-cultural-centre-omsk',
    'kk',
    'city-ru-omsk',
    [
      ['ru', 'Казахский культурный центр Омска'],
      ['en', 'Kazakh Cultural Centre of Omsk (demo)'],
      ['kk', 'Омбы қазақ мәдени орталығы'],
    ],
    { verified: '2025-12-22', founded: 2001 },
  ),
  org('demo-tm-community-moscow', 'tk', 'city-ru-moscow', [
    ['ru', 'Туркменская община Москвы'],
    ['en', 'Turkmen Community of Moscow (demo)'],
    ['tk', 'Moskwa türkmen jemgyýeti'],
  ]),
  org(
    'demo-az-cultural-union-kyiv',
    'az',
    'city-ua-kyiv',
    [
      ['uk', 'Азербайджанська культурна спілка Києва'],
      ['en', 'Azerbaijani Cultural Union of Kyiv (demo)'],
      ['az', 'Kiyev Azərbaycan Mədəniyyət Birliyi'],
    ],
    { archived: '2023-06-15' },
  ),
  org(
    'demo-az-cultural-centre-marneuli',
    'az',
    'city-ge-marneuli',
    [
      ['ka', 'მარნეულის აზერბაიჯანული კულტურის ცენტრი'],
      ['en', 'Azerbaijani Cultural Centre of Marneuli (demo)'],
      ['az', 'Marneuli Azərbaycan Mədəniyyət Mərkəzi'],
    ],
    { verified: '2026-03-31', contacts: true },
  ),
  // North America, Australia
  org(
    'demo-az-american-society-new-york',
    'az',
    'city-us-new-york',
    [
      ['en', 'Azerbaijani American Society of New York (demo)'],
      ['az', 'Nyu-York Azərbaycan-Amerika Cəmiyyəti'],
    ],
    { verified: '2026-06-03', founded: 2004, contacts: true },
  ),
  org(
    'demo-tr-american-alliance-washington',
    'tr',
    'city-us-washington',
    [
      ['en', 'Turkish American Cultural Alliance of Washington (demo)'],
      ['tr', 'Washington Türk Amerikan Kültür Birliği'],
    ],
    { verified: '2026-09-18', founded: 1993, contacts: true, abbreviation: 'TACAW' },
  ),
  org('demo-uz-american-association-new-york', 'uz', 'city-us-new-york', [
    ['en', 'Uzbek American Association of New York (demo)'],
    ['uz', 'Nyu-York oʻzbek-amerika assotsiatsiyasi'],
  ]),
  org(
    'demo-kg-community-chicago',
    'ky',
    'city-us-chicago',
    [
      ['en', 'Kyrgyz Community of Chicago (demo)'],
      ['ky', 'Чикаго кыргыз жамааты'],
    ],
    { visibility: 'network' },
  ),
  org(
    'demo-kz-community-toronto',
    'kk',
    'city-ca-toronto',
    [
      ['en', 'Kazakh Community Association of Toronto (demo)'],
      ['kk', 'Торонто қазақтарының қауымдастығы'],
    ],
    { verified: '2026-07-22', founded: 2010 },
  ),
  org('demo-az-association-montreal', 'az', 'city-ca-montreal', [
    ['fr', 'Association azerbaïdjanaise de Montréal'],
    ['en', 'Azerbaijani Association of Montreal (demo)'],
    ['az', 'Monreal Azərbaycan Cəmiyyəti'],
  ]),
  org(
    'demo-tr-community-council-sydney',
    'tr',
    'city-au-sydney',
    [
      ['en', 'Turkish Community Council of Sydney (demo)'],
      ['tr', 'Sidney Türk Toplum Konseyi'],
    ],
    { verified: '2026-02-14', founded: 1982, contacts: true },
  ),
  // Asia
  org(
    'demo-kz-cultural-centre-olgii',
    'kk',
    'city-mn-olgii',
    [
      ['kk', 'Өлгей қазақ мәдени орталығы'],
      ['en', 'Kazakh Cultural Centre of Ölgii (demo)'],
      ['mn', 'Өлгийн казах соёлын төв'],
    ],
    { verified: '2026-05-19' },
  ),
  org(
    'demo-uz-business-community-dubai',
    'uz',
    'city-ae-dubai',
    [
      ['en', 'Uzbek Business Community Dubai (demo)'],
      ['uz', 'Dubay oʻzbek tadbirkorlari jamoasi'],
    ],
    { visibility: 'network' },
  ),
  org(
    'demo-kz-association-korea',
    'kk',
    'city-kr-seoul',
    [
      ['ko', '재한 카자흐스탄인 협회'],
      ['en', 'Kazakh Association in Korea (demo)'],
      ['kk', 'Кореядағы қазақтар қауымдастығы'],
    ],
    { verified: '2026-08-08', contacts: true },
  ),
  org('demo-kg-association-japan', 'ky', 'city-jp-tokyo', [
    ['ja', '在日キルギス人協会'],
    ['en', 'Kyrgyz Association in Japan (demo)'],
    ['ky', 'Япониядагы кыргыздар ассоциациясы'],
  ]),
  org(
    'demo-uz-turks-association-istanbul',
    'uz',
    'city-tr-istanbul',
    [
      ['tr', 'İstanbul Özbek Türkleri Derneği'],
      ['en', 'Uzbek Turks Association of Istanbul (demo)'],
      ['uz', 'Istanbul oʻzbeklari jamiyati'],
    ],
    { verified: '2026-04-26', founded: 2003 },
  ),
];
