import type { LocalizedTextInput } from '../registry/registry.schema.ts';
import type {
  EventKind,
  EventOrganisationRole,
  ParticipantRole,
  ProgrammeKind,
} from '../meetings/meetings.table.ts';
import type { OrgSlug } from './network.data.ts';

// The meetings of the demo network. The day of the press release in full, and the other meetings
// of the network that the reference facts document, each with its source. Sources:
//   PRESS    = /work/shared/fixtures/press-release-ccts-diaspora-baku-2019.txt
//   AGENCIES = /work/shared/reference/agencies.json (diasporaCooperationSeries; each entry cites its pages)
// The press release gives no times, so the day is stored as an all-day event in Baku's zone. It
// names no decisions of the 5th Contact Group meeting: the decisions below restate the projects it
// announced and are marked as demo in their text.

export const DEMO_SERIES = [
  {
    code: 'CG',
    title: {
      en: 'Contact Group on Work with Diaspora',
      tr: 'Diaspora Temas Grubu',
    },
    description: {
      en: 'Expert-level meetings of the diaspora bodies of the OTS (until 2021 the CCTS, the Turkic Council). Source: AGENCIES diasporaCooperationSeries.',
    },
  },
  {
    code: 'MH',
    title: { en: 'Meetings of Ministers and Heads of Institutions in charge of Diaspora Affairs' },
    description: {
      en: 'Ministerial meetings of the diaspora bodies of the OTS member states. Source: AGENCIES diasporaCooperationSeries.',
    },
  },
] as const;

export type SeriesCode = (typeof DEMO_SERIES)[number]['code'];

export interface DemoProgrammeItem {
  kind: ProgrammeKind;
  title: LocalizedTextInput;
  summary?: LocalizedTextInput;
  visitedPlaceText?: string;
  delegation?: { organisation?: OrgSlug; country?: string };
  /** Person slugs of network.data.ts; their position is the one the registry holds for the day. */
  speakers?: string[];
}

export interface DemoEvent {
  key: string;
  kind: EventKind;
  title: LocalizedTextInput;
  summary?: LocalizedTextInput;
  series?: { code: SeriesCode; number: number };
  parent?: string;
  startDate: string;
  endDate: string;
  /** Gazetteer slug of the city; its zone is the event's. */
  city: string;
  countryCode: string;
  venue?: string;
  owner: OrgSlug;
  organisations: { organisation: OrgSlug; role: EventOrganisationRole }[];
  programme?: DemoProgrammeItem[];
  delegations?: { country: string | null; organisation: OrgSlug; head?: string }[];
  participants?: { person: string; role: ParticipantRole; delegation?: OrgSlug }[];
  decisions?: {
    text: LocalizedTextInput;
    dueText?: LocalizedTextInput;
    dueFrom?: string;
    dueTo?: string;
    responsible: OrgSlug[];
    /** The key of a demo event that followed the decision up. */
    followedUpBy?: string;
  }[];
}

const en = (text: string) => ({ en: text });
const source = (url: string) => `Source: ${url}`;
const BAKU_DAY = '2019-02-08';
const SCWD: OrgSlug = 'az-state-committee-diaspora';

