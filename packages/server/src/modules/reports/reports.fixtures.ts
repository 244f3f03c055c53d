import { buildMeetingsWorld, type MeetingsWorld } from '../meetings/meetings.fixtures.ts';
import { insertTestPlace } from '../registry/registry.fixtures.ts';

// The reports' test world: the meetings world's network with agency A a state body of Azerbaijan
// and agency B one of Kazakhstan (both OTS members; Türkiye a member without a body here, Hungary
// an observer), and events of 2018 and 2019 in which agency A plays every part.

export interface ReportsWorld extends MeetingsWorld {
  events: Record<
    'organised' | 'delegation' | 'participant' | 'ownerOnly' | 'lastYear' | 'otherBody' | 'cancelled',
    string
  >;
  decisions: { ofA: string; ofB: string; ofALastYear: string };
  items: Record<'exchange' | 'europe' | 'usa' | 'nextYear' | 'networkOnly' | 'lastYear', string>;
  updates: { usa: string; usaNextYear: string; nextYear: string };
}

const event = (title: string, startDate: string, ownerOrgId: string, extra: object = {}) => ({
  kind: 'meeting',
  title: { en: title },
  startDate,
  endDate: startDate,
  countryCode: 'AZ',
  timeZone: 'Asia/Baku',
  ownerOrgId,
  visibility: 'public',
  ...extra,
});

/** Builds the world on a fresh test app. */
export async function buildReportsWorld(): Promise<ReportsWorld> {
  const w = await buildMeetingsWorld();
  const db = w.t.database.db;
  const { agencyA, agencyB } = w.orgs;
  await db.updateTable('organisations').set({ country_code: 'AZ' }).where('id', '=', agencyA).execute();
  await db.updateTable('organisations').set({ country_code: 'KZ' }).where('id', '=', agencyB).execute();
  await db
    .insertInto('organisation_names')
    .values([
      { organisation_id: agencyA, lang: 'az', name: 'Diaspora ilə İş üzrə Dövlət Komitəsi', sort: 1 },
      {
        organisation_id: agencyA,
        lang: 'ru',
        name: 'Государственный комитет по работе с диаспорой',
        sort: 2,
      },
      { organisation_id: agencyA, lang: 'tr', name: 'Diaspora ile Çalışma Devlet Komitesi', sort: 3 },
    ])
    .execute();
  const member = (countryCode: string, name: string, otsStatus: 'member' | 'observer' = 'member') =>
    insertTestPlace(db, { kind: 'country', countryCode, otsStatus, names: [{ lang: 'en', name }] });
  await member('AZ', 'Azerbaijan');
  await member('KZ', 'Kazakhstan');
  await member('TR', 'Türkiye');
  await member('HU', 'Hungary', 'observer');
  const former = (
    await w.ok('secretariat', 'POST', '/api/people', {
      names: [{ fullName: 'Former Officer' }],
      ownerOrgId: agencyA,
      visibility: 'public',
      positions: [
        { title: { en: 'Adviser' }, organisationId: agencyA, fromDate: '2015-01-01', toDate: '2018-12-31' },
      ],
    })
  ).id as string;
  const create = async (body: object) =>
    (await w.ok('secretariat', 'POST', '/api/events', body)).id as string;
  const organisedBy = (role: string) => ({ organisations: [{ organisationId: agencyA, role }] });
  const events = {
    organised: await create(
      event('Exchange of experience in Baku', '2019-02-08', agencyB, {
        ...organisedBy('organiser'),
        title: {
          en: 'Exchange of experience in Baku',
          az: 'Bakıda təcrübə mübadiləsi',
          tr: "Bakü'de tecrübe paylaşımı",
          ru: 'Обмен опытом в Баку',
        },
      }),
    ),
    delegation: await create(event('Forum in Astana', '2019-05-20', agencyB, { countryCode: 'KZ' })),
    participant: await create(event('Network seminar', '2019-03-15', agencyB, { visibility: 'network' })),
    ownerOnly: await create(event('Internal planning', '2019-06-01', agencyA, { visibility: 'owner' })),
    lastYear: await create(event('Meeting of 2018', '2018-11-01', agencyA)),
    otherBody: await create(event('Agency B day', '2019-07-07', agencyB)),
    cancelled: await create(event('Cancelled visit', '2019-09-09', agencyA, { status: 'cancelled' })),
  };
  await w.ok('secretariat', 'POST', `/api/events/${events.delegation}/delegations`, {
    organisationId: agencyA,
  });
  await w.ok('secretariat', 'POST', `/api/events/${events.participant}/participants`, {
    personId: w.people.chairman,
  });
  // Neither a former officer nor an absent chairman makes agency A a participant of B's day.
  await w.ok('secretariat', 'POST', `/api/events/${events.otherBody}/participants`, { personId: former });
  const absent = await w.ok('secretariat', 'POST', `/api/events/${events.otherBody}/participants`, {
    personId: w.people.chairman,
  });
  await w.ok('secretariat', 'PATCH', `/api/events/${events.otherBody}/participants/${absent.id}`, {
    attendance: 'absent',
  });
  const decide = async (eventId: string, text: string, body: string) =>
    (
      await w.ok('secretariat', 'POST', `/api/events/${eventId}/decisions`, {
        text: { en: text },
        responsibleBodyIds: [body],
      })
    ).id as string;
  const decisions = {
    ofA: await decide(events.organised, '= A training in one of the European countries', agencyA),
    ofB: await decide(events.organised, 'A training in the USA', agencyB),
    ofALastYear: await decide(events.lastYear, 'A decision of 2018', agencyA),
  };
  return { ...w, events, decisions, ...(await buildPlans(w)) };
}

