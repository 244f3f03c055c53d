import { expectNoAxeViolations } from '../support/axe.ts';
import { AZ_AGENCY, demoAccount } from '../support/demo-accounts.ts';
import { linksInMail, openAdminPage, openMailTo, signIn, signOut } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

test('the secretariat invites an agency editor, who accepts through the mailed link', async ({
  page,
  baseURL,
}) => {
  const secretariat = demoAccount('secretariat');
  const invitee = `new.editor.${Date.now()}@example.org`;
  const displayName = 'Nigar Həsənova';
  const password = 'a long and new passphrase';

  // The secretariat sends the invitation.
  await signIn(page, secretariat);
  await openAdminPage(page, 'Invitations');
  const form = page.getByRole('form', { name: 'Invite a person' });
  const organisation = form.getByLabel('Organisation', { exact: true });
  const agencyOption = organisation.locator('option', { hasText: AZ_AGENCY });
  await expect(agencyOption).toHaveCount(1);
  await expectNoAxeViolations(page, 'the invitations page');

  await form.getByLabel('Email', { exact: true }).fill(invitee);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Agency editor' });
  await organisation.selectOption((await agencyOption.getAttribute('value')) ?? '');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(form.getByRole('status')).toHaveText(`An invitation has been sent to ${invitee}.`);
  const invitationRow = page.getByTestId('invitations-table').getByRole('row').filter({ hasText: invitee });
  await expect(invitationRow).toContainText('Agency editor');
  await expect(invitationRow).toContainText(AZ_AGENCY);
  await expect(invitationRow).toContainText('Pending');

  // The mail waits in the outbox; its link leads to the public address of the app.
  await openAdminPage(page, 'Outbox');
  await expect(page.getByTestId('outbox-table').getByRole('row').filter({ hasText: invitee })).toHaveCount(1);
  await expectNoAxeViolations(page, 'the outbox');
  await openMailTo(page, invitee);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mail: Invitation to Köprü');
  await expectNoAxeViolations(page, 'an outbox message');
  const links = await linksInMail(page);
  expect(links).toHaveLength(1);
  const link = links[0] ?? '';
  expect(link.startsWith(`${baseURL}/invitations/`), `${link} starts with the public URL`).toBe(true);
  await signOut(page);

  // The invitee opens the link and creates the account.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Accept the invitation' })).toBeVisible();
  const summary = page.getByTestId('invitation-summary');
  await expect(summary).toContainText(invitee);
  await expect(summary).toContainText(AZ_AGENCY);
  await expect(summary).toContainText('Agency editor');
  await expectNoAxeViolations(page, 'the invitation page');

  await page.getByLabel('Display name', { exact: true }).fill(displayName);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${displayName}`);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.getByRole('button', { name: `Account menu: ${displayName}` })).toBeVisible();
  await expect(page.getByTestId('my-roles')).toContainText(/agency editor/i);
  await expect(page.getByTestId('my-roles')).toContainText(AZ_AGENCY);
  await signOut(page);

  // The audit log records the acceptance and the role it granted, both done by the new account.
  await signIn(page, secretariat);
  await openAdminPage(page, 'Audit log');
  const entries = page.getByTestId('audit-table').locator('tbody tr');
  for (const action of ['invitation.accepted', 'role.granted']) {
    await page.getByLabel('Action', { exact: true }).fill(action);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]action=${action.replace('.', '\\.')}(&|$)`));
    // Every entry shown has the action (third column), and one of them is the new account's.
    await expect(entries.locator('td:nth-child(3)').filter({ hasNotText: action })).toHaveCount(0);
    await expect(entries.filter({ hasText: invitee })).toHaveCount(1);
  }
  await expectNoAxeViolations(page, 'the audit log');
});
