import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

test.describe('finding people and organisations in the registry', () => {
  test('a Latin spelling typed in the header finds the Kyrgyz Cyrillic record', async ({ page }) => {
    await signIn(page, demoAccount('secretariat'));
    const box = page.getByRole('combobox', { name: 'Search the registry' });
    await box.fill('Zharkynai Galieva');
    const listbox = page.getByRole('listbox', { name: 'Search the registry' });
    const option = listbox.getByRole('option').filter({ hasText: 'Галиева Жаркынай' });
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');

    // Keyboard only: the first option is highlighted by ArrowDown and opened by Enter.
    await box.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`)).toContainText('Галиева Жаркынай');
    await box.press('Enter');
    await page.waitForURL(/\/registry\/people\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Галиева Жаркынай' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Galieva Jarkhinay' })).toBeVisible();
    await expect(page).toHaveTitle('Галиева Жаркынай · Köprü');
    await expectNoAxeViolations(page, 'a person’s record page');

    // Escape closes the list; Enter without a highlighted option opens the full results page.
    // (The server matches whole names for now: a surname alone finds nothing, so the full name is typed.)
    await box.fill('Galieva Zharkynai');
    await expect(listbox).toBeVisible();
    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/search' && url.searchParams.get('q') === 'Galieva Zharkynai',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(
      page.getByTestId('search-results').getByRole('link', { name: /Галиева Жаркынай/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the search results page');
  });

  test('the organisation list filters by country in the URL and opens a record', async ({ page }) => {
    await signIn(page, demoAccount('agency-admin'));
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Registry' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registry' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Registry sections' })
      .getByRole('link', { name: 'Organisations' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

    const country = page.getByLabel('Country', { exact: true });
    await expect(country.getByRole('option', { name: 'Poland' })).toHaveCount(1);
    await country.selectOption({ label: 'Poland' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'PL');
    const table = page.getByTestId('organisations-table');
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toContainText('Poland');
    for (const row of await rows.all()) await expect(row).toContainText('Poland');
    await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/exports/organisations.csv?country=PL',
    );
    await expectNoAxeViolations(page, 'the organisation list filtered by country');

    // The filter survives a reload, because it lives in the address.
    await page.reload();
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('PL');

    const link = rows.first().getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Names' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Change history' })).toBeVisible();
    await expectNoAxeViolations(page, 'an organisation’s record page');
  });

  test('administrators reach the accounts they manage from the navigation', async ({ page }) => {
    await signIn(page, demoAccount('secretariat'));
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Accounts' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    await expect(page.getByTestId('accounts-table').locator('tbody tr').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the accounts administration');
  });

  test('an editor checks a people file, decides on a likely duplicate and commits', async ({ page }) => {
    // Not 'agency-editor': account.spec.ts changes that account's password for the rest of the run.
    await signIn(page, demoAccount('agency-editor-tr'));
    await page.goto('/registry/people');
    await page
      .getByRole('navigation', { name: 'Registry sections' })
      .getByRole('link', { name: 'Import' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
    await page.getByRole('radio', { name: 'People' }).check();
    const csv = `full_name;other_names;country\nGalieva Zharkynai;;KG\nAigerim Testova ${Date.now()};;KZ\n`;
    await page.getByLabel(/^Spreadsheet file/).setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.getByTestId('import-report');
    const duplicate = report.getByRole('row').filter({ hasText: 'Likely duplicate' });
    await expect(duplicate).toHaveCount(1);
    await expect(duplicate.getByRole('link', { name: 'Галиева Жаркынай' })).toBeVisible();
    await expect(
      report.locator('tbody tr').filter({ has: page.getByText('New', { exact: true }) }),
    ).toHaveCount(1);
    await expectNoAxeViolations(page, 'the import report');

    await duplicate.getByRole('radio', { name: 'Skip' }).check();
    await page.getByRole('button', { name: 'Commit the import' }).click();
    await expect(page.getByText('The import has been written.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Import result' })).toBeVisible();
  });
});
