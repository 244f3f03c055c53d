// Helpers of bench/plans-speed.ts: timed API calls, percentiles as text, CPU readings, and the
// set-up written straight to the database (organisations, applicant accounts with one hash).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../packages/server/src/db/database.ts';
import { hashPassword } from '../packages/server/src/modules/accounts/passwords.ts';
import { insertOrganisation } from '../packages/server/src/modules/registry/organisations.repository.ts';
import { percentile } from './search-common.ts';

export const ORIGIN = 'http://localhost:3000';
const PASSWORD = 'bench applicant password long enough';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A caller of the API as the holder of `cookie`: throws unless the status is 2xx. */
export function caller(app: FastifyInstance) {
  return async (
    cookie: string | undefined,
    method: Method,
    url: string,
    payload?: object | string,
    contentType?: string,
  ): Promise<LightMyRequestResponse> => {
    const response = await app.inject({
      method,
      url,
      headers: {
        origin: ORIGIN,
        ...(cookie ? { cookie } : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(payload !== undefined ? { payload } : {}),
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 400)}`);
    return response;
  };
}

/** Runs `work` and returns its result and the milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** "p50 x ms, p95 y ms (n)" of a list of milliseconds. */
export function p5095(ms: readonly number[]): string {
  return `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms (n ${ms.length})`;
}

/**
 * CPU seconds used so far by the PostgreSQL server processes serving `database` (Linux /proc; empty
 * elsewhere). A copy of import-speed.ts's reading, which runs on import and so cannot be shared.
 */
export function serverCpuSeconds(database: string | null): Map<number, number> {
  const used = new Map<number, number>();
  if (!database) return used;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return used;
  }
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.startsWith('postgres:') || !cmdline.includes(` ${database} `)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      used.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended meanwhile.
    }
  }
  return used;
}

/** A CPU meter: `read()` gives Node's and the PostgreSQL server's CPU seconds since it was made. */
export function cpuMeter(database: string | null) {
  const node = process.cpuUsage();
  const server = serverCpuSeconds(database);
  return {
    read(): string {
      const cpu = process.cpuUsage(node);
      let pg = 0;
      for (const [pid, used] of serverCpuSeconds(database)) pg += used - (server.get(pid) ?? 0);
      return `CPU Node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s${database ? `, server ${pg.toFixed(1)} s` : ''}`;
    },
  };
}

/** A public organisation of `kind` with an English name; its id. */
export async function organisation(
  handle: DatabaseHandle,
  name: string,
  kind: 'state_body' | 'diaspora_org',
  countryCode: string,
): Promise<string> {
  const org = await insertOrganisation(
    handle.db,
    {
      kind,
      visibility: 'public',
      country_code: countryCode,
      ...(kind === 'diaspora_org' ? { communities: ['az'] } : {}),
    },
    [{ lang: 'en', name }],
  );
  return org.id;
}

/** `count` accounts sharing one password hash, each linked to the given person; their emails. */
export async function applicantAccounts(
  handle: DatabaseHandle,
  personIds: readonly string[],
): Promise<string[]> {
  const hash = await hashPassword(PASSWORD);
  const rows = personIds.map((personId, i) => ({
    email: `applicant${i + 1}@bench.example.org`,
    display_name: `Applicant ${i + 1}`,
    password_hash: hash,
    person_id: personId,
  }));
  await handle.db.insertInto('accounts').values(rows).execute();
  return rows.map((r) => r.email);
}

/** Signs `email` in (with the applicants' password, or `password`); its cookie. */
export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN },
    payload: { email, password },
  });
  const cookie = response.cookies.find((c) => c.name === 'kopru_session');
  if (!cookie) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return `kopru_session=${cookie.value}`;
}

/**
 * Runs `work`; when `path` is given, under the V8 profiler, writing `path.<name>.cpuprofile`
 * (open it in Chrome DevTools or speedscope).
 */
export async function profiled<T>(
  path: string | undefined,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!path) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${path}.${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}
