#!/usr/bin/env node
// Runs after `npm install`: makes a freshly initialised PGlite data folder once per PGlite version,
// so that the first `npm start` copies it instead of running initdb (see packages/server/src/db/pglite-template.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(join(process.cwd(), 'packages/server/package.json'));
let entry;
try {
  entry = require.resolve('@electric-sql/pglite');
} catch {
  process.exit(0); // not installed (yet): nothing to prepare
}
// The package root: the folder above `dist/` (its exports map does not export package.json).
const manifest = join(entry.slice(0, entry.lastIndexOf('/dist/')), 'package.json');
const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
const target = join(dirname(manifest), '..', '..', '.cache', 'kopru', `pglite-${version}.tgz`);
if (existsSync(target)) process.exit(0);
const started = Date.now();
const { PGlite } = require(entry);
const db = await PGlite.create();
const dump = await db.dumpDataDir('gzip');
await db.close();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(`${target}.tmp`, Buffer.from(await dump.arrayBuffer()));
renameSync(`${target}.tmp`, target);
console.log(`Prepared the embedded database template in ${Date.now() - started} ms`);