/** The day of the press release: the exchange of experience and the 5th Contact Group meeting. */
const PRESS_DAY: DemoEvent[] = [
  {
    key: 'baku-2019-exchange',
    kind: 'exchange_of_experience',
    title: {
      en: 'Exchange of experience among the diaspora bodies of the member states of the Turkic Council',
      az: 'Türk Şurasına üzv dövlətlərin diaspor qurumları arasında təcrübə mübadiləsi',
    },
    summary: en(
      'Held in Baku at the State Committee on Work with Diaspora with representatives of the relevant bodies of Turkey, Kazakhstan and Kyrgyzstan, the ambassadors of these countries to Azerbaijan and other guests; part of the joint action plan of the member states in the field of diaspora. Source: PRESS.',
    ),
    startDate: BAKU_DAY,
    endDate: BAKU_DAY,
    city: 'city-az-baku',
    countryCode: 'AZ',
    venue: 'State Committee on Work with Diaspora',
    owner: SCWD,
    organisations: [
      { organisation: SCWD, role: 'host' },
      { organisation: 'ots-secretariat', role: 'organiser' },
    ],
    programme: [
      {
        kind: 'wreath_laying',
        title: en('Visit to the Alley of Honors'),
        summary: en('The delegation commemorated national leader Heydar Aliyev.'),
        visitedPlaceText: 'Alley of Honors, Baku',
      },
      {
        kind: 'wreath_laying',
        title: en('Visit to the Alley of Martyrs'),
        visitedPlaceText: 'Alley of Martyrs, Baku',
      },
      {
        kind: 'visit',
        title: en('Visit to the Turkish Martyrs’ Memorial complex'),
        visitedPlaceText: 'Turkish Martyrs’ Memorial, Baku',
      },
      {
        kind: 'welcome',
        title: en('Welcome'),
        summary: en(
          'The importance of studying the experience of Turkic-speaking states in the field of diaspora and of developing cooperation.',
        ),
        delegation: { organisation: 'ots-secretariat' },
        speakers: ['omer-kocaman'],
      },
      {
        kind: 'opening_speech',
        title: en('Opening speech'),
        summary: en(
          'The unity of the Turkic world; the congress of heads of Turkic states and societies held in Baku; the event as part of the joint action plan.',
        ),
        delegation: { organisation: SCWD, country: 'AZ' },
        speakers: ['fuad-muradov'],
      },
      {
        kind: 'speech',
        title: en('Speech of the Presidency for Turks Abroad and Related Communities'),
        delegation: { organisation: 'tr-ytb', country: 'TR' },
        speakers: ['abdulhadi-turus'],
      },
      {
        kind: 'speech',
        title: en('Speech of the Ambassador of Turkey to Azerbaijan'),
        delegation: { organisation: 'tr-embassy-baku', country: 'TR' },
        speakers: ['erkan-ozoral'],
      },
      {
        kind: 'speech',
        title: en('Speech of the Office of Interethnic Consent and Interaction with Diasporas'),
        delegation: { organisation: 'kz-office-interethnic-consent', country: 'KZ' },
        speakers: ['meiram-imanbayev'],
      },
      {
        kind: 'speech',
        title: en('Speech of the State Migration Service of the Kyrgyz Republic'),
        delegation: { organisation: 'kg-state-migration-service', country: 'KG' },
        speakers: ['zharkynai-galieva'],
      },
      {
        kind: 'discussion',
        title: en('Discussion of proposals'),
        summary: en(
          'Ideas and suggestions to enhance the effectiveness of the exchange of experience, and concrete measures to be taken.',
        ),
      },
      {
        kind: 'speech',
        title: en('The work of the State Committee in 2018'),
        summary: en(
          'The activities of the State Committee, joint measures, and the yearly remembrance of the victims of the Khojaly genocide in Turkic-speaking countries.',
        ),
        delegation: { organisation: SCWD, country: 'AZ' },
        speakers: ['fuad-muradov'],
      },
      {
        kind: 'video_screening',
        title: en('Screening of videos about the State Committee and the Presidency for Turks Abroad'),
      },
      {
        kind: 'announcement',
        title: en('Projects envisaged for 2019'),
        summary: en(
          'A training for Turkic-speaking diasporas and civil societies in a European country in March 2019 with the support of the Presidency for Turks Abroad; a training for the Turkic-speaking diaspora in the USA at the end of May and the beginning of June with the support of the State Committee.',
        ),
        delegation: { organisation: 'ots-secretariat' },
        speakers: ['omer-kocaman'],
      },
    ],
    delegations: [
      { country: null, organisation: 'ots-secretariat', head: 'omer-kocaman' },
      { country: 'AZ', organisation: SCWD, head: 'fuad-muradov' },
      { country: 'TR', organisation: 'tr-ytb', head: 'abdulhadi-turus' },
      { country: 'KZ', organisation: 'kz-office-interethnic-consent', head: 'meiram-imanbayev' },
      { country: 'KG', organisation: 'kg-state-migration-service', head: 'zharkynai-galieva' },
    ],
    participants: [
      { person: 'omer-kocaman', role: 'head_of_delegation', delegation: 'ots-secretariat' },
      { person: 'fuad-muradov', role: 'head_of_delegation', delegation: SCWD },
      { person: 'abdulhadi-turus', role: 'head_of_delegation', delegation: 'tr-ytb' },
      { person: 'erkan-ozoral', role: 'ambassador', delegation: 'tr-ytb' },
      { person: 'meiram-imanbayev', role: 'head_of_delegation', delegation: 'kz-office-interethnic-consent' },
      { person: 'zharkynai-galieva', role: 'head_of_delegation', delegation: 'kg-state-migration-service' },
    ],
  },
  {
    key: 'cg-5',
    kind: 'meeting',
    title: en('5th meeting of the Contact Group on Work with Diaspora'),
    summary: en(
      'The exchange of experience continued with the 5th meeting of the Contact Group. Source: PRESS; AGENCIES contactGroupMeetings. The decisions shown are demo data restating the projects announced that day.',
    ),
    series: { code: 'CG', number: 5 },
    parent: 'baku-2019-exchange',
    startDate: BAKU_DAY,
    endDate: BAKU_DAY,
    city: 'city-az-baku',
    countryCode: 'AZ',
    venue: 'State Committee on Work with Diaspora',
    owner: 'ots-secretariat',
    organisations: [
      { organisation: 'ots-secretariat', role: 'organiser' },
      { organisation: SCWD, role: 'host' },
    ],
    decisions: [
      {
        text: en(
          '[demo] To hold a training for representatives of Turkic-speaking diasporas and civil societies in a European country with the support of the Presidency for Turks Abroad and Related Communities.',
        ),
        dueText: en('March 2019'),
        dueFrom: '2019-03-01',
        dueTo: '2019-03-31',
        responsible: ['tr-ytb', 'ots-secretariat'],
        followedUpBy: 'training-berlin-2019',
      },
      {
        text: en(
          '[demo] To hold a training for members of the Turkic-speaking diaspora in the USA with the support of the State Committee on Work with Diaspora.',
        ),
        dueText: en('the end of May and the beginning of June 2019'),
        responsible: [SCWD, 'ots-secretariat'],
      },
      {
        text: en(
          '[demo] To organise the yearly remembrance of the victims of the Khojaly genocide jointly in the Turkic-speaking countries.',
        ),
        dueText: en('every year'),
        responsible: [SCWD],
      },
    ],
  },
];

