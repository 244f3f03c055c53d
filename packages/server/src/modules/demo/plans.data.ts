import type { LocalizedTextInput } from '../registry/registry.schema.ts';
import type { ItemStatus } from '../plans/plans.table.ts';
import type { OrgSlug } from './network.data.ts';

// The joint action plans of the demo network. The 2019 plan holds what the press release announces
// (PRESS = /work/shared/fixtures/press-release-ccts-diaspora-baku-2019.txt): the exchange of
// experience itself, the training in a European country with YTB's support in March 2019 and the
// training in the USA with the State Committee's support at the end of May and the beginning of
// June. The other items, the weights, the progress updates and the 2018 plan are demo data written
// so that the roll-up and the State Committee's 2018 report have content; their texts say [demo].

/** An event of meetings.data.ts by its key. */
type EventKey = string;

export interface DemoUpdate {
  date: string;
  text: LocalizedTextInput;
  progress?: number;
  status?: ItemStatus;
  /** The demo account that posted it (network.data.ts) and the body it posted for. */
  by: string;
  organisation: OrgSlug;
  evidence?: EventKey[];
}

export interface DemoItem {
  code: string;
  title: LocalizedTextInput;
  description?: LocalizedTextInput;
  responsible?: OrgSlug[];
  supporting?: OrgSlug[];
  countries?: string[];
  region?: LocalizedTextInput;
  periodText?: string;
  periodStart?: string;
  periodEnd?: string;
  status?: ItemStatus;
  progress?: number;
  weight?: number;
  /** Numbers of the decisions of the plan's adopting meeting. */
  decisions?: number[];
  evidence?: EventKey[];
  updates?: DemoUpdate[];
}

export interface DemoPlan {
  title: { en: string } & LocalizedTextInput;
  description: LocalizedTextInput;
  periodStart: string;
  periodEnd: string;
  adoptedAt: EventKey;
  items: DemoItem[];
}

const SCWD: OrgSlug = 'az-state-committee-diaspora';
const OTS: OrgSlug = 'ots-secretariat';
const YTB: OrgSlug = 'tr-ytb';
const SCWD_ADMIN = 'agency-admin@demo.kopru.example';
const YTB_EDITOR = 'agency-editor-tr@demo.kopru.example';
const SECRETARIAT = 'secretariat@demo.kopru.example';
const en = (text: string) => ({ en: text });

