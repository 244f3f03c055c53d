// The reports and programmes parts of bench/plans-speed.ts (events for the reports, then the yearly
// reports; 200 applicants to one call); each returns its lines for bench/RESULTS.md.
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../packages/server/src/db/database.ts';
import {
  applicantAccounts,
  caller,
  cpuMeter,
  organisation,
  p5095,
  signIn,
  timed,
} from './plans-speed.world.ts';
import { percentile } from './search-common.ts';

/** `count` public events of 2019 owned by `bodies` in turn, organised by the first; the clock. */
export async function events(
  app: FastifyInstance,
  cookie: string,
  bodies: string[],
  count: number,
): Promise<string> {
  const call = caller(app);
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const day = `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const [, took] = await timed(() =>
      call(cookie, 'POST', '/api/events', {
        kind: 'meeting',
        title: { en: `Bench meeting ${i + 1}` },
        startDate: day,
        endDate: day,
        countryCode: 'AZ',
        timeZone: 'Asia/Baku',
        ownerOrgId: bodies[i % bodies.length],
        visibility: 'public',
        organisations: [{ organisationId: bodies[0], role: 'organiser' }],
      }),
    );
    ms.push(took);
  }
  return `${count} events of 2019 (POST /api/events, agency 1 organiser of all): ${p5095(ms)}`;
}

/** p50 of the yearly reports (organisation and network, JSON and PDF), `runs` each. */
export async function reports(
  app: FastifyInstance,
  cookie: string,
  body: string,
  runs = 5,
): Promise<string[]> {
  const call = caller(app);
  const lines: string[] = [];
  const urls: [string, string][] = [
    ['organisation report JSON', `/api/reports/organisations/${body}?year=2019`],
    ['organisation report PDF', `/api/reports/organisations/${body}/export?year=2019&lang=en&format=pdf`],
    ['network report JSON', '/api/reports/network?year=2019'],
    ['network report PDF', '/api/reports/network/export?year=2019&lang=en&format=pdf'],
  ];
  for (const [label, url] of urls) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const [response, took] = await timed(() => call(cookie, 'GET', url));
      ms.push(took);
      bytes = response.rawPayload.length;
    }
    lines.push(
      `${label} (GET ${url.replace(body, ':id')}): p50 ${percentile(ms, 50).toFixed(0)} ms of ${runs} (max ${Math.max(...ms).toFixed(0)} ms), ${Math.round(bytes / 1024)} KiB`,
    );
  }
  return lines;
}

/** 200 applicants to one open call: submit, automatic decisions, the applicants' export. */
export async function programmes(
  app: FastifyInstance,
  handle: DatabaseHandle,
  cookie: string,
  owner: string,
  count: number,
  database: string | null,
): Promise<string[]> {
  const call = caller(app);
  const houses = [
    await organisation(handle, 'Bench house US', 'diaspora_org', 'US'),
    await organisation(handle, 'Bench house KZ', 'diaspora_org', 'KZ'),
  ];
  const people: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = await call(cookie, 'POST', '/api/people', {
      names: [{ fullName: `Applicant Person ${i + 1}` }],
      ownerOrgId: owner,
      visibility: 'owner',
      positions: [{ title: { en: 'Member' }, organisationId: houses[i % 2], fromDate: '2015-01-01' }],
    });
    people.push(person.json().id);
  }
  const emails = await applicantAccounts(handle, people);
  const created = (
    await call(cookie, 'POST', '/api/programmes', {
      kind: 'training',
      title: { en: 'Bench training' },
      status: 'published',
      capacity: Math.round(count / 2),
    })
  ).json();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const detail = (
    await call(cookie, 'PUT', `/api/programmes/${created.id}/call`, {
      opensAt: { date: day(-1), time: '00:00' },
      closesAt: { date: day(10), time: '23:59' },
      timeZone: 'Asia/Baku',
      questions: [
        {
          kind: 'short_text',
          label: { en: 'Why do you apply?' },
          required: true,
          validation: { maxLength: 200 },
        },
        { kind: 'consent', label: { en: 'I agree to the processing of my data' }, required: true },
      ],
    })
  ).json();
  const [motivation, consent] = detail.call.questions;
  const drafts: [string, string][] = [];
  for (const email of emails) {
    const applicant = await signIn(app, email);
    const draft = await call(applicant, 'POST', `/api/programmes/${created.id}/applications`, {
      answers: [
        { questionId: motivation.id, value: `To learn, says ${email}` },
        { questionId: consent.id, value: true },
      ],
    });
    drafts.push([applicant, draft.json().id]);
  }
  let cpu = cpuMeter(database);
  const submits: number[] = [];
  for (const [applicant, id] of drafts) {
    const [, took] = await timed(() => call(applicant, 'POST', `/api/applications/${id}/submit`));
    submits.push(took);
  }
  const lines = [
    `${count} applications (drafts saved first) submitted by ${count} accounts to one open call, POST /api/applications/:id/submit: ${p5095(submits)}; ${cpu.read()}`,
  ];
  cpu = cpuMeter(database);
  const [decided, took] = await timed(() =>
    call(cookie, 'POST', `/api/programmes/${created.id}/decisions`, { auto: true }),
  );
  const result = decided.json();
  lines.push(
    `POST /api/programmes/:id/decisions {auto: true} on all ${count} (capacity ${Math.round(count / 2)}): ${took.toFixed(0)} ms, ${result.accepted.length} accepted, ${result.waitlisted.length} waitlisted; ${cpu.read()}`,
  );
  for (const format of ['csv', 'xlsx']) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const [response, t] = await timed(() =>
        call(cookie, 'GET', `/api/programmes/${created.id}/applications/export?format=${format}`),
      );
      ms.push(t);
      bytes = response.rawPayload.length;
    }
    lines.push(
      `applicants' export (GET /api/programmes/:id/applications/export?format=${format}): p50 ${percentile(ms, 50).toFixed(0)} ms of 3, ${Math.round(bytes / 1024)} KiB`,
    );
  }
  return lines;
}
