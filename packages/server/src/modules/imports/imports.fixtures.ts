import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import { ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { syncOrganisationKeys } from './imports.organisations.ts';
import { XLSX_TYPE } from './imports.reader.ts';
import type { ImportReport } from './imports.schema.ts';

// Test helpers of the imports module: a small network with one account per role, and requests
// that send files the way the web app and scripts do.

export type ImportWho = 'editor' | 'otherEditor' | 'secretariat' | 'member';

/** Three bodies (with search keys), an editor of each of two, the secretariat and a member; signed in. */
export async function importWorld(t: TestApp) {
  const db = t.database.db;
  const body = await buildOrganisation(db, {
    name: 'State Committee on Work with Diaspora',
    kind: 'state_body',
  });
  const otherBody = await buildOrganisation(db, { name: 'Agency for Diaspora Affairs', kind: 'state_body' });
  const secretariatOrg = await buildOrganisation(db, { name: 'OTS Secretariat', kind: 'international_org' });
  // As the registry's services do for every record, so that imports find the bodies by name.
  for (const org of [body, otherBody, secretariatOrg]) await syncOrganisationKeys(db, org.id);
  const accounts = {
    editor: await buildAccount(db, { role: 'agency_editor', organisationId: body.id }),
    otherEditor: await buildAccount(db, { role: 'agency_editor', organisationId: otherBody.id }),
    secretariat: await buildAccount(db, { role: 'secretariat', organisationId: secretariatOrg.id }),
    member: await buildAccount(db),
  };
  const cookies = {} as Record<ImportWho, string>;
  for (const [who, account] of Object.entries(accounts))
    cookies[who as ImportWho] = await signIn(t.app, account.email);
  return { body, otherBody, secretariatOrg, accounts, cookies };
}

/** POSTs a file as the request body. */
export function postFile(
  t: TestApp,
  cookie: string,
  url: string,
  payload: string | Buffer,
  contentType = 'text/csv',
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { origin: ORIGIN, cookie, 'content-type': contentType },
    payload,
  });
}

/** A `multipart/form-data` body with a `file` part and, when given, a `decisions` part. */
export function multipartBody(
  file: string | Buffer,
  options: { filename?: string; contentType?: string; decisions?: Record<string, string> } = {},
) {
  const boundary = `----kopru${Math.random().toString(36).slice(2)}`;
  const filename = options.filename ?? 'import.csv';
  const type = options.contentType ?? (filename.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv');
  const parts: Buffer[] = [];
  if (options.decisions) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="decisions"\r\n\r\n${JSON.stringify(options.decisions)}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.from(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The report of an import response, after checking its status (200 unless said). */
export function importReport(
  response: { statusCode: number; body: string; json(): unknown },
  status = 200,
): ImportReport {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as ImportReport;
}