/**
 * A public plan for 2019 (items of A, of B, of both, and one of 2020 with an update dated in 2019),
 * a network-only plan for 2019 and a plan for 2018, each with an item agency A is responsible for.
 */
async function buildPlans(w: MeetingsWorld) {
  const { agencyA, agencyB } = w.orgs;
  const plan = async (title: string, year: number, visibility = 'public') =>
    (
      await w.ok('secretariat', 'POST', '/api/plans', {
        title: { en: title },
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        visibility,
      })
    ).id as string;
  const item = async (planId: string, title: object, responsibleIds: string[], extra: object = {}) =>
    (await w.ok('secretariat', 'POST', `/api/plans/${planId}/items`, { title, responsibleIds, ...extra }))
      .id as string;
  const update = async (itemId: string, date: string, text: object, extra: object = {}) =>
    (await w.ok('secretariat', 'POST', `/api/plan-items/${itemId}/updates`, { date, text, ...extra }))
      .id as string;
  const joint = await plan('Joint action plan 2019', 2019);
  const network = await plan('Network plan 2019', 2019, 'network');
  const old = await plan('Joint action plan 2018', 2018);
  const period = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd });
  const items = {
    exchange: await item(joint, { en: 'Exchange of experience' }, [agencyA], {
      ...period('2019-02-01', '2019-02-28'),
      status: 'done',
      progress: 100,
    }),
    europe: await item(joint, { en: 'Training in a European country' }, [agencyB], {
      ...period('2019-03-01', '2019-03-31'),
      progress: 40,
    }),
    usa: await item(joint, { en: '@Training in the USA', az: 'ABŞ-da təlim', ru: 'Обучение в США' }, [
      agencyA,
      agencyB,
    ]),
    nextYear: await item(joint, { en: 'Forum of 2020' }, [agencyA], period('2020-03-01', '2020-05-31')),
    networkOnly: await item(network, { en: 'Network item' }, [agencyA], { progress: 80 }),
    lastYear: await item(old, { en: 'Report of 2018' }, [agencyA], { progress: 100 }),
  };
  const updates = {
    usa: await update(
      items.usa,
      '2019-06-05',
      { en: 'Half of the trainees chosen', az: 'İştirakçıların yarısı seçildi' },
      { progress: 50, status: 'in_progress' },
    ),
    usaNextYear: await update(items.usa, '2020-01-10', { en: 'Report sent' }),
    nextYear: await update(items.nextYear, '2019-12-20', { en: 'Venue booked' }, { progress: 10 }),
  };
  return { items, updates };
}