/** The plan the press release speaks of (items 1.1, 2.1 and 2.2 from PRESS). */
export const PLAN_2019: DemoPlan = {
  title: {
    en: 'Joint Action Plan of the member states in the field of diaspora for 2019',
    az: 'Üzv dövlətlərin diaspor sahəsində 2019-cu il üçün Birgə Fəaliyyət Planı',
    tr: 'Üye devletlerin diaspora alanında 2019 yılı Ortak Eylem Planı',
  },
  description: en(
    'The joint action plan of the member states of the Turkic Council in the field of diaspora. Source: PRESS.',
  ),
  periodStart: '2019-01-01',
  periodEnd: '2019-12-31',
  adoptedAt: 'cg-5',
  items: [
    { code: '1', title: en('Exchange of experience among the diaspora bodies'), weight: 1 },
    {
      code: '1.1',
      title: en(
        'Exchange of experience among the ministries and agencies responsible for diaspora issues of the member states',
      ),
      description: en('Held in Baku at the State Committee on Work with Diaspora. Source: PRESS.'),
      responsible: [SCWD],
      supporting: [OTS],
      countries: ['AZ'],
      periodText: 'February 2019',
      periodStart: '2019-02-01',
      periodEnd: '2019-02-28',
      status: 'done',
      progress: 100,
      evidence: ['baku-2019-exchange'],
    },
    {
      code: '1.2',
      title: en('[demo] 5th meeting of the Contact Group on Work with Diaspora'),
      responsible: [OTS],
      supporting: [SCWD],
      periodText: 'February 2019',
      periodStart: '2019-02-01',
      periodEnd: '2019-02-28',
      status: 'done',
      progress: 100,
      evidence: ['cg-5'],
    },
    { code: '2', title: en('Trainings for diaspora representatives'), weight: 3 },
    {
      code: '2.1',
      title: en(
        'Training for representatives of Turkic-speaking diasporas and civil societies in one of the European countries',
      ),
      description: en(
        'With the support of the Presidency for Turks Abroad and Related Communities of Turkey. Source: PRESS.',
      ),
      responsible: [YTB],
      supporting: [OTS],
      region: en('one of the European countries'),
      periodText: 'March 2019',
      periodStart: '2019-03-01',
      periodEnd: '2019-03-31',
      decisions: [1],
      weight: 1,
    },
    {
      code: '2.1.1',
      title: en('[demo] Selection of the participants'),
      responsible: [YTB],
      periodText: 'March 2019',
      periodStart: '2019-03-01',
      periodEnd: '2019-03-31',
      updates: [
        {
          date: '2019-03-15',
          text: en('[demo] 32 participants from 9 countries selected.'),
          progress: 100,
          status: 'done',
          by: YTB_EDITOR,
          organisation: YTB,
        },
      ],
    },
    {
      code: '2.1.2',
      title: en('[demo] The training programme in Berlin'),
      responsible: [YTB],
      supporting: [OTS],
      countries: ['DE'],
      periodText: 'March 2019',
      periodStart: '2019-03-01',
      periodEnd: '2019-03-31',
      weight: 2,
      updates: [
        {
          date: '2019-03-27',
          text: en('[demo] The 1st capacity-building training programme was held in Berlin.'),
          progress: 100,
          status: 'done',
          by: YTB_EDITOR,
          organisation: YTB,
          evidence: ['training-berlin-2019'],
        },
      ],
    },
    {
      code: '2.2',
      title: en('Training for members of the Turkic-speaking diaspora in the USA'),
      description: en(
        'With the support of the State Committee on Work with Diaspora of the Republic of Azerbaijan. Source: PRESS.',
      ),
      responsible: [SCWD],
      supporting: [OTS],
      countries: ['US'],
      periodText: 'the end of May and the beginning of June',
      periodStart: '2019-05-21',
      periodEnd: '2019-06-10',
      status: 'in_progress',
      decisions: [2],
      weight: 1,
    },
    {
      code: '2.2.1',
      title: en('[demo] Programme and trainers'),
      responsible: [SCWD],
      periodText: 'April 2019',
      periodStart: '2019-04-01',
      periodEnd: '2019-04-30',
      updates: [
        {
          date: '2019-04-12',
          text: en('[demo] Draft programme agreed with the trainers.'),
          progress: 40,
          status: 'in_progress',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
        {
          date: '2019-04-29',
          text: en('[demo] Programme final; trainers confirmed.'),
          progress: 80,
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
      ],
    },
    {
      code: '2.2.2',
      title: en('[demo] Call for applications among the diaspora organisations in the USA'),
      responsible: [SCWD],
      countries: ['US'],
      periodText: 'May 2019',
      periodStart: '2019-05-01',
      periodEnd: '2019-05-31',
      progress: 20,
      status: 'in_progress',
    },
    { code: '3', title: en('Remembrance and information'), weight: 1 },
    {
      code: '3.1',
      title: en(
        '[demo] Joint remembrance of the victims of the Khojaly genocide in the Turkic-speaking countries',
      ),
      responsible: [SCWD],
      supporting: [YTB],
      periodText: 'February 2019',
      periodStart: '2019-02-01',
      periodEnd: '2019-02-28',
      decisions: [3],
      updates: [
        {
          date: '2019-02-26',
          text: en('[demo] Remembrance events held by diaspora organisations in 30 countries.'),
          progress: 100,
          status: 'done',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
      ],
    },
    {
      code: '3.2',
      title: en('[demo] Videos about the work of the diaspora bodies'),
      responsible: [SCWD, YTB],
      periodText: 'first half of 2019',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      progress: 50,
      status: 'in_progress',
      evidence: ['baku-2019-exchange'],
    },
  ],
};

/** A plan of 2018 with the State Committee's progress updates, so that its 2018 report has content. */
export const PLAN_2018: DemoPlan = {
  title: { en: '[demo] Joint Action Plan of the member states in the field of diaspora for 2018' },
  description: en('[demo] Written for the demo so that the yearly reports for 2018 have content.'),
  periodStart: '2018-01-01',
  periodEnd: '2018-12-31',
  adoptedAt: 'cg-4',
  items: [
    {
      code: '1',
      title: en('[demo] Exchange of information on the diaspora organisations working in the member states'),
      responsible: [SCWD],
      supporting: [YTB],
      periodText: '2018',
      periodStart: '2018-01-01',
      periodEnd: '2018-12-31',
      updates: [
        {
          date: '2018-06-15',
          text: en('[demo] Lists of diaspora organisations exchanged with two member states.'),
          progress: 50,
          status: 'in_progress',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
        {
          date: '2018-12-20',
          text: en('[demo] Lists exchanged with all member states.'),
          progress: 100,
          status: 'done',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
      ],
    },
    {
      code: '2',
      title: en('[demo] Joint remembrance of the victims of the Khojaly genocide'),
      responsible: [SCWD],
      periodText: 'February 2018',
      periodStart: '2018-02-01',
      periodEnd: '2018-02-28',
      updates: [
        {
          date: '2018-02-26',
          text: en('[demo] Remembrance events held all over the world.'),
          progress: 100,
          status: 'done',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
      ],
    },
    {
      code: '3',
      title: en('[demo] Summer school for young members of the diaspora'),
      responsible: [SCWD],
      periodText: 'summer 2018',
      periodStart: '2018-06-01',
      periodEnd: '2018-08-31',
      updates: [
        {
          date: '2018-08-30',
          text: en('[demo] First session held; the second is moved to 2019.'),
          progress: 60,
          status: 'postponed',
          by: SCWD_ADMIN,
          organisation: SCWD,
        },
      ],
    },
    {
      code: '4',
      title: en('[demo] 3rd meeting of the ministers and heads of diaspora institutions'),
      responsible: [OTS],
      supporting: [YTB],
      countries: ['TR'],
      periodText: 'November 2018',
      periodStart: '2018-11-01',
      periodEnd: '2018-11-30',
      evidence: ['mh-3'],
      updates: [
        {
          date: '2018-11-08',
          text: en('[demo] Held in Ankara; the Joint Action Plan 2018–2019 adopted.'),
          progress: 100,
          status: 'done',
          by: SECRETARIAT,
          organisation: OTS,
          evidence: ['mh-3'],
        },
      ],
    },
  ],
};

export const DEMO_PLANS: DemoPlan[] = [PLAN_2018, PLAN_2019];
