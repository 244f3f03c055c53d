import { expect, test } from '../support/test.ts';

// Debian's Chromium has no CLDR month names for Kazakh or Azerbaijani ("2019 M02 08"); the app then
// brings its own (ADR 0025). One page load per language: the calendar month of the demo meetings.
const CASES = [
  { language: 'kk', month: /ақпан/i, may: 'мамыр' },
  { language: 'az', month: /fevral/i, may: 'may' },
] as const;

for (const { language, month, may } of CASES) {
  test(`the calendar names months and weekdays in ${language} whatever the browser carries`, async ({
    page,
  }) => {
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.addInitScript((code) => localStorage.setItem('kopru.language', code), language);
    await page.goto('/meetings?month=2019-02');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const calendar = page.getByTestId('calendar-month');
    await expect(calendar.locator('caption')).toContainText(month);
    await expect(calendar.locator('caption')).not.toContainText(/M02|February/);
    await expect(calendar.locator('thead th').first()).not.toHaveText('Mon');
    // FormatJS is fetched exactly when the browser's own Intl cannot name the month.
    const browserLacksData = await page.evaluate(
      ([code, name]) =>
        new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long', timeZone: 'UTC' })
          .formatToParts(Date.UTC(2019, 4, 21))
          .find((part) => part.type === 'month')?.value !== name,
      [language, may] as const,
    );
    expect(paths.some((path) => path.includes('/assets/formatjs-'))).toBe(browserLacksData);
  });
}
