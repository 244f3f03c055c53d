import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// The joint action plan of 2019 from the demo: the Azerbaijani State Committee's admin (responsible
// for the training in the USA) posts a progress update on that item, sees the item and its parent
// roll up on the plan's tree and the update in the committee's 2019 report; the training in Europe
// (the Turkish YTB's) offers the committee no update form.

const STAMP = String(Date.now()).slice(-6);
const UPDATE = `The training in the USA was prepared with the diaspora organisations (${STAMP}).`;

interface ApiItem {
  id: string;
  parentId: string | null;
  code: string;
  progress: number;
  progressMode: 'manual' | 'rollup';
  weight: number;
}

/** The progress a row of the tree shows for an item (the `<progress>` named after its code). */
async function shownProgress(scope: Locator, code: string): Promise<number> {
  const bar = scope.getByRole('progressbar', { name: `Progress of item ${code}`, exact: true });
  return Number(await bar.getAttribute('value'));
}

/** The plan's items through the API (as the page reads them), for the expected roll-up. */
async function planItems(page: Page, planId: string): Promise<ApiItem[]> {
  const response = await page.request.get(`/api/plans/${planId}/items?limit=1000`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: ApiItem[] }).items;
}

test('a responsible body posts progress, sees the plan roll up and its yearly report', async ({ page }) => {
  test.setTimeout(90_000);
  // The committee's admin, not 'agency-editor': account.spec.ts changes that account's password.
  await signIn(page, demoAccount('agency-admin'));

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Action plan' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  await page.getByTestId('plans-table').getByRole('link', { name: /2019/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /2019/ })).toBeVisible();
  const planId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // "My items" comes first and holds the training in the USA.
  const mine = page.getByTestId('my-items');
  await expect(page.getByRole('heading', { level: 2, name: 'My items' })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('My items')).toBeLessThan(headings.indexOf('All items'));
  const usaRow = mine.locator('[data-testid^="plan-item-"]').filter({ hasText: /USA/ }).first();
  await expect(usaRow).toBeVisible();
  const code = ((await usaRow.getAttribute('data-testid')) ?? '').replace('plan-item-', '');
  const parentCode = code.split('.').slice(0, -1).join('.');
  expect(parentCode, 'the USA training sits under a parent item').not.toBe('');
  await expectNoAxeViolations(page, 'the plan page');

  // The expected roll-up of the parent once the USA item is at the new progress.
  const items = await planItems(page, planId);
  const usa = items.find((i) => i.code === code);
  const parent = items.find((i) => i.code === parentCode);
  if (!usa || !parent) throw new Error('the plan lacks the USA item or its parent');
  const target = usa.progress === 60 ? 70 : 60;
  expect(parent.progressMode, 'the parent rolls its children up').toBe('rollup');
  const siblings = items.filter((i) => i.parentId === parent.id);
  const weight = siblings.reduce((sum, i) => sum + i.weight, 0);
  const expectedParent = Math.round(
    siblings.reduce((sum, i) => sum + (i.id === usa.id ? target : i.progress) * i.weight, 0) / weight,
  );
  expect(expectedParent, 'the update changes the parent’s roll-up').not.toBe(parent.progress);
  expect(await shownProgress(page.getByTestId('plan-tree'), parentCode)).toBe(parent.progress);

  // The item page: post the update by keyboard-reachable controls.
  await usaRow.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /USA/ })).toBeVisible();
  const form = page.getByRole('form', { name: 'Post a progress update' });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page, 'the item page');
  await form.getByLabel('Date').fill('2019-06-05');
  await form.getByLabel('New progress (%)').fill(String(target));
  await form.getByLabel('Status').selectOption({ label: 'In progress' });
  await form.getByLabel('What was done (English)').fill(UPDATE);
  await form.getByRole('button', { name: 'Post the update' }).click();
  await expect(page.getByText('The progress update has been posted.')).toBeVisible();
  await expect(page.getByTestId('item-progress')).toContainText(`${target} %`);
  await expect(page.getByTestId('progress-updates').getByRole('listitem').first()).toContainText(UPDATE);

  // Back on the plan's tree: the item and its parent have rolled up.
  await page
    .getByRole('navigation', { name: 'Where this item belongs' })
    .getByRole('link', { name: /2019/ })
    .click();
  const tree = page.getByTestId('plan-tree');
  await expect(
    tree.getByRole('progressbar', { name: `Progress of item ${code}`, exact: true }),
  ).toHaveAttribute('value', String(target));
  await expect(
    tree.getByRole('progressbar', { name: `Progress of item ${parentCode}`, exact: true }),
  ).toHaveAttribute('value', String(expectedParent));
  // The parent's sub-items fold and unfold by keyboard.
  const toggle = tree.getByRole('button', {
    name: new RegExp(`^Sub-items of ${parentCode.replaceAll('.', '\\.')} \\(`),
  });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(tree.getByTestId(`plan-item-${code}`)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByTestId(`plan-item-${code}`)).toBeVisible();

  // The committee's report of 2019 shows the update.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await page.getByLabel('Year').selectOption('2019');
  await expect(page.getByRole('radio', { name: 'An organisation' })).toBeChecked();
  await page.getByRole('button', { name: 'Open the report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /report for 2019/ })).toBeVisible();
  await expect(page.getByTestId('report-items')).toContainText(UPDATE);
  await expect(page.getByRole('img', { name: /Events per month in 2019/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the organisation report');

  // The training in Europe is the Turkish YTB's: no update form for the committee.
  await page.goto(`/plans/${planId}`);
  const europe = page
    .getByTestId('plan-tree')
    .locator('[data-testid^="plan-item-"]')
    .filter({ hasText: /Europe/ });
  await europe.first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Europe/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Progress updates' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Post a progress update' })).toHaveCount(0);
});
