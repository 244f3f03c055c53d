import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { parsePeriod } from '../../lib/periods/index.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { findAccountByEmail } from '../accounts/accounts.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { zonedToUtc } from '../meetings/meetings.time.ts';
import {
  insertApplication,
  setApplicationStatus,
  upsertAnswers,
} from '../programmes/applications.repository.ts';
import { questionsOf, replaceQuestions, upsertCall } from '../programmes/calls.repository.ts';
import {
  hasProgrammeTitled,
  insertProgramme,
  planItemIdByCode,
  replaceBodies,
} from '../programmes/programmes.repository.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import {
  insertPerson,
  insertPositions,
  lockDemoLoad,
  organisationIdsBySlug,
  personIdBySlug,
} from './demo.repository.ts';
import { loadDemoAfter } from './demo.after.ts';
import { loadDemoReviews } from './demo.reviews.ts';
import { PLAN_2019 } from './plans.data.ts';
import { DEMO_APPLICANTS, DEMO_PROGRAMMES, type DemoProgramme, REP_PERSON } from './programmes.data.ts';

// Loads the demo programmes (programmes.data.ts) through the programmes module's repositories, with
// an audit entry per programme, linked to the 2019 plan's items when the plans demo holds them.

const BERLIN = 'demo-az-cultural-association-berlin';
const REP_EMAIL = 'org-rep@demo.kopru.example';
const text = (t: object) => JSON.stringify(storedText(t as never));
const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function periodOf(p: DemoProgramme, now: Date) {
  if (!p.periodText) return {};
  const phrase = p.periodText.replace('{next}', String(now.getUTCFullYear() + 1));
  const period = parsePeriod(phrase, 'en', p.periodReference ?? day(now, 0));
  if (!period) throw new Error(`demo programmes: period not understood: ${phrase}`);
  return {
    period_text: phrase,
    period_lang: 'en',
    period_start: period.start,
    period_end: period.end,
    period_precision: period.precision,
  };
}

async function loadCall(trx: Kysely<Database>, id: string, p: DemoProgramme, now: Date) {
  const c = p.call;
  if (!c) return;
  const [opens, closes] =
    'opens' in c
      ? [c.opens, c.closes]
      : [
          [day(now, c.opensInDays), '09:00'],
          [day(now, c.closesInDays), '23:59'],
        ];
  await upsertCall(trx, {
    programme_id: id,
    opens_date: opens[0] as string,
    opens_time: opens[1] as string,
    closes_date: closes[0] as string,
    closes_time: closes[1] as string,
    time_zone: c.timeZone,
    opens_at: zonedToUtc(opens[0] as string, opens[1] as string, c.timeZone),
    closes_at: zonedToUtc(closes[0] as string, closes[1] as string, c.timeZone),
  });
  await replaceQuestions(
    trx,
    id,
    (p.questions ?? []).map((q, position) => ({
      programme_id: id,
      position,
      kind: q.kind,
      label: text(q.label),
      required: q.required ?? false,
      options: JSON.stringify((q.options ?? []).map((o) => ({ value: o.value, label: storedText(o.label) }))),
      validation: JSON.stringify(q.validation ?? {}),
    })),
  );
}

async function applicants(trx: Kysely<Database>, orgs: Map<string, string>) {
  const ids = new Map<string, string>();
  const rep = await personIdBySlug(trx, REP_PERSON);
  if (rep) ids.set(REP_PERSON, rep);
  for (const a of DEMO_APPLICANTS) {
    const names = [
      {
        full_name: a.fullName,
        given_name: a.given,
        family_name: a.family,
        script: 'Latn' as const,
        lang: 'az',
        source: 'native' as const,
        is_primary: true,
      },
    ];
    const owner = orgs.get('az-state-committee-diaspora') ?? null;
    const { id, spellings } = await insertPerson(
      trx,
      { slug: a.slug, ownerOrgId: owner, visibility: 'owner' },
      names,
    );
    await replaceNameKeys(trx, 'person', id, spellings);
    const berlin = orgs.get(BERLIN) as string;
    await insertPositions(trx, [
      {
        person_id: id,
        organisation_id: berlin,
        title: text({ en: 'Member' }),
        from_date: '2020-01-01',
        to_date: null,
      },
    ]);
    ids.set(a.slug, id);
  }
  return ids;
}

