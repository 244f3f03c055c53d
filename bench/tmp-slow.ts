import { openDatabase } from '../packages/server/src/db/database.ts';
import { benchApp, searchApi } from './search-common.ts';
import { misspell, prng } from './search-speed.names.ts';
import { sql } from 'kysely';
const h = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/kopru_bench' });
const app = await benchApp(h);
const { rows } = await sql<{
  full_name: string;
}>`select name as full_name from organisation_names tablesample system (1) limit 100`.execute(h.db);
const random = prng(9);
for (const r of rows) await searchApi(app, misspell(random, r.full_name));
await app.close();
await h.close();
