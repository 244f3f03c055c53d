import type { Role } from '../accounts/accounts.table.ts';
import type {
  LocalizedText,
  NewOrganisationName,
  NewPersonName,
  OrganisationKind,
} from '../registry/registry.table.ts';

// The network of the press release of the 5th Contact Group meeting (Baku, 2019-02-08), as far as
// the registry's tables go, plus the other diaspora bodies the reference facts name. Real data
// only: every record carries the source it was taken from, and a name, date or website that no
// source gives is left out rather than made up. Sources:
//   PRESS    = /work/shared/fixtures/press-release-ccts-diaspora-baku-2019.txt
//   AGENCIES = /work/shared/reference/agencies.json (each field there cites its web pages)
//   NAMES    = /work/shared/names/dev.tsv
// Translation flags: a name in a language of the body's own state (or a working language of the
// OTS) is 'original'; an English rendering of a name that is official in another language is 'human'.

/** The slugs of the organisations below; parents and owners refer to each other by slug. */
export type OrgSlug =
  | 'ots'
  | 'ots-secretariat'
  | 'az-state-committee-diaspora'
  | 'tr-ministry-culture-tourism'
  | 'tr-ytb'
  | 'tr-embassy-baku'
  | 'kz-ministry-social-development'
  | 'kz-public-consent-committee'
  | 'kz-office-interethnic-consent'
  | 'kz-otandastar'
  | 'kg-state-migration-service'
  | 'kg-ministry-labour-migration'
  | 'kg-council-compatriots'
  | 'uz-committee-interethnic-relations'
  | 'uz-vatandoshlar'
  | 'hu-prime-ministers-office'
  | 'hu-state-secretariat-national-policy'
  | 'tm-world-turkmens'
  | 'trnc-coordination-committee'
  | 'demo-az-cultural-association-berlin';

export type DemoOrganisationName = Omit<NewOrganisationName, 'id' | 'organisation_id' | 'sort'>;

export interface DemoOrganisation {
  readonly slug: OrgSlug;
  readonly kind: OrganisationKind;
  /** Must be listed earlier. */
  readonly parent?: OrgSlug;
  /** The organisation whose editors maintain the record; the record itself when omitted. */
  readonly owner?: OrgSlug;
  readonly countryCode: string | null;
  readonly city?: string;
  readonly foundedYear?: number;
  readonly website?: string;
  /** Gazetteer slug of the city (see registry/gazetteer); the record keeps `city` as text too. */
  readonly place?: string;
  /** For diaspora organisations: the communities served, verification state and date. */
  readonly communities?: readonly string[];
  readonly verification?: 'submitted' | 'verified' | 'archived';
  readonly lastVerifiedOn?: string;
  readonly names: readonly DemoOrganisationName[];
}

