// Which server test files use the test database (packages/server/test/database.ts), directly or
// through what they import (the test app, fixtures). Only those can differ between PGlite and a
// PostgreSQL server, so only those run a second time on the server; pure tests (the periods
// grammar, PDF layout, iCalendar folding) and tests that start their own processes against both
// engines (server.test.ts) run once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

function* testFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (entry.name.endsWith('.test.ts')) yield path;
  }
}

/** The relative imports of `file`, resolved to files that exist. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => resolve(dirname(file), m[1]))
    .filter((path) => path.endsWith('.ts') && existsSync(path));
}

/** Does `file` reach `target` through its relative imports? */
function reaches(file, target, seen = new Set()) {
  if (file === target) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  return importsOf(file).some((next) => reaches(next, target, seen));
}

/**
 * The server's test files that use the test database, relative to `root`, sorted.
 * @param {string} root the repository's root
 * @returns {string[]}
 */
export function databaseTestFiles(root) {
  const server = join(root, 'packages', 'server');
  const target = join(server, 'test', 'database.ts');
  return [...testFiles(join(server, 'src'))]
    .filter((file) => reaches(file, target))
    .map((file) => relative(root, file))
    .sort();
}
