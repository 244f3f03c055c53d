import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test` with one automatic check: a test fails when any page of its browser context
 * logs a Content Security Policy violation (the SPA must run under the server's strict CSP).
 */
export const test = base.extend<{ noCspViolations: undefined }>({
  noCspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use(undefined);
      expect(violations, 'the page logged Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
