import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PDF, upload } from '../files/files.fixtures.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

let w: MeetingsWorld;
beforeAll(async () => {
  w = await buildMeetingsWorld();
});
afterAll(() => w.t.close());

/** Uploads a small PDF as the agency editor with `visibility`; returns its id. */
async function uploaded(visibility: string): Promise<string> {
  const response = await upload(w, 'agency_editor', SMALL_PDF, 'programme.pdf', `visibility=${visibility}`);
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

const fileSeenBy = async (who: 'anonymous' | 'member', id: string) =>
  (await w.call(who, 'GET', `/api/files/${id}`)).statusCode;

describe('documents of a programme', () => {
  it('are as visible as their event: attached, and when the event’s visibility changes', async () => {
    const event = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku, { visibility: 'public' }),
    );
    const privateUpload = await uploaded('owner');
    const publicUpload = await uploaded('public');
    expect(await fileSeenBy('anonymous', privateUpload)).toBe(404);

    await w.ok('agency_editor', 'POST', `/api/events/${event.id}/programme`, {
      kind: 'announcement',
      documentIds: [privateUpload, publicUpload],
    });
    expect(await fileSeenBy('anonymous', privateUpload)).toBe(200);

    await w.ok('agency_editor', 'PATCH', `/api/events/${event.id}`, { visibility: 'network' });
    for (const id of [privateUpload, publicUpload]) {
      expect(await fileSeenBy('anonymous', id)).toBe(404);
      expect(await fileSeenBy('member', id)).toBe(200);
    }
    const history = await w.ok('secretariat', 'GET', `/api/files/${publicUpload}`);
    expect(history).toMatchObject({ visibility: 'network' });
    const audited = await w.t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', publicUpload)
      .execute();
    expect(audited.map((a) => a.action)).toContain('file.updated');
  });
});
