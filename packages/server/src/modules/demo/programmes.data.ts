import type { LocalizedTextInput } from '../registry/registry.schema.ts';
import type {
  ApplicationStatus,
  ProgrammeKind,
  ProgrammeStatus,
  QuestionKind,
} from '../programmes/programmes.table.ts';
import type { OrgSlug } from './network.data.ts';

// The demo programmes. The two trainings are those the press release announces (PRESS =
// /work/shared/fixtures/press-release-ccts-diaspora-baku-2019.txt): for representatives of
// Turkic-speaking diasporas and civil societies in one of the European countries with the support of
// the Presidency for Turks Abroad and Related Communities (YTB) in March 2019, and for members of the
// Turkic-speaking diaspora in the USA with the support of the State Committee on Work with Diaspora
// at the end of May and the beginning of June. The summer school with its open call, its applicants
// and their applications are demo data, marked [demo]; its call is placed around the day the demo is
// loaded, so that it is open then.

export interface DemoQuestion {
  kind: QuestionKind;
  label: LocalizedTextInput;
  required?: boolean;
  options?: { value: string; label: LocalizedTextInput }[];
  validation?: { min?: number; max?: number; maxLength?: number };
}

export interface DemoApplication {
  /** The applicant: a person of `DEMO_APPLICANTS` by slug, or the org representative's own person. */
  person: string;
  status: ApplicationStatus;
  /** Answers by the position of their question. */
  answers: Record<number, unknown>;
  /** Reviews by reviewer (account email): a score per criterion, in the criteria's order. */
  reviews?: { reviewer: string; scores: number[]; comment: string }[];
  /** The position of a waitlisted application. */
  waitlistPosition?: number;
}

export interface DemoProgramme {
  title: { en: string } & LocalizedTextInput;
  description?: LocalizedTextInput;
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  organiser: OrgSlug;
  supporters: { organisation: OrgSlug; role: 'support' | 'partner' | 'host' | 'funder' }[];
  countryCode?: string;
  place?: LocalizedTextInput;
  /** The phrase of its dates; `{next}` is the year after the load. */
  periodText?: string;
  /** The date the phrase is read from (default: the day of the load). */
  periodReference?: string;
  /** The plan item it fulfils, by the code of the 2019 plan's item. */
  planItemCode?: string;
  audience?: { communities?: string[]; ageMin?: number; ageMax?: number; languages?: string[] };
  capacity?: number;
  /** Fixed local times, or days from the load for the open call. */
  call?:
    | { opens: [string, string]; closes: [string, string]; timeZone: string }
    | { opensInDays: number; closesInDays: number; timeZone: string };
  questions?: DemoQuestion[];
  applications?: DemoApplication[];
  /** The reviewers' account emails (network.data.ts) and the review criteria. */
  reviewers?: string[];
  criteria?: { label: LocalizedTextInput; weight: number; maxScore: number }[];
}

/** The demo reviewers: the State Committee's admin (Azerbaijan) and YTB's editor (Türkiye). */
const REVIEWER_AZ = 'agency-admin@demo.kopru.example';
const REVIEWER_TR = 'agency-editor-tr@demo.kopru.example';

const PRESS = 'Source: the CCTS press release of 8 February 2019.';

/** Demo people who apply: members of the demo Berlin association. */
export const DEMO_APPLICANTS = [
  { slug: 'demo-nigar-hasanova', fullName: 'Nigar Həsənova', given: 'Nigar', family: 'Həsənova' },
  { slug: 'demo-tural-mammadov', fullName: 'Tural Məmmədov', given: 'Tural', family: 'Məmmədov' },
  { slug: 'demo-ramil-aliyev', fullName: 'Ramil Əliyev', given: 'Ramil', family: 'Əliyev' },
  { slug: 'demo-leyla-quliyeva', fullName: 'Leyla Quliyeva', given: 'Leyla', family: 'Quliyeva' },
  { slug: 'demo-elvin-rzayev', fullName: 'Elvin Rzayev', given: 'Elvin', family: 'Rzayev' },
] as const;