/** Meetings before and after, from AGENCIES (dates as the sources give them; no times). */
const OTHER_MEETINGS: DemoEvent[] = [
  {
    key: 'cg-4',
    kind: 'meeting',
    title: en('4th meeting of the Contact Group on Work with Diaspora'),
    summary: en(
      source(
        'http://www.turkkon.org/tr-TR/turk-konseyi-diaspora-temas-grubu%E2%80%99nun-dorduncu-toplantisi-gerceklestirildi/3/54/54/4549',
      ),
    ),
    series: { code: 'CG', number: 4 },
    startDate: '2018-02-23',
    endDate: '2018-02-23',
    city: 'city-tr-istanbul',
    countryCode: 'TR',
    owner: 'ots-secretariat',
    organisations: [{ organisation: 'ots-secretariat', role: 'organiser' }],
  },
  {
    key: 'mh-3',
    kind: 'meeting',
    title: en('3rd meeting of the ministers and heads of diaspora institutions'),
    summary: en(
      `Amended the Strategy; adopted the Joint Action Plan 2018–2019. ${source('https://www.anews.com.tr/world/2018/11/06/turkic-council-diaspora-officials-to-meet-in-ankara')}`,
    ),
    series: { code: 'MH', number: 3 },
    startDate: '2018-11-08',
    endDate: '2018-11-08',
    city: 'city-tr-ankara',
    countryCode: 'TR',
    owner: 'ots-secretariat',
    organisations: [{ organisation: 'ots-secretariat', role: 'organiser' }],
  },
  {
    key: 'training-berlin-2019',
    kind: 'training',
    title: en('1st capacity-building training programme for Turkic-speaking diasporas'),
    summary: en(
      source(
        'https://www.turkkon.org/tr/haberler/turk-dili-konusan-diasporalar-icin-birinci-kapasite-gelistirme-egitim-programi-ve-turk-konseyi-nevruz-konseri-almanyanin-baskentinde-duzenlenmistir_1783',
      ),
    ),
    startDate: '2019-03-26',
    endDate: '2019-03-26',
    city: 'city-de-berlin',
    countryCode: 'DE',
    owner: 'ots-secretariat',
    organisations: [
      { organisation: 'ots-secretariat', role: 'organiser' },
      { organisation: 'tr-ytb', role: 'host' },
    ],
  },
  {
    key: 'forum-bursa-2022',
    kind: 'forum',
    title: en('International Diaspora Forum of the Organization of Turkic States'),
    summary: en(
      source(
        'https://turkicstates.org/en/news/international-diaspora-forum-of-the-organization-of-turkic-states-was-held-in-bursa',
      ),
    ),
    startDate: '2022-03-28',
    endDate: '2022-03-30',
    city: 'city-tr-bursa',
    countryCode: 'TR',
    owner: 'ots-secretariat',
    organisations: [{ organisation: 'ots-secretariat', role: 'organiser' }],
  },
  {
    key: 'mh-5',
    kind: 'meeting',
    title: en('5th meeting of the ministers and heads of diaspora institutions'),
    summary: en(
      `Adopted the Diaspora Joint Activity Plan for 2024. ${source('https://turkicstates.org/en/news/5th-meeting-of-the-ministers-and-heads-of-diaspora-institutions-held-in-bishkek')}`,
    ),
    series: { code: 'MH', number: 5 },
    startDate: '2023-11-22',
    endDate: '2023-11-22',
    city: 'city-kg-bishkek',
    countryCode: 'KG',
    owner: 'ots-secretariat',
    organisations: [
      { organisation: 'ots-secretariat', role: 'organiser' },
      { organisation: 'kg-ministry-labour-migration', role: 'host' },
    ],
  },
  {
    key: 'mh-6',
    kind: 'meeting',
    title: en('6th meeting of the ministers and heads of diaspora institutions'),
    summary: en(
      `Adopted the Diaspora Joint Activity Plan for 2025. ${source('https://turkicstates.org/en/news/the-6th-meeting-of-the-ministers-and-heads-of-diaspora-institutions-in-charge-of-diaspora-affairs-of-the-ots-held-in-tashkent-')}`,
    ),
    series: { code: 'MH', number: 6 },
    startDate: '2024-11-18',
    endDate: '2024-11-18',
    city: 'city-uz-tashkent',
    countryCode: 'UZ',
    owner: 'ots-secretariat',
    organisations: [
      { organisation: 'ots-secretariat', role: 'organiser' },
      { organisation: 'uz-committee-interethnic-relations', role: 'host' },
    ],
  },
];

/** Every demo event, parents before their sub-events. */
export const DEMO_EVENTS: readonly DemoEvent[] = [...OTHER_MEETINGS, ...PRESS_DAY];
