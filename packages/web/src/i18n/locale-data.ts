import { substituteIntl } from './intl';

/**
 * What a browser with CLDR data for a language writes for 21 May 2019 (the month in a day's
 * context) and for Kazakhstan. Browsers without the data write "M05" or "May" and "Kazakhstan",
 * while still claiming the locale in `supportedLocalesOf`, so only the output can be trusted.
 */
const PROBES: Readonly<Record<string, { month: string; region: string }>> = {
  az: { month: 'may', region: 'Qazaxıstan' },
  kk: { month: 'мамыр', region: 'Қазақстан' },
  ky: { month: 'май', region: 'Казакстан' },
  uz: { month: 'may', region: 'Qozogʻiston' },
};

/** The `Intl` constructors the probe needs, so tests can pass a browser's stand-in. */
export type IntlProbe = Pick<typeof Intl, 'DateTimeFormat' | 'DisplayNames'>;

/**
 * True when `intl` cannot write `language`'s month or country names (its CLDR data is missing);
 * false for languages every browser carries (en, ru, tr) and for those it writes correctly.
 */
export function lacksLocaleData(language: string, intl: IntlProbe = Intl): boolean {
  const probe = PROBES[language];
  if (!probe) return false;
  try {
    const month = new intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' })
      .formatToParts(Date.UTC(2019, 4, 21))
      .find((p) => p.type === 'month')?.value;
    const region = new intl.DisplayNames([language], { type: 'region' }).of('KZ');
    return month !== probe.month || region !== probe.region;
  } catch {
    return true;
  }
}

/**
 * Makes sure `language` formats dates, relative times and names correctly: when the browser lacks
 * its data, fetches the FormatJS implementations and that language's data (own chunks of the
 * build) and routes the formatting layer to them. Resolves once done; never rejects (on a failed
 * fetch the browser's own formatting stays).
 */
export async function loadLocaleData(language: string, intl: IntlProbe = Intl): Promise<void> {
  if (!lacksLocaleData(language, intl)) return;
  try {
    const { formatjsFor } = await import('./formatjs');
    substituteIntl(language, await formatjsFor(language));
  } catch {
    // Offline or a new deployment: the browser's formatting, wrong names included, until a reload.
  }
}
