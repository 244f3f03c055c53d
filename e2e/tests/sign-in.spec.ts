import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn, signOut, submitSignIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

test.describe('signing in and out', () => {
  test('a wrong password is refused with an error message', async ({ page }) => {
    const secretariat = demoAccount('secretariat');
    await page.goto('/sign-in');
    await submitSignIn(page, secretariat.email, `${secretariat.password}-wrong`);

    const error = page.getByTestId('sign-in-error');
    await expect(error).toHaveText('The email address or password is not correct.');
    await expect(page.getByRole('alert')).toContainText('The email address or password is not correct.');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('the secretariat signs in, sees its name and roles, and signs out', async ({ page }) => {
    const secretariat = demoAccount('secretariat');
    await page.goto('/sign-in');
    await expectNoAxeViolations(page, 'the sign-in page');

    const name = await signIn(page, secretariat);
    await expect(page).toHaveURL(/\/$/);
    expect(name).not.toBe('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${name}`);
    await expect(page.getByRole('button', { name: `Account menu: ${name}` })).toBeVisible();
    await expect(page.getByTestId('my-roles')).toContainText('Secretariat');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const link of ['Invitations', 'Outbox', 'Audit log']) {
      await expect(nav.getByRole('link', { name: link, exact: true })).toBeVisible();
    }
    await expectNoAxeViolations(page, 'the home page');

    await signOut(page);
    // The session is gone for real: the home page sends the visitor back to sign in.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  });

  test('signing out says so and does not offer to return to the page left', async ({ page }) => {
    await signIn(page, demoAccount('secretariat'));
    await page.getByRole('button', { name: /^Account menu: / }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    await expect(page.getByRole('status').filter({ hasText: 'You have been signed out.' })).toBeVisible({
      timeout: 3_000,
    });
    expect(new URL(page.url()).search).toBe('');
  });

  test('a protected page sends the visitor to sign in and back again', async ({ page }) => {
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);

    await submitSignIn(page, demoAccount('secretariat').email, demoAccount('secretariat').password);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  });

  test('a next address on another site is not followed', async ({ page, baseURL }) => {
    await page.goto('/sign-in?next=//evil.example');
    await submitSignIn(page, demoAccount('secretariat').email, demoAccount('secretariat').password);

    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test('signing in works with the keyboard alone', async ({ page }) => {
    const secretariat = demoAccount('secretariat');
    await page.goto('/sign-in');
    const email = page.getByLabel('Email', { exact: true });
    const password = page.getByLabel('Password', { exact: true });

    // Tab through the header (skip link, home link, language, sign-in link) to the first field.
    const emailFocused = () => email.evaluate((el) => el === document.activeElement);
    for (let presses = 0; presses < 10 && !(await emailFocused()); presses++)
      await page.keyboard.press('Tab');
    await expect(email).toBeFocused();
    await page.keyboard.type(secretariat.email);
    await page.keyboard.press('Tab');
    await expect(password).toBeFocused();
    await page.keyboard.type(secretariat.password);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  });
});
