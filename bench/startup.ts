// Measures how long `npm start`'s server takes to answer /api/health: a first start on an empty
// data folder (initdb, migrations, demo data) and a second start on the same folder. Prints the
// figures and records them in bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordResult } from './record.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 3290;

async function timeToReady(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      KOPRU_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 600; i++) {
      try {
        const response = await fetch(`http://127.0.0.1:${PORT}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the server did not become ready within 30 s');
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const runs = Number(process.argv[2] ?? 3);
const first: number[] = [];
const again: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-bench-'));
  first.push(await timeToReady(dir));
  again.push(await timeToReady(dir));
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = [
  `first start (empty data folder: database copied from the install-time template, migrations, gazetteer, demo data): median ${(median(first) / 1000).toFixed(2)} s of ${runs} (${first.map((x) => (x / 1000).toFixed(2)).join(', ')})`,
  `later start (existing data folder): median ${(median(again) / 1000).toFixed(2)} s of ${runs} (${again.map((x) => (x / 1000).toFixed(2)).join(', ')})`,
];
for (const line of lines) console.log(line);
recordResult(
  'startup',
  `npm start → /api/health 200, web bundle already built; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  lines,
);
