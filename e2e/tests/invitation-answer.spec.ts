import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// The invited person answers their own invitation on the event page. The demo's org-rep account is
// the registry person "Aysel Nəsibli" (the demo loader links them); the Azerbaijani committee's
// admin invites her to a meeting through the API, she signs in, opens the event and accepts.

const STAMP = String(Date.now()).slice(-6);
const TITLE = `Invitation answer test meeting ${STAMP}`;
const PERSON = 'Aysel Nəsibli';

/** Sends a JSON write with the Origin header the server's CSRF check wants; expects `status`. */
async function write(page: Page, url: string, data: object, status: number) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(url, { method: 'POST', headers: { Origin: origin }, data });
  const body = (await response.json()) as Record<string, unknown>;
  expect(response.status(), JSON.stringify(body)).toBe(status);
  return body;
}

test('the invited person accepts their invitation on the event page', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // Set-up as the committee's admin (not 'agency-editor': account.spec.ts changes its password).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demoAccount('agency-admin'));
  const found = await admin.request.get(`/api/people?q=${encodeURIComponent(PERSON)}`);
  const people = (await found.json()) as { items: { id: string; name: string }[] };
  const person = people.items.find((p) => p.name === PERSON);
  expect(person, JSON.stringify(people)).toBeDefined();
  const event = await write(
    admin,
    '/api/events',
    {
      kind: 'meeting',
      title: { en: TITLE },
      startDate: '2019-03-14',
      endDate: '2019-03-14',
      timeZone: 'Asia/Baku',
      visibility: 'public',
    },
    201,
  );
  const eventUrl = `/api/events/${String(event.id)}`;
  const participant = await write(admin, `${eventUrl}/participants`, { personId: person?.id }, 201);
  await write(admin, `${eventUrl}/participants/${String(participant.id)}/invitation`, {}, 200);
  await adminContext.close();

  // The invited person signs in and answers.
  await signIn(page, demoAccount('org-rep'));
  await page.goto(`/events/${String(event.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const panel = page.getByRole('region', { name: 'You are invited' });
  await expect(panel).toContainText('You have not answered yet.');
  const accept = panel.getByRole('button', { name: 'Accept' });
  await expect(accept).toHaveAttribute('aria-pressed', 'false');
  // By keyboard: focus the button and press Enter.
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Your answer has been recorded. You have accepted.');
  await expect(accept).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toContainText(/You have accepted\. Answered on /);
  await expect(
    page.getByTestId('participants-table').getByRole('row', { name: new RegExp(PERSON) }),
  ).toContainText('Accepted');
  await expectNoAxeViolations(page, 'the event page with the invitation answered');

  // The answer holds after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'You are invited' })).toContainText('You have accepted.');
});
