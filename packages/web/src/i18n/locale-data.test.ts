import { describe, expect, it } from 'vitest';
import { hasIntlSubstitute } from './intl';
import { type IntlProbe, lacksLocaleData, loadLocaleData } from './locale-data';

/** A browser that claims every locale but writes English, as Chromium does for Kyrgyz. */
const ENGLISH_ONLY: IntlProbe = {
  DateTimeFormat: class extends Intl.DateTimeFormat {
    constructor(_locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super('en-US', options);
    }
  } as typeof Intl.DateTimeFormat,
  DisplayNames: class extends Intl.DisplayNames {
    constructor(_locales: string | string[], options: Intl.DisplayNamesOptions) {
      super('en-US', options);
    }
  } as typeof Intl.DisplayNames,
};

/** A browser with month names but no country names for any locale. */
const NO_NAMES: IntlProbe = {
  DateTimeFormat: Intl.DateTimeFormat,
  DisplayNames: ENGLISH_ONLY.DisplayNames,
};

describe('lacksLocaleData', () => {
  it('trusts a runtime that writes the names (Node has full ICU)', () => {
    for (const language of ['az', 'kk', 'ky', 'uz', 'tr', 'ru', 'en'])
      expect(lacksLocaleData(language)).toBe(false);
  });

  it('finds the data missing from the output, whatever the runtime claims', () => {
    for (const language of ['az', 'kk', 'ky', 'uz']) {
      expect(lacksLocaleData(language, ENGLISH_ONLY), language).toBe(true);
      expect(lacksLocaleData(language, NO_NAMES), language).toBe(true);
    }
  });

  it('never asks for data for the languages every browser carries', () => {
    for (const language of ['tr', 'ru', 'en']) expect(lacksLocaleData(language, ENGLISH_ONLY)).toBe(false);
  });
});

describe('loadLocaleData', () => {
  it('substitutes FormatJS only for a language the runtime lacks', async () => {
    await loadLocaleData('ru', ENGLISH_ONLY);
    await loadLocaleData('az');
    expect(hasIntlSubstitute('ru')).toBe(false);
    expect(hasIntlSubstitute('az')).toBe(false);
    await loadLocaleData('kk', ENGLISH_ONLY);
    expect(hasIntlSubstitute('kk')).toBe(true);
    expect(hasIntlSubstitute('kk-KZ')).toBe(true);
  });
});
