#!/usr/bin/env node
// `npm test`: every suite, in order — unit and integration tests on embedded PGlite, the same
// integration tests on a PostgreSQL server (TEST_DATABASE_URL), and the browser tests in Chromium.
// A suite that cannot run says so loudly; under CI a suite that cannot run fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = Boolean(process.env.CI);
const only = process.argv.slice(2);
const reports = mkdtempSync(join(tmpdir(), 'kopru-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function banner(text) {
  const line = '!'.repeat(Math.min(100, text.length + 8));
  console.error(`\n${line}\n!!! ${text} !!!\n${line}\n`);
}

function run(name, command, args, env, report, count) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const counted = existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : undefined;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
  }
  if (result.status !== 0) problems.push(`${name} failed (exit ${result.status ?? result.signal})`);
  else if (!counted || counted.passed === 0) problems.push(`${name} ran no test`);
}

function unavailable(name, why) {
  if (only.length && !only.includes(name)) return;
  banner(`SKIPPED: ${name} — ${why}`);
  if (ci) problems.push(`${name} could not run under CI: ${why}`);
}

const vitestCount = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
const vitest = (name, projects, env) => {
  const report = join(reports, `${name}.json`);
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  run(
    name,
    'npx',
    ['vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
    report,
    vitestCount,
  );
};

vitest('unit+pglite', ['turkic', 'web', 'server'], { KOPRU_TEST_DB: 'pglite' });

if (process.env.TEST_DATABASE_URL) vitest('postgres', ['server'], { KOPRU_TEST_DB: 'postgres' });
else
  unavailable(
    'postgres',
    'TEST_DATABASE_URL is not set, so the integration suite did not run on a PostgreSQL server',
  );

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  const report = join(reports, 'e2e.json');
  const count = (r) => ({
    passed: r.stats.expected,
    failed: r.stats.unexpected + r.stats.flaky,
    skipped: r.stats.skipped,
  });
  run(
    'e2e',
    'npx',
    ['playwright', 'test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'],
    { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    report,
    count,
  );
} else {
  unavailable('e2e', `no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

rmSync(reports, { recursive: true, force: true });
console.log('');
for (const p of problems) banner(p);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(problems.length ? 1 : 0);
