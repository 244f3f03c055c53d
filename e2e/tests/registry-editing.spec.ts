import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// YTB's editor edits the records its body curates. Not 'agency-editor': account.spec.ts changes that
// account's password for the rest of the run.
const MUNICH = 'Turkish Community of Munich (demo)';
const AMSTERDAM = 'Turkish Cultural Association Amsterdam (demo)';

/** Opens an organisation's page from the organisation list filtered by its name. */
async function openOrganisation(page: Page, name: string): Promise<void> {
  await page.goto(`/registry/organisations?${new URLSearchParams({ q: name })}`);
  await page.getByTestId('organisations-table').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Chooses the first search result for `text` in the record picker labelled `label`, by keyboard. */
async function pick(page: Page, label: string, text: string, expected: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toContainText(
    expected,
  );
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('group', { name: label })).toContainText(expected);
}

test.describe('editing contacts, relationships and places', () => {
  test('an agency editor adds and removes a contact of an organisation it curates', async ({ page }) => {
    await signIn(page, demoAccount('agency-editor-tr'));
    await openOrganisation(page, MUNICH);
    const contacts = page.getByRole('region', { name: 'Contacts' });
    const form = contacts.getByRole('form', { name: 'Add a contact' });
    // Contacts start owner-only (issue 3: contacts and personal data default to owner-only).
    await expect(form.getByLabel('Visibility')).toHaveValue('owner');
    await expectNoAxeViolations(page, 'an organisation page with its editing controls');

    // The form's own check: an email must look like one.
    await form.getByLabel('Contact details').fill('press at example.org');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(form.getByRole('alert')).toContainText('Some of the values were not accepted.');
    await expect(form.getByLabel('Contact details')).toHaveAttribute('aria-invalid', 'true');

    const email = `press-${Date.now()}@example.org`;
    await form.getByLabel('Contact details').fill(email);
    await form.getByLabel('Label').fill('Press');
    await form.getByLabel('Visibility').selectOption({ label: 'Network members' });
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(contacts.getByRole('status')).toHaveText('The contact has been added.');
    await expect(contacts.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
    await expect(contacts.getByText('Email (Press)')).toBeVisible();
    await expect(form.getByLabel('Contact details')).toHaveValue('');
    const history = page.getByRole('region', { name: 'Change history' });
    await expect(history).toContainText('organisation.contact_added');

    // Removing asks first; cancelling keeps the contact.
    const remove = contacts.getByRole('button', { name: `Remove the contact ${email}` });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Remove this contact?' });
    await expect(dialog).toContainText(MUNICH);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(contacts.getByRole('link', { name: email })).toBeVisible();

    await remove.click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(contacts.getByRole('status')).toHaveText(`The contact “${email}” has been removed.`);
    await expect(contacts.getByRole('link', { name: email })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Contacts' })).toBeFocused();
    await expect(history).toContainText('organisation.contact_removed');
  });

  test('a person’s new contact is owner-only unless the editor chooses more', async ({ page }) => {
    await signIn(page, demoAccount('secretariat'));
    const box = page.getByRole('combobox', { name: 'Search the registry' });
    await box.fill('Zharkynai Galieva');
    await page.getByRole('listbox', { name: 'Search the registry' }).getByRole('option').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Галиева Жаркынай' })).toBeVisible();
    const contacts = page.getByRole('region', { name: 'Contacts' });
    const form = contacts.getByRole('form', { name: 'Add a contact' });
    await expect(form.getByLabel('Visibility')).toHaveValue('owner');
    await form.getByLabel('Kind of contact').selectOption({ label: 'Phone' });
    await form.getByLabel('Contact details').fill('+996 312 000 000');
    await form.getByRole('button', { name: 'Add contact' }).click();
    const phone = contacts.getByRole('link', { name: '+996 312 000 000' });
    await expect(phone).toHaveAttribute('href', 'tel:+996312000000');
    await expect(contacts.locator('dd').filter({ hasText: '+996 312 000 000' })).toContainText('Owner only');

    await contacts.getByRole('button', { name: 'Remove the contact +996 312 000 000' }).click();
    await page
      .getByRole('dialog', { name: 'Remove this contact?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect(phone).toHaveCount(0);
  });

  test('an agency editor links two organisations with a dated relationship and unlinks them', async ({
    page,
  }) => {
    await signIn(page, demoAccount('agency-editor-tr'));
    await openOrganisation(page, MUNICH);
    const section = page.getByRole('region', { name: 'Relationships' });
    const form = section.getByRole('form', { name: 'Add a relationship' });

    await form.getByRole('button', { name: 'Add relationship' }).click();
    await expect(form.getByText('This field is required.')).toBeVisible();

    await form.getByLabel('Relationship').selectOption({ label: 'Partner of' });
    await pick(page, 'Other organisation', 'Turkish Cultural Association Amsterdam', /Amsterdam/);
    await form.getByLabel('From').fill('2019-05-01');
    await form.getByLabel('Note').fill('Joint summer school');
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await expect(section.getByText('The relationship has been added.')).toBeVisible();
    const item = section.getByRole('listitem').filter({ hasText: 'Joint summer school' });
    await expect(item).toContainText('Partner of');
    await expect(item.getByRole('link', { name: AMSTERDAM })).toBeVisible();
    await expect(item).toContainText('2019');

    // The other organisation shows the same link from its side.
    await item.getByRole('link', { name: AMSTERDAM }).click();
    await expect(page.getByRole('heading', { level: 1, name: AMSTERDAM })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Relationships' }).getByRole('link', { name: MUNICH }),
    ).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: MUNICH })).toBeVisible();

    await section.getByRole('button', { name: `Remove the relationship with ${AMSTERDAM}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this relationship?' });
    await expect(dialog).toContainText(`${MUNICH} and ${AMSTERDAM}`);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(section.getByText(`The relationship with ${AMSTERDAM} has been removed.`)).toBeVisible();
    await expect(section.getByRole('link', { name: AMSTERDAM })).toHaveCount(0);
  });

  test('an agency editor records a city with its historical name, then edits it', async ({ page }) => {
    await signIn(page, demoAccount('agency-editor-tr'));
    await page.goto('/registry/places');
    await page.getByRole('link', { name: 'New place' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New place' })).toBeVisible();

    const stamp = Date.now();
    const name = `Testkent ${stamp}`;
    const former = `Старый Тесткент ${stamp}`;
    await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('city');
    const country = page.getByLabel('Country', { exact: true });
    await expect(country.getByRole('option', { name: 'Kyrgyzstan' })).toHaveCount(1);
    await country.selectOption({ label: 'Kyrgyzstan' });
    await pick(page, 'Located in', 'Kyrgyzstan', /Kyrgyz|Кыргыз/);
    await page.getByLabel('Latitude').fill('42,87');
    await page.getByLabel('Longitude').fill('74.59');

    const first = page.getByRole('group', { name: 'Name 1' });
    await first.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add a name' }).click();
    const second = page.getByRole('group', { name: 'Name 2' });
    await second.getByLabel('Name', { exact: true }).fill(former);
    await second.getByLabel('Language').selectOption({ label: 'Russian' });
    await expect(second.getByLabel('Script')).toHaveValue('Cyrl');
    await second.getByLabel('Type of name').selectOption({ label: 'Historical' });
    // Reversed dates are caught before anything is sent.
    await second.getByLabel('Valid from').fill('1991-02-05');
    await second.getByLabel('Valid until').fill('1926-05-10');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(second.getByText('The end date must not be before the start date.')).toBeVisible();
    await expectNoAxeViolations(page, 'the place form with a problem shown');

    await second.getByLabel('Valid from').fill('1926-05-10');
    await second.getByLabel('Valid until').fill('1991-02-05');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/registry\/places\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const names = page.getByRole('table', { name: `Names of ${name}, historical ones included` });
    const historical = names.getByRole('row').filter({ hasText: former });
    await expect(historical).toContainText('Historical');
    await expect(historical).toContainText('1926');
    await expect(historical).toContainText('1991');
    await expect(page.getByRole('link', { name: 'Open the larger place' })).toBeVisible();

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit: ${name}` })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Located in' })).toContainText(/Kyrgyz|Кыргыз/);
    await expect(page.getByLabel('Latitude')).toHaveValue('42.87');
    await expect(page.getByRole('group', { name: 'Name 2' }).getByLabel('Valid until')).toHaveValue(
      '1991-02-05',
    );
    await expectNoAxeViolations(page, 'the place form');

    await page.getByLabel('Time zone').fill('Asia/Frunze');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Time zone')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Time zone').fill('Asia/Bishkek');
    await page
      .getByRole('group', { name: 'Name 1' })
      .getByLabel('Name', { exact: true })
      .fill(`${name} Yeni`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${name} Yeni` })).toBeVisible();
    await expect(page.getByText('Asia/Bishkek')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: former })).toContainText('Historical');
  });

  test('an organisation’s representative edits its contacts only; it sees no other edit control', async ({
    page,
  }) => {
    await signIn(page, demoAccount('org-rep'));
    await openOrganisation(page, MUNICH);
    await expect(page.getByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible();
    await expect(page.getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);

    // Its own organisation: contacts yes, relationships (an editor's matter) no.
    await openOrganisation(page, 'Azerbaijani Cultural Association of Berlin (demo)');
    await expect(page.getByRole('form', { name: 'Add a contact' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Add a relationship' })).toHaveCount(0);

    await page.goto('/registry/places');
    await expect(page.getByRole('heading', { level: 1, name: 'Places and countries' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New place' })).toHaveCount(0);
    await page.getByTestId('places-table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Names' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  });
});