const CCTS_RENAMED = '2021-11-12';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // source: AGENCIES organisationOfTurkicStates (currentName, formerNames, founded, renamed, websites); PRESS
  {
    slug: 'ots',
    kind: 'international_org',
    owner: 'ots-secretariat',
    countryCode: null,
    foundedYear: 2009,
    website: 'https://turkicstates.org',
    names: [
      { lang: 'en', name: 'Organization of Turkic States', abbreviation: 'OTS', translation: 'original' },
      // AGENCIES notes the Turkish full form is expanded from the abbreviation TDT.
      { lang: 'tr', name: 'Türk Devletleri Teşkilatı', abbreviation: 'TDT', translation: 'original' },
      { lang: 'ru', name: 'Организация тюркских государств', abbreviation: 'ОТГ', translation: 'original' },
      ...(
        [
          ['en', 'Cooperation Council of Turkic Speaking States', 'CCTS'],
          ['tr', 'Türk Dili Konuşan Ülkeler İşbirliği Konseyi', 'TDİK'],
          ['ru', 'Совет сотрудничества тюркоязычных государств', 'ССТГ'],
        ] as const
      ).map(([lang, name, abbreviation]) => ({
        lang,
        name,
        abbreviation,
        name_type: 'former' as const,
        valid_from: '2009-10-03',
        valid_to: CCTS_RENAMED,
        translation: 'original' as const,
      })),
      // The short names of the CCTS; the press still uses them after the renaming, so no end date.
      { lang: 'en', name: 'Turkic Council', name_type: 'alias', translation: 'original' },
      { lang: 'tr', name: 'Türk Konseyi', name_type: 'alias', translation: 'original' },
      { lang: 'tr', name: 'Türk Keneşi', name_type: 'alias', translation: 'original' },
    ],
  },
  // source: AGENCIES organisationOfTurkicStates.secretariatSeat ("Istanbul, TR"); PRESS (deputy secretary general)
  {
    slug: 'ots-secretariat',
    kind: 'international_org',
    parent: 'ots',
    countryCode: 'TR',
    city: 'Istanbul',
    place: 'city-tr-istanbul',
    names: [
      { lang: 'en', name: 'Secretariat of the Organization of Turkic States', translation: 'original' },
    ],
  },
  // source: AGENCIES countries[AZ].bodies[0]; PRESS (meeting held at the Committee in Baku)
  {
    slug: 'az-state-committee-diaspora',
    kind: 'state_body',
    countryCode: 'AZ',
    city: 'Baku',
    place: 'city-az-baku',
    foundedYear: 2008,
    website: 'https://diaspor.gov.az',
    names: [
      { lang: 'az', name: 'Diasporla İş üzrə Dövlət Komitəsi', translation: 'original' },
      {
        lang: 'en',
        name: 'State Committee on Work with Diaspora of the Republic of Azerbaijan',
        abbreviation: 'SCWD',
        translation: 'human',
      },
      { lang: 'en', name: 'State Committee on Work with Diaspora', name_type: 'short', translation: 'human' },
      { lang: 'en', name: 'State Committee for Diaspora Affairs', name_type: 'alias', translation: 'human' },
      // The 2002 committee on whose basis the present one was formed by the decree of 2008-11-19.
      {
        lang: 'en',
        name: 'State Committee on Affairs with Azerbaijanis Living in Foreign Countries',
        abbreviation: 'SCAALFC',
        name_type: 'former',
        valid_from: '2002-07-05',
        valid_to: '2008-11-19',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[TR].bodies[0].parent.current
  {
    slug: 'tr-ministry-culture-tourism',
    kind: 'state_body',
    owner: 'tr-ytb',
    countryCode: 'TR',
    names: [{ lang: 'en', name: 'Ministry of Culture and Tourism', translation: 'human' }],
  },
  // source: AGENCIES countries[TR].bodies[0]; PRESS ("Presidency of the Turks Abroad and Related Communities of Turkey")
  {
    slug: 'tr-ytb',
    kind: 'state_body',
    parent: 'tr-ministry-culture-tourism',
    countryCode: 'TR',
    foundedYear: 2010,
    website: 'https://ytb.gov.tr',
    names: [
      {
        lang: 'tr',
        name: 'Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı',
        abbreviation: 'YTB',
        translation: 'original',
      },
      {
        lang: 'en',
        name: 'Presidency for Turks Abroad and Related Communities',
        abbreviation: 'YTB',
        translation: 'human',
      },
      {
        lang: 'en',
        name: 'Presidency of the Turks Abroad and Related Communities',
        name_type: 'alias',
        translation: 'human',
      },
    ],
  },
  // source: PRESS ("Ambassador of Turkey to Azerbaijan"); no embassy record in AGENCIES, so a minimal one.
  {
    slug: 'tr-embassy-baku',
    kind: 'other',
    owner: 'tr-ytb',
    countryCode: 'TR',
    city: 'Baku',
    names: [{ lang: 'en', name: 'Embassy of the Republic of Türkiye in Baku', translation: 'human' }],
  },
  // source: PRESS ("Office of Interethnic Consent and Interaction with Diasporas of the Public Consent
  // Committee of the Ministry of Social Development of Kazakhstan"), the structure as of 2019; AGENCIES
  // countries[KZ].bodies[0].parent["2018"] names the same ministry. No source gives the Kazakh names.
  {
    slug: 'kz-ministry-social-development',
    kind: 'state_body',
    countryCode: 'KZ',
    names: [{ lang: 'en', name: 'Ministry of Social Development of Kazakhstan', translation: 'human' }],
  },
  {
    slug: 'kz-public-consent-committee',
    kind: 'state_body',
    parent: 'kz-ministry-social-development',
    countryCode: 'KZ',
    names: [{ lang: 'en', name: 'Public Consent Committee', translation: 'human' }],
  },
  {
    slug: 'kz-office-interethnic-consent',
    kind: 'state_body',
    parent: 'kz-public-consent-committee',
    countryCode: 'KZ',
    names: [
      {
        lang: 'en',
        name: 'Office of Interethnic Consent and Interaction with Diasporas',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[KZ].bodies[0]. A non-profit joint-stock company, hence 'other'; its
  // parent changed over time (2018–2023), so none is recorded.
  {
    slug: 'kz-otandastar',
    kind: 'other',
    countryCode: 'KZ',
    foundedYear: 2018,
    website: 'https://oq.gov.kz',
    names: [
      { lang: 'en', name: 'Otandastar Foundation', translation: 'human' },
      { lang: 'kk-Latn', name: 'Otandastar Qory', translation: 'original' },
      // AGENCIES: the Cyrillic form is the compiler's transliteration, not seen in a source.
      { lang: 'kk', name: 'Отандастар қоры', translation: 'needs_review' },
      {
        lang: 'ru',
        name: 'Некоммерческое акционерное общество «Фонд «Отандастар»»',
        abbreviation: 'НАО «Фонд «Отандастар»»',
        translation: 'original',
      },
    ],
  },
  // source: AGENCIES countries[KG].bodies[1] (status: historical); PRESS ("State Migration Service of the Kyrgyz Republic")
  {
    slug: 'kg-state-migration-service',
    kind: 'state_body',
    countryCode: 'KG',
    foundedYear: 2015,
    website: 'http://ssm.gov.kg',
    names: [
      {
        lang: 'en',
        name: 'State Migration Service under the Government of the Kyrgyz Republic',
        translation: 'human',
      },
      {
        lang: 'ru',
        name: 'Государственная служба миграции при Правительстве Кыргызской Республики',
        translation: 'original',
      },
      {
        lang: 'en',
        name: 'State Migration Service of the Kyrgyz Republic',
        name_type: 'alias',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[KG].bodies[0]
  {
    slug: 'kg-ministry-labour-migration',
    kind: 'state_body',
    countryCode: 'KG',
    names: [
      {
        lang: 'en',
        name: 'Ministry of Labor, Social Security and Migration of the Kyrgyz Republic',
        translation: 'human',
      },
      {
        lang: 'ky',
        name: 'Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги',
        translation: 'original',
      },
      {
        lang: 'ru',
        name: 'Министерство труда, социального обеспечения и миграции Кыргызской Республики',
        translation: 'original',
      },
    ],
  },
  // source: AGENCIES countries[KG].bodies[2]
  {
    slug: 'kg-council-compatriots',
    kind: 'state_body',
    countryCode: 'KG',
    foundedYear: 2018,
    names: [
      {
        lang: 'en',
        name: 'Council on Relations with Compatriots Abroad under the President',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[UZ].bodies[0]; its parent changed (Cabinet of Ministers, later Ministry of Culture)
  {
    slug: 'uz-committee-interethnic-relations',
    kind: 'state_body',
    countryCode: 'UZ',
    foundedYear: 2017,
    website: 'https://interkomitet.uz',
    names: [
      {
        lang: 'en',
        name: 'Committee on Interethnic Relations and Friendly Ties with Foreign Countries',
        translation: 'human',
      },
      {
        lang: 'uz-Cyrl',
        name: 'Миллатлараро муносабатлар ва хорижий мамлакатлар билан дўстлик алоқалари қўмитаси',
        translation: 'original',
      },
      {
        lang: 'ru',
        name: 'Комитет по межнациональным отношениям и дружественным связям с зарубежными странами при Кабинете Министров',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[UZ].bodies[1]. A public fund, not a state body.
  {
    slug: 'uz-vatandoshlar',
    kind: 'other',
    countryCode: 'UZ',
    foundedYear: 2021,
    names: [
      { lang: 'en', name: '"Vatandoshlar" Public Fund', translation: 'human' },
      { lang: 'uz', name: '«Vatandoshlar» jamoat fondi', translation: 'original' },
      { lang: 'uz-Cyrl', name: '“Ватандошлар” жамоат фонди', translation: 'original' },
      { lang: 'ru', name: 'общественный фонд «Ватандошлар»', translation: 'human' },
      { lang: 'en', name: 'Compatriots Public Foundation', name_type: 'alias', translation: 'human' },
    ],
  },
  // source: AGENCIES countries[HU].bodies[0].parent
  {
    slug: 'hu-prime-ministers-office',
    kind: 'state_body',
    owner: 'hu-state-secretariat-national-policy',
    countryCode: 'HU',
    names: [
      { lang: 'en', name: "Prime Minister's Office", translation: 'human' },
      { lang: 'hu', name: 'Miniszterelnökség', translation: 'original' },
    ],
  },
  // source: AGENCIES countries[HU].bodies[0]
  {
    slug: 'hu-state-secretariat-national-policy',
    kind: 'state_body',
    parent: 'hu-prime-ministers-office',
    countryCode: 'HU',
    names: [
      { lang: 'en', name: 'State Secretariat for National Policy', translation: 'human' },
      { lang: 'hu', name: 'Nemzetpolitikai Államtitkárság', translation: 'original' },
    ],
  },
  // source: AGENCIES countries[TM].bodies[0]. A public association, not a state body.
  {
    slug: 'tm-world-turkmens',
    kind: 'other',
    countryCode: 'TM',
    foundedYear: 1991,
    names: [
      {
        lang: 'en',
        name: 'Humanitarian Association of World Turkmens',
        abbreviation: 'HATW',
        translation: 'human',
      },
      { lang: 'tk', name: 'Dünýä türkmenleriniň ynsanperwer birleşigi', translation: 'original' },
      {
        lang: 'en',
        name: 'Humanitarian Association of Turkmens of the World',
        name_type: 'alias',
        translation: 'human',
      },
    ],
  },
  // source: AGENCIES countries[TRNC].bodies[0]; the TRNC has no ISO country code, hence none here.
  {
    slug: 'trnc-coordination-committee',
    kind: 'state_body',
    countryCode: null,
    foundedYear: 2020,
    names: [
      { lang: 'en', name: 'Coordination Committee of Turkish Cypriots Living Abroad', translation: 'human' },
    ],
  },
  // source: none: a demo organisation, marked as such in its name, curated by Azerbaijan's committee.
  {
    slug: 'demo-az-cultural-association-berlin',
    kind: 'diaspora_org',
    owner: 'az-state-committee-diaspora',
    countryCode: 'DE',
    city: 'Berlin',
    place: 'city-de-berlin',
    communities: ['az'],
    verification: 'verified',
    lastVerifiedOn: '2026-09-01',
    names: [
      { lang: 'en', name: 'Azerbaijani Cultural Association of Berlin (demo)', translation: 'original' },
      { lang: 'de', name: 'Aserbaidschanischer Kulturverein Berlin e.V.', translation: 'original' },
      { lang: 'az', name: 'Berlin Azərbaycan Mədəniyyət Cəmiyyəti', translation: 'original' },
    ],
  },
];

export type DemoPersonName = Omit<NewPersonName, 'id' | 'person_id'>;

export interface DemoPerson {
  readonly slug: string;
  readonly names: readonly DemoPersonName[];
  readonly positions: readonly {
    readonly organisation: OrgSlug;
    readonly title: LocalizedText;
    /** Left out where no source gives the start; the press release only shows them in office on 2019-02-08. */
    readonly fromDate?: string;
    readonly toDate?: string;
  }[];
}

const en = (value: string): LocalizedText => ({ en: { value, status: 'original' } });

// Everyone here is an official named in a public press release, acting in public office: their
// names and posts are public (visibility 'public'), unlike the private-by-default personal data
// of diaspora members.
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // source: PRESS; AGENCIES organisationOfTurkicStates.deputySecretariesGeneralSeenInDiasporaNews (seen 2018-02 to 2019-03)
  {
    slug: 'omer-kocaman',
    names: [
      {
        full_name: 'Ömer Kocaman',
        given_name: 'Ömer',
        family_name: 'Kocaman',
        script: 'Latn',
        lang: 'tr',
        source: 'native',
        is_primary: true,
      },
      {
        full_name: 'Omar Kojaman',
        given_name: 'Omar',
        family_name: 'Kojaman',
        script: 'Latn',
        lang: 'en',
        source: 'press',
      },
    ],
    positions: [{ organisation: 'ots-secretariat', title: en('Deputy Secretary General') }],
  },
  // source: PRESS; AGENCIES countries[AZ].bodies[0].heads (seen 2019-2025); NAMES (Russian-Cyrillic form)
  {
    slug: 'fuad-muradov',
    names: [
      {
        full_name: 'Fuad Muradov',
        given_name: 'Fuad',
        family_name: 'Muradov',
        script: 'Latn',
        lang: 'az',
        source: 'native',
        is_primary: true,
      },
      {
        full_name: 'Фуад Мурадов',
        given_name: 'Фуад',
        family_name: 'Мурадов',
        script: 'Cyrl',
        lang: 'ru',
        source: 'ru_cyrillic',
      },
    ],
    positions: [{ organisation: 'az-state-committee-diaspora', title: en('Chairman') }],
  },
  // source: PRESS; AGENCIES countries[TR].bodies[0].heads ("Abdulhadi Turus (Deputy President)", seen 2019-2025)
  {
    slug: 'abdulhadi-turus',
    names: [
      {
        full_name: 'Abdulhadi Turus',
        given_name: 'Abdulhadi',
        family_name: 'Turus',
        script: 'Latn',
        lang: 'tr',
        source: 'native',
        is_primary: true,
      },
    ],
    positions: [{ organisation: 'tr-ytb', title: en('Deputy President') }],
  },
  // source: PRESS (press spelling "Erkan Ozaral"); the Turkish spelling as given in the brief of this loader
  {
    slug: 'erkan-ozoral',
    names: [
      {
        full_name: 'Erkan Özoral',
        given_name: 'Erkan',
        family_name: 'Özoral',
        script: 'Latn',
        lang: 'tr',
        source: 'native',
        is_primary: true,
      },
      {
        full_name: 'Erkan Ozaral',
        given_name: 'Erkan',
        family_name: 'Ozaral',
        script: 'Latn',
        lang: 'en',
        source: 'press',
      },
    ],
    positions: [{ organisation: 'tr-embassy-baku', title: en('Ambassador of Turkey to Azerbaijan') }],
  },
  // source: PRESS; NAMES (kk-Cyrl target "Мейрам Иманбаев")
  {
    slug: 'meiram-imanbayev',
    names: [
      {
        full_name: 'Мейрам Иманбаев',
        given_name: 'Мейрам',
        family_name: 'Иманбаев',
        script: 'Cyrl',
        lang: 'kk',
        source: 'native',
        is_primary: true,
      },
      {
        full_name: 'Meiram Imanbayev',
        given_name: 'Meiram',
        family_name: 'Imanbayev',
        script: 'Latn',
        lang: 'en',
        source: 'press',
      },
    ],
    positions: [{ organisation: 'kz-office-interethnic-consent', title: en('Head of the Office') }],
  },
  // source: PRESS (surname first); NAMES (ky-Cyrl target "Галиева Жаркынай")
  {
    slug: 'zharkynai-galieva',
    names: [
      {
        full_name: 'Галиева Жаркынай',
        given_name: 'Жаркынай',
        family_name: 'Галиева',
        script: 'Cyrl',
        lang: 'ky',
        source: 'native',
        is_primary: true,
      },
      {
        full_name: 'Galieva Jarkhinay',
        given_name: 'Jarkhinay',
        family_name: 'Galieva',
        script: 'Latn',
        lang: 'en',
        source: 'press',
      },
    ],
    positions: [{ organisation: 'kg-state-migration-service', title: en('Representative') }],
  },
];

/** The label of a demo account in the accounts file and the console box. */
export type DemoAccountLabel =
  | 'secretariat'
  | 'agency-admin'
  | 'agency-editor'
  | 'agency-editor-tr'
  | 'org-rep';

export interface DemoAccount {
  readonly label: DemoAccountLabel;
  readonly email: string;
  readonly displayName: string;
  readonly locale: string;
  readonly role: Role;
  readonly organisation: OrgSlug;
  /**
   * The registry person the account is (`accounts.person_id`), so that it can answer its own
   * invitations to meetings. Fictional, like the body the account works for.
   */
  readonly person?: DemoPerson;
}

/** One account per role; `.example` is a reserved domain, so no mail ever reaches a real person. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    label: 'secretariat',
    email: 'secretariat@demo.kopru.example',
    displayName: 'OTS Secretariat (demo)',
    locale: 'en',
    role: 'secretariat',
    organisation: 'ots-secretariat',
  },
  {
    label: 'agency-admin',
    email: 'agency-admin@demo.kopru.example',
    displayName: 'Diaspora Committee administrator (demo)',
    locale: 'az',
    role: 'agency_admin',
    organisation: 'az-state-committee-diaspora',
  },
  {
    label: 'agency-editor',
    email: 'agency-editor@demo.kopru.example',
    displayName: 'Diaspora Committee editor (demo)',
    locale: 'az',
    role: 'agency_editor',
    organisation: 'az-state-committee-diaspora',
  },
  {
    label: 'agency-editor-tr',
    email: 'agency-editor-tr@demo.kopru.example',
    displayName: 'YTB editor (demo)',
    locale: 'tr',
    role: 'agency_editor',
    organisation: 'tr-ytb',
  },
  {
    label: 'org-rep',
    email: 'org-rep@demo.kopru.example',
    displayName: 'Berlin association representative (demo)',
    locale: 'az',
    role: 'org_rep',
    organisation: 'demo-az-cultural-association-berlin',
    person: {
      slug: 'demo-aysel-nasibli',
      names: [
        {
          full_name: 'Aysel Nəsibli',
          given_name: 'Aysel',
          family_name: 'Nəsibli',
          script: 'Latn',
          lang: 'az',
          source: 'native',
          is_primary: true,
        },
      ],
      positions: [{ organisation: 'demo-az-cultural-association-berlin', title: en('Chairwoman') }],
    },
  },
];
