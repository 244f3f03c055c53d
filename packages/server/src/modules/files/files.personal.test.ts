import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { buildRegistryWorld, type RegistryWorld } from '../registry/registry.fixtures.ts';
import { filesUnder, SMALL_PDF, upload, uploadWith } from './files.fixtures.ts';
import { sweepOrphanFiles } from './files.sweep.ts';

// Personal files (ADR 0011): an account with no role uploads for itself; the file is its own,
// owner-only, managed by it alone, and goes with the account. Organisations' uploads are unchanged.

let w: RegistryWorld;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-pfiles-'));
  w = await buildRegistryWorld(await createTestApp({ KOPRU_DATA_DIR: dataDir }));
}, 120_000);
afterAll(async () => {
  await w.t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const db = () => w.t.database.db;

describe('personal files', () => {
  it('an account with no role uploads a personal, owner-only file; a role-holder still uploads for its body', async () => {
    const mine = await upload(w, 'member', SMALL_PDF, 'cv.pdf');
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ personal: true, ownerOrgId: null, visibility: 'owner' });
    const theirs = await upload(w, 'org_rep', SMALL_PDF, 'letter.pdf');
    expect(theirs.json()).toMatchObject({ personal: false, ownerOrgId: w.orgs.diasporaPublic });
    expect((await uploadWith(w, undefined, SMALL_PDF, 'x.pdf')).statusCode).toBe(401);
  });

  it('refuses a personal file that is not owner-only, and an organisation the account does not upload for', async () => {
    const shared = await upload(w, 'member', SMALL_PDF, 'cv.pdf', 'visibility=network');
    expect(shared.json().errors).toEqual([{ path: 'querystring.visibility', message: expect.any(String) }]);
    const forOrg = await upload(w, 'member', SMALL_PDF, 'cv.pdf', `ownerOrgId=${w.orgs.agencyA}`);
    expect(forOrg.statusCode).toBe(403);
  });

  it('its owner changes its record and deletes it; nobody else manages it; its owner and visibility stay', async () => {
    const id = (await upload(w, 'member', SMALL_PDF, 'cv.pdf')).json().id;
    const url = `/api/files/${id}`;
    const entity = { type: 'event', id: '00000000-0000-4000-8000-000000000001' };
    expect((await w.call('member', 'PATCH', url, { entity })).json()).toMatchObject({
      entity,
      personal: true,
    });
    for (const body of [{ visibility: 'public' }, { ownerOrgId: w.orgs.agencyA }]) {
      expect((await w.call('member', 'PATCH', url, body)).json().code).toBe('VALIDATION_FAILED');
    }
    expect((await w.call('secretariat', 'PATCH', url, { visibility: 'public' })).statusCode).toBe(404);
    expect((await w.call('org_rep', 'DELETE', url)).statusCode).toBe(404);
    expect((await w.call('member', 'DELETE', url)).statusCode).toBe(204);
  });

  it('goes with its account (cascade); the housekeeping sweep then removes its bytes', async () => {
    const account = await buildAccount(db());
    const cookie = await signIn(w.t.app, account.email);
    const id = (await uploadWith(w, cookie, SMALL_PDF, 'cv.pdf')).json().id;
    const filesDir = join(dataDir, 'files');
    const path = join(filesDir, id.slice(0, 2), id.slice(2, 4), id);
    await db().deleteFrom('sessions').where('account_id', '=', account.id).execute();
    await db().deleteFrom('accounts').where('id', '=', account.id).execute();
    expect(
      await db().selectFrom('files').select('id').where('id', '=', id).executeTakeFirst(),
    ).toBeUndefined();
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(path, old, old);
    await sweepOrphanFiles(db(), filesDir);
    expect(filesUnder(filesDir)).not.toContain(path.slice(filesDir.length + 1));
  });
});
