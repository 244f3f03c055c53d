import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsTo } from '../../../test/factories.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { buildMinutesWorld, type MinutesWorld } from './minutes.fixtures.ts';

// The whole life of one set of minutes, step by step: draft, stale edit, circulation with mail,
// comments and amendments from the delegations, decisions, adoption, lock, and refusals after it.

let w: MinutesWorld;
let eventId: string;
let id: string;
let opening: string;
let speeches: string;

beforeAll(async () => {
  w = await buildMinutesWorld(await createTestApp());
  eventId = await w.meeting('public');
});
afterAll(() => w.t.close());

const text = (en: string, az: string) => ({ en, az });

describe('the minutes of one meeting, from draft to lock', () => {
  it('lets the owner body’s editor start a draft in the languages of the event', async () => {
    const created = await w.call('editorA', 'POST', `/api/events/${eventId}/minutes`, {
      paragraphs: [{ text: text('The meeting was opened by the chairman.', 'İclası sədr açdı.') }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({ status: 'draft', version: 1 });
    expect([...m.languages].sort()).toEqual(['az', 'en']);
    id = m.id;
    opening = m.paragraphs[0].id;
    expect((await w.call('editorA', 'POST', `/api/events/${eventId}/minutes`, {})).json().code).toBe(
      'ALREADY_EXISTS',
    );
    expect((await w.call('editorB', 'POST', `/api/events/${eventId}/minutes`, {})).statusCode).toBe(403);
  });

  it('hides a draft from everyone but its editors', async () => {
    for (const who of ['anonymous', 'member', 'editorB', 'editorC', 'editorD'] as const) {
      expect((await w.call(who, 'GET', `/api/events/${eventId}/minutes`)).statusCode, who).toBe(404);
    }
    for (const who of ['editorA', 'adminA', 'secretariat'] as const) {
      expect((await w.call(who, 'GET', `/api/events/${eventId}/minutes`)).statusCode, who).toBe(200);
    }
  });

  it('keeps paragraph ids across edits and refuses an edit based on a stale version, losing nothing', async () => {
    const edited = await w.call('editorA', 'PUT', `/api/minutes/${id}`, {
      baseVersion: 1,
      paragraphs: [
        { id: opening, text: text('The meeting was opened by the chairman.', 'İclası sədr açdı.') },
        {
          text: text(
            'Delegations of Türkiye and Kazakhstan spoke.',
            'Türkiyə və Qazaxıstan nümayəndələri çıxış etdi.',
          ),
        },
      ],
      note: 'speeches added',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2 });
    expect(edited.json().paragraphs[0].id).toBe(opening);
    speeches = edited.json().paragraphs[1].id;

    const stale = await w.call('adminA', 'PUT', `/api/minutes/${id}`, {
      baseVersion: 1,
      paragraphs: [{ id: opening, text: text('Overwritten.', 'Üzərinə yazıldı.') }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'MINUTES_VERSION_CONFLICT',
      currentVersion: 2,
      baseVersion: 1,
    });
    const after = (await w.call('editorA', 'GET', `/api/events/${eventId}/minutes`)).json();
    expect(after.version).toBe(2);
    expect(after.paragraphs.map((p: { text: { en: string } }) => p.text.en)).toEqual([
      'The meeting was opened by the chairman.',
      'Delegations of Türkiye and Kazakhstan spoke.',
    ]);
  });

  it('refuses text in a language the minutes do not have and an unknown paragraph id', async () => {
    const bad = await w.call('editorA', 'PUT', `/api/minutes/${id}`, {
      baseVersion: 2,
      paragraphs: [{ id: '00000000-0000-4000-8000-000000000001', text: { ru: 'Текст.' } }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.paragraphs.0.id',
      'body.paragraphs.0.text.ru',
    ]);
  });

  it('circulates to the delegations and tells their people and addresses, each in their language', async () => {
    const response = await w.call('editorA', 'POST', `/api/minutes/${id}/circulate`, { baseVersion: 2 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe('circulated');
    const toB = await mailsTo(w.t.database.db, w.emails.get('editorB') ?? '');
    expect(toB.map((m) => [m.template, m.locale])).toEqual([['minutesCirculated', 'tr']]);
    expect(toB[0]?.text_body).toContain(`/events/${eventId}/minutes`);
    const toC = await mailsTo(w.t.database.db, w.emails.get('editorC') ?? '');
    expect(toC.map((m) => [m.locale, m.subject])).toEqual([['kk', expect.stringContaining('хаттама')]]);
    const office = await mailsTo(w.t.database.db, 'office@ytb.example');
    expect(office.map((m) => m.locale)).toEqual(['tr']);
    expect(await mailsTo(w.t.database.db, w.emails.get('editorD') ?? '')).toEqual([]);
  });

  let amendment: string;
  let rejected: string;
  it('lets each delegation comment on a paragraph and propose amendments; others may not', async () => {
    const seen = await w.call('editorB', 'GET', `/api/events/${eventId}/minutes`);
    expect(seen.json().can).toMatchObject({ amend: true, comment: true, edit: false, decide: false });
    const proposal = await w.call('editorB', 'POST', `/api/minutes/${id}/amendments`, {
      paragraphId: speeches,
      lang: 'en',
      baseVersion: 2,
      text: 'Delegations of Türkiye, Kazakhstan and Kyrgyzstan spoke.',
      motivation: 'The Kyrgyz representative spoke too.',
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    expect(proposal.json()).toMatchObject({
      status: 'proposed',
      delegation: { name: 'Presidency for Turks Abroad' },
    });
    amendment = proposal.json().id;
    const second = await w.call('editorC', 'POST', `/api/minutes/${id}/amendments`, {
      paragraphId: opening,
      lang: 'az',
      baseVersion: 2,
      text: 'İclası Komitənin sədri açdı.',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().delegation).toMatchObject({ name: 'KZ' });
    rejected = second.json().id;
    const comment = await w.call('editorC', 'POST', `/api/minutes/${id}/comments`, {
      paragraphId: opening,
      baseVersion: 2,
      body: 'Please name the chairman.',
    });
    expect(comment.statusCode, comment.body).toBe(201);
    for (const who of ['editorD', 'member'] as const) {
      const refused = await w.call(who, 'POST', `/api/minutes/${id}/comments`, {
        paragraphId: opening,
        baseVersion: 2,
        body: 'Not my meeting.',
      });
      expect(refused.statusCode, who).toBe(404);
    }
    expect((await w.call('anonymous', 'GET', `/api/events/${eventId}/minutes`)).statusCode).toBe(404);
  });

  it('does not adopt while an amendment waits for a decision', async () => {
    const early = await w.call('editorA', 'POST', `/api/minutes/${id}/adopt`, { baseVersion: 2 });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'MINUTES_INCOMPLETE', errors: [{ path: 'amendments' }] });
  });

  it('lets only the editors accept (a new version) or reject (with a reason) each amendment', async () => {
    const byDelegation = await w.call(
      'editorB',
      'POST',
      `/api/minutes/${id}/amendments/${amendment}/accept`,
      {
        reason: 'Mine.',
      },
    );
    expect(byDelegation.statusCode).toBe(403);
    const accepted = await w.call('editorA', 'POST', `/api/minutes/${id}/amendments/${amendment}/accept`, {
      reason: 'Confirmed by the programme.',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().amendment).toMatchObject({ status: 'accepted', decision: { resultVersion: 3 } });
    expect(accepted.json().minutes.version).toBe(3);
    expect(accepted.json().minutes.paragraphs[1].text.en).toBe(
      'Delegations of Türkiye, Kazakhstan and Kyrgyzstan spoke.',
    );
    const again = await w.call('editorA', 'POST', `/api/minutes/${id}/amendments/${amendment}/reject`, {
      reason: 'Changed my mind.',
    });
    expect(again.json().code).toBe('MINUTES_WRONG_STATE');
    const no = await w.call('secretariat', 'POST', `/api/minutes/${id}/amendments/${rejected}/reject`, {
      reason: 'The chairman opened it himself.',
    });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json().minutes.version).toBe(3);
  });

  it('adopts: a version of its own, readable by the public; the text is then frozen', async () => {
    const adopted = await w.call('editorA', 'POST', `/api/minutes/${id}/adopt`, { baseVersion: 3 });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', version: 4 });
    const pub = (await w.call('anonymous', 'GET', `/api/events/${eventId}/minutes`)).json();
    expect(pub.paragraphs[1].text.en).toBe('Delegations of Türkiye, Kazakhstan and Kyrgyzstan spoke.');
    expect(pub.comments).toEqual([]);
    expect(pub.amendments).toEqual([]);
    const frozen = await w.call('editorA', 'PUT', `/api/minutes/${id}`, { baseVersion: 4, paragraphs: [] });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('MINUTES_WRONG_STATE');
  });

  it('locks, after which every write is refused with MINUTES_LOCKED', async () => {
    expect((await w.call('editorB', 'POST', `/api/minutes/${id}/lock`, { baseVersion: 4 })).statusCode).toBe(
      403,
    );
    const locked = await w.call('editorA', 'POST', `/api/minutes/${id}/lock`, { baseVersion: 4 });
    expect(locked.statusCode, locked.body).toBe(200);
    expect(locked.json().status).toBe('locked');
    const writes: [string, string, object][] = [
      [
        'PUT',
        `/api/minutes/${id}`,
        { baseVersion: 4, paragraphs: [{ id: opening, text: { en: 'Rewritten.' } }] },
      ],
      ['POST', `/api/minutes/${id}/reopen`, { reason: 'A typo.' }],
      ['POST', `/api/minutes/${id}/lock`, { baseVersion: 4 }],
      ['POST', `/api/minutes/${id}/comments`, { paragraphId: opening, baseVersion: 4, body: 'Late.' }],
      [
        'POST',
        `/api/minutes/${id}/amendments`,
        { paragraphId: opening, lang: 'en', baseVersion: 4, text: 'Late.' },
      ],
      ['POST', `/api/minutes/${id}/amendments/${rejected}/accept`, { reason: 'Late.' }],
    ];
    for (const [method, url, body] of writes) {
      const refused = await w.call('secretariat', method as 'PUT' | 'POST', url, body);
      expect(refused.statusCode, `${method} ${url}`).toBe(409);
      expect(refused.json().code, `${method} ${url}`).toBe('MINUTES_LOCKED');
    }
    const still = (await w.call('anonymous', 'GET', `/api/events/${eventId}/minutes`)).json();
    expect(still).toMatchObject({ status: 'locked', version: 4 });
    expect(still.paragraphs[0].text.en).toBe('The meeting was opened by the chairman.');
  });

  it('exports the adopted text as a PDF attachment and a printable page, in the language asked for', async () => {
    const pdf = await w.call('anonymous', 'GET', `/api/minutes/${id}/export.pdf?lang=az`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="minutes-[^"]*-az\.pdf"/);
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const html = await w.call('anonymous', 'GET', `/api/minutes/${id}/export.html?lang=en`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain('<html lang="en">');
    expect(html.body).toContain('Delegations of Türkiye, Kazakhstan and Kyrgyzstan spoke.');
    expect(html.body).toContain('Minutes: 5th meeting of the Contact Group');
    const az = await w.call('anonymous', 'GET', `/api/minutes/${id}/export.html?lang=az`);
    expect(az.body).toContain('İclası sədr açdı.');
  });

  it('keeps every version with who, when and why, and diffs any two by paragraph and word', async () => {
    const versions = (await w.call('editorB', 'GET', `/api/minutes/${id}/versions`)).json();
    expect(versions.items.map((v: { number: number; reason: string }) => [v.number, v.reason])).toEqual([
      [1, 'created'],
      [2, 'edit'],
      [3, 'amendment_accepted'],
      [4, 'adopted'],
    ]);
    expect(versions.items[2]).toMatchObject({ note: 'Confirmed by the programme.', amendmentId: amendment });
    const diff = (await w.call('editorA', 'GET', `/api/minutes/${id}/diff?from=1&to=3`)).json();
    expect(diff.paragraphs.map((p: { change: string }) => p.change)).toEqual(['unchanged', 'added']);
    const word = (await w.call('editorA', 'GET', `/api/minutes/${id}/diff?from=2&to=3`)).json();
    expect(word.paragraphs[1].texts.find((t: { lang: string }) => t.lang === 'en')).toEqual({
      lang: 'en',
      segments: [
        { op: 'equal', text: 'Delegations of ' },
        { op: 'delete', text: 'Türkiye and ' },
        { op: 'insert', text: 'Türkiye, ' },
        { op: 'equal', text: 'Kazakhstan ' },
        { op: 'insert', text: 'and Kyrgyzstan ' },
        { op: 'equal', text: 'spoke.' },
      ],
    });
    expect((await w.call('anonymous', 'GET', `/api/minutes/${id}/versions`)).statusCode).toBe(401);
    expect((await w.call('editorD', 'GET', `/api/minutes/${id}/versions`)).statusCode).toBe(404);
  });

  it('audits every write', async () => {
    const audit = await w.t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'minutes')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'minutes.created',
      'minutes.edited',
      'minutes.circulated',
      'minutes.amendment_proposed',
      'minutes.amendment_proposed',
      'minutes.commented',
      'minutes.amendment_accepted',
      'minutes.amendment_rejected',
      'minutes.adopted',
      'minutes.locked',
      'minutes.exported',
      'minutes.exported',
      'minutes.exported',
    ]);
  });
});

describe('minutes that are not adopted', () => {
  it('are not exported, and a stale amendment cannot be accepted', async () => {
    const other = await w.meeting('network');
    const created = (
      await w.call('secretariat', 'POST', `/api/events/${other}/minutes`, {
        languages: ['en'],
        paragraphs: [{ text: { en: 'Opening.' } }],
      })
    ).json();
    const pdf = await w.call('secretariat', 'GET', `/api/minutes/${created.id}/export.pdf`);
    expect(pdf.statusCode).toBe(409);
    expect(pdf.json().code).toBe('MINUTES_WRONG_STATE');
    await w.call('secretariat', 'POST', `/api/minutes/${created.id}/circulate`, { baseVersion: 1 });
    const paragraph = created.paragraphs[0].id;
    const proposal = (
      await w.call('editorB', 'POST', `/api/minutes/${created.id}/amendments`, {
        paragraphId: paragraph,
        lang: 'en',
        baseVersion: 1,
        text: 'The opening.',
      })
    ).json();
    const edited = await w.call('editorA', 'PUT', `/api/minutes/${created.id}`, {
      baseVersion: 1,
      paragraphs: [{ id: paragraph, text: { en: 'Opening of the meeting.' } }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const accept = await w.call(
      'editorA',
      'POST',
      `/api/minutes/${created.id}/amendments/${proposal.id}/accept`,
      {
        reason: 'Fine.',
      },
    );
    expect(accept.statusCode).toBe(409);
    expect(accept.json().code).toBe('AMENDMENT_OUTDATED');
    expect(
      (await w.call('editorA', 'GET', `/api/events/${other}/minutes`)).json().paragraphs[0].text.en,
    ).toBe('Opening of the meeting.');
  });

  it('of a network event are readable by signed-in accounts once adopted, never by the public', async () => {
    const other = await w.meeting('network');
    const m = (
      await w.call('editorA', 'POST', `/api/events/${other}/minutes`, {
        languages: ['en'],
        paragraphs: [{ text: { en: 'Text.' } }],
      })
    ).json();
    await w.call('editorA', 'POST', `/api/minutes/${m.id}/circulate`, { baseVersion: 1 });
    expect((await w.call('member', 'GET', `/api/events/${other}/minutes`)).statusCode).toBe(404);
    const adopted = await w.call('editorA', 'POST', `/api/minutes/${m.id}/adopt`, { baseVersion: 1 });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect((await w.call('member', 'GET', `/api/events/${other}/minutes`)).statusCode).toBe(200);
    expect((await w.call('anonymous', 'GET', `/api/events/${other}/minutes`)).statusCode).toBe(404);
    expect((await w.call('anonymous', 'GET', `/api/minutes/${m.id}/export.pdf`)).statusCode).toBe(404);
    expect((await w.call('member', 'GET', `/api/minutes/${m.id}/versions`)).statusCode).toBe(404);
    const reopened = await w.call('adminA', 'POST', `/api/minutes/${m.id}/reopen`, {
      reason: 'A name is misspelt.',
    });
    expect(reopened.json()).toMatchObject({ status: 'circulated', adoptedAt: null });
  });
});

describe('a sub-event without delegations of its own', () => {
  it('has the delegations of the event it belongs to', async () => {
    const parent = await w.meeting('owner');
    const { id: child } = await w.t.database.db
      .insertInto('events')
      .values({
        kind: 'meeting',
        title: JSON.stringify({ en: { value: 'Sub-meeting', status: 'original' } }),
        parent_id: parent,
        start_date: '2019-02-21',
        end_date: '2019-02-21',
        time_zone: 'Asia/Baku',
        starts_at: new Date('2019-02-20T20:00:00Z'),
        ends_at: new Date('2019-02-21T20:00:00Z'),
        owner_org_id: w.orgs.agencyA,
        visibility: 'owner',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const m = (await w.call('editorA', 'POST', `/api/events/${child}/minutes`, { paragraphs: [] })).json();
    await w.call('editorA', 'POST', `/api/minutes/${m.id}/circulate`, { baseVersion: 1 });
    const seen = await w.call('editorB', 'GET', `/api/events/${child}/minutes`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().delegations.map((d: { name: string }) => d.name)).toEqual([
      'State Committee on Work with Diaspora',
      'Presidency for Turks Abroad',
      'KZ',
    ]);
    expect((await w.call('editorD', 'GET', `/api/events/${child}/minutes`)).statusCode).toBe(404);
  });
});