/** The org representative's own person (network.data.ts), who applies for herself. */
export const REP_PERSON = 'demo-aysel-nasibli';

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    title: {
      en: 'Training for representatives of Turkic-speaking diasporas and civil societies in one of the European countries',
      az: 'Avropa ölkələrindən birində türkdilli diasporların və vətəndaş cəmiyyətlərinin nümayəndələri üçün təlim',
      tr: 'Avrupa ülkelerinden birinde Türk dili konuşan diasporaların ve sivil toplumların temsilcilerine yönelik eğitim',
      ru: 'Тренинг для представителей тюркоязычных диаспор и гражданского общества в одной из европейских стран',
    },
    description: {
      en: `With the support of the Presidency for Turks Abroad and Related Communities of Turkey. ${PRESS}`,
    },
    kind: 'training',
    status: 'completed',
    organiser: 'tr-ytb',
    supporters: [{ organisation: 'ots-secretariat', role: 'partner' }],
    place: {
      en: 'one of the European countries',
      az: 'Avropa ölkələrindən biri',
      tr: 'Avrupa ülkelerinden biri',
    },
    periodText: 'March 2019',
    periodReference: '2019-01-01',
    planItemCode: '2.1',
  },
  {
    title: {
      en: 'Training for members of the Turkic-speaking diaspora in the USA',
      az: 'ABŞ-dakı türkdilli diaspor üzvləri üçün təlim',
      tr: "ABD'deki Türk dili konuşan diaspora mensuplarına yönelik eğitim",
      ru: 'Тренинг для членов тюркоязычной диаспоры в США',
    },
    description: {
      en: `With the support of the State Committee on Work with Diaspora of the Republic of Azerbaijan. ${PRESS}`,
    },
    kind: 'training',
    status: 'closed',
    organiser: 'az-state-committee-diaspora',
    supporters: [{ organisation: 'ots-secretariat', role: 'partner' }],
    countryCode: 'US',
    place: { en: 'the USA', az: 'ABŞ', tr: 'ABD', ru: 'США' },
    periodText: 'the end of May and the beginning of June',
    periodReference: '2019-01-01',
    planItemCode: '2.2',
    call: { opens: ['2019-05-01', '09:00'], closes: ['2019-05-15', '23:59'], timeZone: 'America/New_York' },
  },
  {
    title: {
      en: '[demo] Summer school for young diaspora leaders',
      az: '[demo] Gənc diaspor liderləri üçün yay məktəbi',
      tr: '[demo] Genç diaspora liderleri için yaz okulu',
      ru: '[demo] Летняя школа для молодых лидеров диаспоры',
    },
    description: {
      en: '[demo] Two weeks in Baku on organisation, communication and cooperation between diasporas.',
    },
    kind: 'summer_school',
    status: 'published',
    organiser: 'az-state-committee-diaspora',
    supporters: [{ organisation: 'tr-ytb', role: 'support' }],
    countryCode: 'AZ',
    place: { en: 'Baku', az: 'Bakı', tr: 'Bakü', ru: 'Баку' },
    periodText: 'July {next}',
    audience: { communities: ['az', 'tr'], ageMin: 18, ageMax: 35, languages: ['az', 'en'] },
    capacity: 25,
    call: { opensInDays: -7, closesInDays: 21, timeZone: 'Asia/Baku' },
    reviewers: [REVIEWER_AZ, REVIEWER_TR],
    criteria: [
      {
        label: { en: 'Motivation and relevance', az: 'Motivasiya və uyğunluq', tr: 'Motivasyon ve uygunluk' },
        weight: 2,
        maxScore: 10,
      },
      {
        label: { en: 'Experience in the community', az: 'İcmada təcrübə', tr: 'Toplulukta deneyim' },
        weight: 1,
        maxScore: 5,
      },
    ],
    questions: [
      {
        kind: 'long_text',
        label: {
          en: 'Why do you want to take part?',
          az: 'Niyə iştirak etmək istəyirsiniz?',
          ru: 'Почему вы хотите участвовать?',
        },
        required: true,
        validation: { maxLength: 3000 },
      },
      {
        kind: 'short_text',
        label: { en: 'Your role in your organisation', az: 'Təşkilatınızdakı rolunuz' },
        required: true,
      },
      {
        kind: 'choice',
        label: { en: 'Working language', az: 'İş dili' },
        options: [
          { value: 'az', label: { en: 'Azerbaijani', az: 'Azərbaycan dili' } },
          { value: 'en', label: { en: 'English', az: 'İngilis dili' } },
        ],
        required: true,
      },
      { kind: 'file', label: { en: 'Letter of recommendation', az: 'Tövsiyə məktubu' } },
      {
        kind: 'consent',
        label: {
          en: 'I agree that my application is processed for the selection',
          az: 'Müraciətimin seçim üçün işlənməsinə razıyam',
        },
        required: true,
      },
    ],
    applications: [
      {
        person: REP_PERSON,
        status: 'submitted',
        answers: { 0: '[demo] To bring our youth work to the network.', 1: 'Chairwoman', 2: 'az', 4: true },
      },
      {
        person: 'demo-nigar-hasanova',
        status: 'under_review',
        answers: { 0: '[demo] I lead the Saturday school.', 1: 'Teacher', 2: 'en', 4: true },
        reviews: [
          { reviewer: REVIEWER_AZ, scores: [8, 4], comment: '[demo] Strong community work with children.' },
          {
            reviewer: REVIEWER_TR,
            scores: [7, 3],
            comment: '[demo] Good motivation; little network experience.',
          },
        ],
      },
      {
        person: 'demo-leyla-quliyeva',
        status: 'accepted',
        answers: { 0: '[demo] I coordinate the youth branch.', 1: 'Youth coordinator', 2: 'az', 4: true },
        reviews: [
          { reviewer: REVIEWER_AZ, scores: [9, 5], comment: '[demo] Exactly the profile of the school.' },
          {
            reviewer: REVIEWER_TR,
            scores: [9, 4],
            comment: '[demo] Clear plan for passing on what she learns.',
          },
        ],
      },
      {
        person: 'demo-elvin-rzayev',
        status: 'waitlisted',
        waitlistPosition: 1,
        answers: { 0: '[demo] I run the association’s website.', 1: 'Web editor', 2: 'en', 4: true },
        reviews: [
          {
            reviewer: REVIEWER_AZ,
            scores: [6, 3],
            comment: '[demo] Useful skills; motivation less specific.',
          },
          { reviewer: REVIEWER_TR, scores: [7, 3], comment: '[demo] Would fit if a place frees up.' },
        ],
      },
      { person: 'demo-tural-mammadov', status: 'draft', answers: { 0: '[demo] Draft — to be finished.' } },
      {
        person: 'demo-ramil-aliyev',
        status: 'withdrawn',
        answers: { 0: '[demo] Media work.', 1: 'Press officer', 2: 'az', 4: true },
      },
    ],
  },
];
