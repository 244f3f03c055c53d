import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/** Makes one migrated PGlite snapshot that every test file loads, instead of running initdb each time. */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-test-'));
  const handle = await openDatabase({ memory: true });
  await migrateToLatest(handle.db);
  const client = handle.pglite;
  if (!client) throw new Error('an in-memory database must be PGlite');
  const file = join(dir, 'snapshot.tar');
  writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await handle.close();
  process.env.KOPRU_TEST_SNAPSHOT = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