async function loadApplications(
  trx: Kysely<Database>,
  id: string,
  p: DemoProgramme,
  people: Map<string, string>,
  orgs: Map<string, string>,
) {
  const rep = await findAccountByEmail(trx, REP_EMAIL);
  const questions = await questionsOf(trx, id);
  const apps = new Map<string, string>();
  for (const a of p.applications ?? []) {
    const personId = people.get(a.person);
    if (!personId) continue;
    const row = await insertApplication(trx, {
      programme_id: id,
      person_id: personId,
      submitted_by: rep?.id ?? null,
      nominated_by_org_id: a.person === REP_PERSON ? null : (orgs.get(BERLIN) ?? null),
    });
    const answers = Object.entries(a.answers).map(([i, value]) => ({
      questionId: questions[Number(i)]?.id as string,
      value,
    }));
    await upsertAnswers(trx, row.id, answers);
    if (a.status !== 'draft') await setApplicationStatus(trx, row.id, 'submitted', new Date());
    if (a.status !== 'draft' && a.status !== 'submitted') await setApplicationStatus(trx, row.id, a.status);
    apps.set(a.person, row.id);
  }
  return apps;
}

async function loadProgramme(
  trx: Kysely<Database>,
  p: DemoProgramme,
  orgs: Map<string, string>,
  people: Map<string, string>,
  now: Date,
) {
  const planItem = p.planItemCode
    ? await planItemIdByCode(trx, PLAN_2019.title.en, p.planItemCode)
    : undefined;
  const row = await insertProgramme(trx, {
    kind: p.kind,
    title: text(p.title),
    description: p.description ? text(p.description) : null,
    owner_org_id: orgs.get(p.organiser) ?? null,
    country_code: p.countryCode ?? null,
    place: p.place ? text(p.place) : null,
    ...periodOf(p, now),
    communities: p.audience?.communities ?? [],
    age_min: p.audience?.ageMin ?? null,
    age_max: p.audience?.ageMax ?? null,
    languages: p.audience?.languages ?? [],
    capacity: p.capacity ?? null,
    status: p.status,
    plan_item_id: planItem ?? null,
    visibility: 'public',
  });
  await replaceBodies(
    trx,
    row.id,
    p.supporters.flatMap((s) => {
      const id = orgs.get(s.organisation);
      return id ? [{ organisationId: id, role: s.role }] : [];
    }),
  );
  await loadCall(trx, row.id, p, now);
  const apps = await loadApplications(trx, row.id, p, people, orgs);
  await loadDemoReviews(trx, row.id, p, apps);
  await loadDemoAfter(trx, row.id, p, people, orgs.get('az-state-committee-diaspora') ?? null);
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'programme.created',
    entityType: 'programme',
    entityId: row.id,
    after: { title: p.title },
  });
}

/**
 * Adds the demo programmes to a database that holds the demo network and no demo programme yet, in
 * one transaction with one `demo.programmes_loaded` audit entry; links them to the 2019 plan's items
 * when that plan is there. Any other database is left alone. Returns whether it loaded anything.
 */
export async function seedDemoProgrammes(db: Kysely<Database>, log: Logger): Promise<boolean> {
  const first = DEMO_PROGRAMMES[0]?.title.en as string;
  if (await hasProgrammeTitled(db, first)) return false;
  const done = await db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    if (await hasProgrammeTitled(trx, first)) return undefined;
    const slugs = [
      ...new Set(DEMO_PROGRAMMES.flatMap((p) => [p.organiser, ...p.supporters.map((s) => s.organisation)])),
    ];
    const orgs = await organisationIdsBySlug(trx, [...slugs, BERLIN, 'az-state-committee-diaspora']);
    if (!orgs.has(BERLIN) || !orgs.has('az-state-committee-diaspora')) return undefined;
    const people = await applicants(trx, orgs);
    const now = new Date();
    for (const p of DEMO_PROGRAMMES) await loadProgramme(trx, p, orgs, people, now);
    const summary = {
      programmes: DEMO_PROGRAMMES.length,
      applications: DEMO_PROGRAMMES.flatMap((p) => p.applications ?? []).length,
    };
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'demo.programmes_loaded',
      entityType: 'demo',
      entityId: null,
      after: summary,
    });
    return summary;
  });
  if (!done) return false;
  log.info(done, 'demo programmes loaded');
  return true;
}
