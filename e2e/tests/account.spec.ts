import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { linksInMail, openAdminPage, openMailTo, signIn, signOut, submitSignIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

test.describe('looking after one’s account', () => {
  test('a personal access token works until it is revoked', async ({ page, request }) => {
    const admin = demoAccount('agency-admin');
    const tokenName = `Reporting script ${Date.now()}`;
    await signIn(page, admin);
    await page.getByRole('button', { name: /^Account menu: / }).click();
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();

    await page.getByLabel('Token name', { exact: true }).fill(tokenName);
    await page.getByRole('button', { name: 'Create token' }).click();
    const panel = page.getByTestId('new-token');
    const secret = panel.getByRole('textbox', { name: 'Your new token' });
    await expect(secret).toBeFocused();
    const token = await secret.inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expect(panel.getByRole('button', { name: 'Copy token' })).toBeVisible();
    await expectNoAxeViolations(page, 'the account page with a new token');

    // Shown once: after "I have copied it" the secret is nowhere on the page, nor after a reload.
    await panel.getByRole('button', { name: 'I have copied it' }).click();
    await expect(panel).toBeHidden();
    const tokens = page.getByTestId('tokens-table');
    await expect(tokens.getByRole('row').filter({ hasText: tokenName })).toHaveCount(1);
    expect(await page.content()).not.toContain(token);
    await page.reload();
    await expect(tokens.getByRole('row').filter({ hasText: tokenName })).toHaveCount(1);
    expect(await page.content()).not.toContain(token);

    const auth = { headers: { Authorization: `Bearer ${token}` } };
    const before = await request.get('/api/auth/me', auth);
    expect(before.status()).toBe(200);
    expect((await before.json()).account.email).toBe(admin.email);

    await page.getByRole('button', { name: `Revoke the token ${tokenName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(tokens.getByRole('row').filter({ hasText: tokenName })).toHaveCount(0);

    const after = await request.get('/api/auth/me', auth);
    expect(after.status()).toBe(401);
  });

  test('a forgotten password is reset through the mailed link', async ({ page, baseURL }) => {
    // This changes the agency editor's password for the rest of the run: no other test signs in as it.
    const editor = demoAccount('agency-editor');
    const newPassword = `fresh passphrase ${Date.now()}`;

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot password' })).toBeVisible();
    await page.getByLabel('Email', { exact: true }).fill(editor.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect(page.getByRole('status').filter({ hasText: editor.email })).toBeVisible();

    // Without a mail server, the secretariat reads the mail in the outbox.
    await signIn(page, demoAccount('secretariat'));
    await openAdminPage(page, 'Outbox');
    await openMailTo(page, editor.email);
    const links = await linksInMail(page);
    expect(links).toHaveLength(1);
    const link = links[0] ?? '';
    expect(link.startsWith(`${baseURL}/reset-password?token=`), `${link} is a reset link of this app`).toBe(
      true,
    );
    await signOut(page);

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been changed.' }),
    ).toBeVisible();

    await submitSignIn(page, editor.email, editor.password);
    await expect(page.getByTestId('sign-in-error')).toHaveText(
      'The email address or password is not correct.',
    );
    await submitSignIn(page, editor.email, newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByTestId('my-roles')).toBeVisible();
  });
});
