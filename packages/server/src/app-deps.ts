import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { DatabaseKind } from './db/database.ts';
import type { Database } from './db/schema.ts';

/** What services need from the running app: the database, the settings and the engine kind. */
export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly config: Config;
  readonly dbKind: DatabaseKind;
}
