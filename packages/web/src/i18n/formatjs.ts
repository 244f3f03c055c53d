import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import { DisplayNames } from '@formatjs/intl-displaynames';
import RelativeTimeFormat from '@formatjs/intl-relativetimeformat';
import type { IntlImplementation } from './intl';

/**
 * The FormatJS implementations of `Intl.DateTimeFormat`, `DisplayNames` and `RelativeTimeFormat`,
 * loaded only for browsers without CLDR data for a language (ADR 0025). They are used as plain
 * classes, never installed as the global `Intl`.
 */

// FormatJS's locale-data files hand their data to `Intl.X.__addLocaleData` when it exists; a static
// property on the native constructors forwards it to the FormatJS class (native behaviour unchanged).
function forwardLocaleData(native: object, add: (...data: never[]) => void): void {
  if (!Object.hasOwn(native, '__addLocaleData'))
    Object.defineProperty(native, '__addLocaleData', { value: add, configurable: true });
}
forwardLocaleData(Intl.DateTimeFormat, DateTimeFormat.__addLocaleData.bind(DateTimeFormat));
forwardLocaleData(Intl.DisplayNames, DisplayNames.__addLocaleData.bind(DisplayNames));
forwardLocaleData(Intl.RelativeTimeFormat, RelativeTimeFormat.__addLocaleData.bind(RelativeTimeFormat));

/** Each language's data, one chunk per file (only the languages browsers lack). */
const LOCALE_DATA: Readonly<Record<string, () => Promise<unknown>>> = {
  az: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/az.js'),
      import('@formatjs/intl-displaynames/locale-data/az.js'),
      import('@formatjs/intl-relativetimeformat/locale-data/az.js'),
    ]),
  kk: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/kk.js'),
      import('@formatjs/intl-displaynames/locale-data/kk.js'),
      import('@formatjs/intl-relativetimeformat/locale-data/kk.js'),
    ]),
  ky: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/ky.js'),
      import('@formatjs/intl-displaynames/locale-data/ky.js'),
      import('@formatjs/intl-relativetimeformat/locale-data/ky.js'),
    ]),
  uz: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/uz.js'),
      import('@formatjs/intl-displaynames/locale-data/uz.js'),
      import('@formatjs/intl-relativetimeformat/locale-data/uz.js'),
    ]),
};

/**
 * Loads `language`'s CLDR data into the FormatJS classes and returns them.
 * @throws Error for a language without bundled data.
 */
export async function formatjsFor(language: string): Promise<IntlImplementation> {
  const load = LOCALE_DATA[language];
  if (!load) throw new Error(`No FormatJS locale data bundled for ${language}`);
  await load();
  // The FormatJS classes type `format` for Temporal values too; the app passes dates and numbers.
  return { DateTimeFormat, DisplayNames, RelativeTimeFormat } as unknown as IntlImplementation;
}
