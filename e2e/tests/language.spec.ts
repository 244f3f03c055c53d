import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { catalogue, LANGUAGES, type Language } from '../support/catalogues.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

/** The language select, found by its label in the language the page is in now. */
function languageSelect(page: Page, current: Language) {
  return page.getByRole('combobox', { name: catalogue(current).languageLabel, exact: true });
}

async function currentLanguage(page: Page): Promise<Language> {
  const lang = await page.locator('html').getAttribute('lang');
  const found = LANGUAGES.find((l) => l === lang);
  if (!found) throw new Error(`<html lang="${lang}"> is not an interface language`);
  return found;
}

test.describe('choosing the interface language', () => {
  test('every language can be chosen on the sign-in page', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const heading = page.getByRole('heading', { level: 1 });
    const english = catalogue('en').signInTitle;
    await expect(heading).toHaveText(english);

    let current: Language = 'en';
    for (const language of [...LANGUAGES.filter((l) => l !== 'en'), 'en' as const]) {
      await languageSelect(page, current).selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const expected = catalogue(language).signInTitle;
      await expect(heading).toHaveText(expected);
      if (language !== 'en') expect(expected, `the ${language} sign-in heading`).not.toBe(english);
      current = language;
    }
  });

  test('the choice is remembered after a reload', async ({ page }) => {
    await page.goto('/sign-in');
    await languageSelect(page, 'en').selectOption('tr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('tr').signInTitle);
    await expect(languageSelect(page, 'tr')).toHaveValue('tr');
  });

  test('the Kazakh sign-in page is accessible', async ({ page }) => {
    await page.goto('/sign-in');
    await languageSelect(page, 'en').selectOption('kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('kk').signInTitle);
    await expectNoAxeViolations(page, 'the sign-in page in Kazakh');
  });

  test('a signed-in person’s choice is saved to the profile', async ({ page }) => {
    // An account no other test signs in with, so its saved language cannot leak into them.
    await signIn(page, demoAccount('agency-editor-tr'), { keepLanguage: true });
    const before = await currentLanguage(page);
    const chosen: Language = before === 'ky' ? 'uz' : 'ky';

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH' && r.ok(),
    );
    await languageSelect(page, before).selectOption(chosen);
    await saved;
    await expect(page.locator('html')).toHaveAttribute('lang', chosen);

    // Without this browser's memory of the choice, the profile alone brings it back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', chosen);
    await expect(languageSelect(page, chosen)).toHaveValue(chosen);
    const me = await (await page.request.get('/api/auth/me')).json();
    expect(me.account.locale).toBe(chosen);

    // Put the profile back as it was.
    const restored = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH' && r.ok(),
    );
    await languageSelect(page, chosen).selectOption(before);
    await restored;
  });
});
