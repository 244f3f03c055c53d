import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Where `npm install` leaves a freshly initialised PGlite data folder (a gzip tarball) for the
 * installed PGlite version: `node_modules/.cache/kopru/pglite-<version>.tgz`. Creating a
 * database from it takes a second, where PGlite's own initdb takes several.
 */
export function pgliteTemplatePath(): string {
  // The package root is the folder above `dist/` (its exports map does not export package.json).
  const entry = require.resolve('@electric-sql/pglite');
  const manifest = join(entry.slice(0, entry.lastIndexOf('/dist/')), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return join(dirname(manifest), '..', '..', '.cache', 'kopru', `pglite-${version}.tgz`);
}

/** The template as a Blob for `loadDataDir`, or undefined when none was made (PGlite then runs initdb). */
export function pgliteTemplate(): Blob | undefined {
  const path = pgliteTemplatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}
