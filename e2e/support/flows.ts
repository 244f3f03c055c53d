import type { Page } from '@playwright/test';
import type { DemoAccount } from './demo-accounts.ts';
import { expect } from './test.ts';

/** Fills and submits the sign-in form on the current page (which must be `/sign-in`). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs in through the sign-in page and waits for the home page. The account's profile may switch the
 * interface to another language; unless `keepLanguage` is set, the profile is put back to English so
 * that the test can find things by their English names. Returns the account's display name.
 */
export async function signIn(
  page: Page,
  account: Pick<DemoAccount, 'email' | 'password'>,
  options: { keepLanguage?: boolean } = {},
): Promise<string> {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await submitSignIn(page, account.email, account.password);
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByTestId('my-roles')).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(200);
  const { account: profile } = (await me.json()) as { account: { displayName: string; locale: string } };
  if (!options.keepLanguage && profile.locale !== 'en') {
    const origin = new URL(page.url()).origin;
    const saved = await page.request.patch('/api/auth/me', {
      headers: { Origin: origin },
      data: { locale: 'en' },
    });
    expect(saved.status()).toBe(200);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  return profile.displayName;
}

/** Signs out through the account menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /^Account menu: / });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // Only the path is checked: see the known sign-out bug in sign-in.spec.ts.
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** Opens an admin page through its link in the main navigation. */
export async function openAdminPage(page: Page, link: 'Invitations' | 'Outbox' | 'Audit log'): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
}

/** As the secretariat, on the outbox page: opens the newest mail to `recipient`. */
export async function openMailTo(page: Page, recipient: string): Promise<void> {
  const row = page.getByTestId('outbox-table').getByRole('row').filter({ hasText: recipient }).first();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Mail: / })).toBeVisible();
}

/** The addresses of the links in the body of the mail shown on the current outbox detail page. */
export async function linksInMail(page: Page): Promise<string[]> {
  const body = page.getByTestId('mail-body');
  await expect(body).toBeVisible();
  const links = await body.getByRole('link').all();
  return Promise.all(links.map(async (link) => (await link.getAttribute('href')) ?? ''));
}
