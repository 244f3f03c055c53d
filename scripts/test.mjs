#!/usr/bin/env node
// `npm test`: every suite — unit and integration tests on embedded PGlite first; then, side by
// side, the integration tests that use the database once more on a PostgreSQL server
// (TEST_DATABASE_URL) and the browser tests in Chromium (the PostgreSQL suite spends much of its
// time waiting on the server, which leaves room for the browser). A suite that cannot run says so
// loudly; under CI a suite that cannot run fails the run. `npm test -- postgres e2e` runs only those.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseTestFiles } from './db-tests.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = Boolean(process.env.CI);
const only = process.argv.slice(2);
const reports = mkdtempSync(join(tmpdir(), 'kopru-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
const wanted = (name) => !only.length || only.includes(name);

function banner(text) {
  const line = '!'.repeat(Math.min(100, text.length + 8));
  console.error(`\n${line}\n!!! ${text} !!!\n${line}\n`);
}

/** Copies a child's output line by line, each line prefixed with the suite's name when `prefix`. */
function relay(stream, out, prefix) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(prefix ? `[${prefix}] ${line}\n` : `${line}\n`);
  });
  stream.on('end', () => rest && out.write(prefix ? `[${prefix}] ${rest}\n` : `${rest}\n`));
}

/** Runs one suite; resolves when it has ended, with its counts added to the totals. */
function run(name, command, args, env, report, count, prefixed = false) {
  console.log(
    `\n▶ ${name}: ${command} ${args.length > 12 ? `${args.slice(0, 12).join(' ')} …` : args.join(' ')}`,
  );
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: prefixed ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  if (prefixed) {
    relay(child.stdout, process.stdout, name);
    relay(child.stderr, process.stderr, name);
  }
  return new Promise((done) => {
    child.on('close', (status, signal) => {
      const counted = existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : undefined;
      if (counted) {
        totals.passed += counted.passed;
        totals.failed += counted.failed;
        totals.skipped += counted.skipped;
      }
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`\n■ ${name}: exit ${status ?? signal} after ${seconds} s`);
      if (status !== 0) problems.push(`${name} failed (exit ${status ?? signal})`);
      else if (!counted || counted.passed === 0) problems.push(`${name} ran no test`);
      done();
    });
  });
}

function unavailable(name, why) {
  if (!wanted(name)) return;
  banner(`SKIPPED: ${name} — ${why}`);
  if (ci) problems.push(`${name} could not run under CI: ${why}`);
}

const vitestCount = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
function vitest(name, projects, env, files = [], prefixed = false) {
  const report = join(reports, `${name}.json`);
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const args = ['vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json'];
  return run(
    name,
    'npx',
    [...args, `--outputFile.json=${report}`, ...files],
    env,
    report,
    vitestCount,
    prefixed,
  );
}

function e2e(chromium, prefixed) {
  const report = join(reports, 'e2e.json');
  const count = (r) => ({
    passed: r.stats.expected,
    failed: r.stats.unexpected + r.stats.flaky,
    skipped: r.stats.skipped,
  });
  return run(
    'e2e',
    'npx',
    ['playwright', 'test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'],
    { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    report,
    count,
    prefixed,
  );
}

if (wanted('unit+pglite'))
  await vitest('unit+pglite', ['turkic', 'web', 'server'], { KOPRU_TEST_DB: 'pglite' });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgres = Boolean(process.env.TEST_DATABASE_URL) && wanted('postgres');
const browser = existsSync(chromium) && wanted('e2e');
const parallel = [];
if (postgres) {
  const files = databaseTestFiles(root);
  parallel.push(vitest('postgres', ['server'], { KOPRU_TEST_DB: 'postgres' }, files, browser));
} else if (!process.env.TEST_DATABASE_URL) {
  unavailable(
    'postgres',
    'TEST_DATABASE_URL is not set, so the integration suite did not run on a PostgreSQL server',
  );
}
if (browser) parallel.push(e2e(chromium, postgres));
else if (!existsSync(chromium)) {
  unavailable('e2e', `no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}
await Promise.all(parallel);

rmSync(reports, { recursive: true, force: true });
console.log('');
for (const p of problems) banner(p);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(problems.length ? 1 : 0);
