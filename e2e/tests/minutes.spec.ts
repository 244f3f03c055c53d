import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// Minutes of a meeting, in two browsers: the Azerbaijani committee's admin drafts and circulates
// them, the Turkish agency's editor (another delegation) proposes an amendment, the editor accepts
// it, adopts and locks the minutes; an edit after the lock is refused, and the printable minutes
// show the amended text.

const STAMP = String(Date.now()).slice(-6);
const TITLE = `Minutes test meeting ${STAMP}`;
const DRAFT = 'The delegations of Türkiye and Kazakhstan delivered speeches.';
const AMENDED = 'The delegations of Türkiye, Kazakhstan and Kyrgyzstan delivered speeches.';

/** Sends a JSON write with the Origin header the server's CSRF check wants. */
async function write(
  request: APIRequestContext,
  page: Page,
  method: 'POST' | 'PUT',
  url: string,
  data: object,
) {
  const origin = new URL(page.url()).origin;
  const response = await request.fetch(url, { method, headers: { Origin: origin }, data });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

/** Clicks a workflow button and confirms it in the dialog that opens. */
async function step(page: Page, name: string, done: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test('an editor drafts, another delegation amends, the editor adopts, locks and prints the minutes', async ({
  page,
  browser,
}) => {
  // Two browsers and a dozen round trips: more than the default 30 s on a shared machine.
  test.setTimeout(120_000);
  // Set-up through the API: a meeting of the Azerbaijani committee with the Turkish agency as a delegation.
  const turkish = await browser.newContext();
  const trPage = await turkish.newPage();
  await signIn(trPage, demoAccount('agency-editor-tr'));
  const trMe = (await (await trPage.request.get('/api/auth/me')).json()) as {
    organisations: { id: string }[];
  };
  const trAgency = trMe.organisations[0]?.id ?? '';

  // The committee's admin, not 'agency-editor': account.spec.ts changes that account's password.
  await signIn(page, demoAccount('agency-admin'));
  const event = await write(page.request, page, 'POST', '/api/events', {
    kind: 'meeting',
    title: { en: TITLE, az: `Protokol sınağı iclası ${STAMP}` },
    startDate: '2019-02-21',
    endDate: '2019-02-21',
    timeZone: 'Asia/Baku',
    visibility: 'public',
  });
  expect(event.status, JSON.stringify(event.body)).toBe(201);
  const eventId = String(event.body.id);
  const delegation = await write(page.request, page, 'POST', `/api/events/${eventId}/delegations`, {
    organisationId: trAgency,
  });
  expect(delegation.status, JSON.stringify(delegation.body)).toBe(201);

  // The editor drafts the text in English and Azerbaijani, then circulates it.
  await page.goto(`/events/${eventId}/minutes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Minutes' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the minutes' }).click();
  await expect(page.getByText('The minutes were started as a draft.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit the text' }).click();
  await page.getByRole('button', { name: 'Add a paragraph' }).click();
  const paragraph = page.getByRole('group', { name: 'Paragraph 1' });
  await paragraph.getByLabel('English').fill(DRAFT);
  await paragraph.getByLabel('Azerbaijani').fill('Türkiyə və Qazaxıstan nümayəndə heyətləri çıxış etdilər.');
  await expectNoAxeViolations(page, 'the minutes editor');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await step(page, 'Circulate to the delegations', 'The draft was circulated to the delegations.');
  await expect(page.getByText('Circulated to the delegations', { exact: true })).toBeVisible();

  // The Turkish delegation proposes an amendment to the English text.
  await trPage.goto(`/events/${eventId}/minutes`);
  await expect(trPage.getByText(DRAFT)).toBeVisible();
  await trPage.getByRole('button', { name: 'Propose an amendment to paragraph 1' }).click();
  const proposal = trPage.getByRole('form', { name: 'Propose an amendment to paragraph 1' });
  await proposal.getByLabel('Language').selectOption({ label: 'English' });
  await proposal.getByLabel('Proposed text').fill(AMENDED);
  await proposal.getByLabel('Why (optional)').fill('The Kyrgyz representative spoke too.');
  await expectNoAxeViolations(trPage, 'the amendment form');
  await proposal.getByRole('button', { name: 'Submit the amendment' }).click();
  await expect(trPage.getByText('Your amendment was submitted.')).toBeVisible();
  await expect(trPage.getByRole('button', { name: 'Adopt the minutes' })).toHaveCount(0);

  // The editor accepts it (a new version), compares the versions, adopts and locks.
  await page.reload();
  const amendments = page.getByRole('region', { name: 'Amendments to paragraph 1' });
  await expect(amendments).toContainText(AMENDED);
  await amendments.getByLabel('Reason for the decision').fill('Confirmed by the programme of the day.');
  await amendments.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByText('The amendment was accepted: a new version was made.')).toBeVisible();
  await expect(page.getByText(AMENDED).first()).toBeVisible();
  await page.getByLabel('From version').selectOption({ value: '2' });
  await page.getByLabel('To version').selectOption({ value: '3' });
  await page.getByRole('button', { name: 'Compare the versions' }).click();
  const diff = page.getByRole('region', { name: 'Changes from version 2 to version 3' });
  await expect(diff.locator('ins').filter({ hasText: 'Kyrgyzstan' })).toBeVisible();
  await expect(diff.locator('del').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the minutes with versions and differences');
  await step(page, 'Adopt the minutes', 'The minutes were adopted.');
  await step(page, 'Lock the minutes', 'The minutes are locked.');
  await expect(page.getByRole('button', { name: 'Edit the text' })).toHaveCount(0);

  // An edit after the lock is refused with its stable code, and the text stays as adopted.
  const minutes = (await (await page.request.get(`/api/events/${eventId}/minutes`)).json()) as {
    id: string;
    version: number;
    paragraphs: { id: string }[];
  };
  const refused = await write(page.request, page, 'PUT', `/api/minutes/${minutes.id}`, {
    baseVersion: minutes.version,
    paragraphs: [{ id: minutes.paragraphs[0]?.id, text: { en: 'Rewritten after the lock.' } }],
  });
  expect(refused.status).toBe(409);
  expect(refused.body.code).toBe('MINUTES_LOCKED');

  // The printable minutes show the amended text.
  await page.getByRole('link', { name: 'Printable minutes in English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Minutes: ${TITLE}` })).toBeVisible();
  await expect(page.getByRole('article')).toContainText(AMENDED);
  await expect(page.getByRole('article')).not.toContainText('Rewritten after the lock.');
  await expectNoAxeViolations(page, 'the printable minutes');
  const pdf = await page.request.get(`/api/minutes/${minutes.id}/export.pdf?lang=en`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment;/);
  await turkish.close();
});

