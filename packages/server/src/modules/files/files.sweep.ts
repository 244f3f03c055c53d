import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { existingFileIds } from './files.repository.ts';

// Bytes that no row describes can only come from a crash: mid-upload (`incoming/*.part`) or
// between moving a file into place and committing its row (ADR 0011). Nothing serves them; this
// sweep removes them once they are old enough that no upload can still be finishing.

/** Files younger than this are left alone: an upload may still be arriving or committing. */
export const ORPHAN_MIN_AGE_MS = 3600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function isOld(path: string, now: Date): Promise<boolean> {
  try {
    return now.getTime() - (await stat(path)).mtimeMs >= ORPHAN_MIN_AGE_MS;
  } catch {
    return false;
  }
}

/** The stored files under `root` (`ab/cd/<uuid>`), as id and path. */
async function storedFiles(root: string): Promise<{ id: string; path: string }[]> {
  const found: { id: string; path: string }[] = [];
  for (const a of await entries(root)) {
    if (!/^[0-9a-f]{2}$/.test(a)) continue;
    for (const b of await entries(join(root, a))) {
      for (const id of await entries(join(root, a, b))) {
        if (UUID.test(id)) found.push({ id, path: join(root, a, b, id) });
      }
    }
  }
  return found;
}

/**
 * Removes, under the files folder `root`, incoming uploads and stored bytes without a row that
 * are at least an hour old. For the hourly housekeeping round.
 * @returns how many files were removed
 */
export async function sweepOrphanFiles(
  db: Kysely<Database>,
  root: string,
  now = new Date(),
): Promise<number> {
  let removed = 0;
  const remove = async (path: string) => {
    if (!(await isOld(path, now))) return;
    await rm(path, { force: true });
    removed++;
  };
  const incoming = join(root, 'incoming');
  for (const name of await entries(incoming)) if (name.endsWith('.part')) await remove(join(incoming, name));
  const stored = await storedFiles(root);
  for (let i = 0; i < stored.length; i += 500) {
    const batch = stored.slice(i, i + 500);
    const known = await existingFileIds(
      db,
      batch.map((f) => f.id),
    );
    for (const file of batch) if (!known.has(file.id)) await remove(file.path);
  }
  return removed;
}