test('a visitor reads the demo minutes of the 5th Contact Group meeting and the decisions of the series', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const series = (await (await page.request.get('/api/series')).json()) as {
    items: { id: string; code: string }[];
  };
  const cg = series.items.find((s) => s.code === 'CG');
  expect(cg, 'the demo series CG').toBeDefined();
  const events = (await (await page.request.get(`/api/events?series=${cg?.id}`)).json()) as {
    items: { id: string; number: number | null }[];
  };
  const fifth = events.items.find((e) => e.number === 5);
  expect(fifth, 'the demo 5th meeting').toBeDefined();

  await page.goto(`/events/${fifth?.id}/minutes`);
  await expect(page.getByText('Adopted', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit the text' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Versions' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the adopted minutes, as the public sees them');
  await page.getByRole('link', { name: 'Printable minutes in Russian' }).click();
  await expect(page.getByRole('article')).toContainText('Контактной группы по работе с диаспорой');
  await expectNoAxeViolations(page, 'the printable minutes in Russian');

  await page.goto(`/series/${cg?.id}/decisions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions of the series' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'CG-5/1' })).toBeVisible();
  await page.getByLabel('Text contains').fill('Khojaly');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decisions found: 1' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'CG-5/3' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'CG-5/1' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the decisions of the series');
});
