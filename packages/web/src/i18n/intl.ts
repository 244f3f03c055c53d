/**
 * The one door to `Intl` for language-dependent formatting. Each language uses the browser's own
 * `Intl` unless `locale-data.ts` found the browser without CLDR data for it and registered the
 * FormatJS implementations instead (ADR 0025). Nothing here replaces the global `Intl`.
 */

/** What the app needs of a date formatter (native or FormatJS). */
export interface DateFormatter {
  format(date?: Date | number): string;
  formatToParts(date?: Date | number): Intl.DateTimeFormatPart[];
}

/** Constructors standing in for the browser's, for one language. */
export interface IntlImplementation {
  DateTimeFormat: new (locales: string, options: Intl.DateTimeFormatOptions) => DateFormatter;
  DisplayNames: new (locales: string[], options: Intl.DisplayNamesOptions) => Intl.DisplayNames;
  RelativeTimeFormat: new (
    locales: string,
    options: Intl.RelativeTimeFormatOptions,
  ) => Intl.RelativeTimeFormat;
}

const substitutes = new Map<string, IntlImplementation>();

const primary = (language: string) => language.toLowerCase().split('-')[0] ?? language;

/** From now on, formats `language` with `implementation` rather than the browser's `Intl`. */
export function substituteIntl(language: string, implementation: IntlImplementation): void {
  substitutes.set(primary(language), implementation);
}

/** True when `language` is formatted by a substitute for the browser's `Intl`. */
export function hasIntlSubstitute(language: string): boolean {
  return substitutes.has(primary(language));
}

/**
 * The zone's offset at `date` as `+04:00` (or `UTC`), read from the browser's own time-zone rules, so
 * the FormatJS formatter needs no time-zone database of its own.
 * @throws RangeError when the browser does not know `zone`.
 */
export function offsetAt(zone: string, date: Date | number = Date.now()): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = /[+-]\d{2}:\d{2}/.exec(name ?? '')?.[0];
  return offset ?? '+00:00';
}

const formatters = new Map<string, DateFormatter>();

/**
 * A date formatter for `language`, like `new Intl.DateTimeFormat(language, options)`. With a
 * substitute, each date is formatted in its zone's offset at that instant (the reader's zone when
 * `options.timeZone` is not given), so zone names read as offsets ("GMT+4").
 */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  const Substitute = substitutes.get(primary(language))?.DateTimeFormat;
  if (!Substitute) return new Intl.DateTimeFormat(language, options);
  const zone = options.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const at = (date: Date | number = Date.now()) => {
    const timeZone = offsetAt(zone, date);
    const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Substitute(language, { ...options, timeZone });
      formatters.set(key, formatter);
    }
    return formatter;
  };
  return {
    format: (date) => at(date).format(date),
    formatToParts: (date) => at(date).formatToParts(date),
  };
}

/** Names of languages, scripts or regions, like `new Intl.DisplayNames(locales, options)`. */
export function displayNames(locales: string[], options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  const Substitute = substitutes.get(primary(locales[0] ?? ''))?.DisplayNames;
  return Substitute ? new Substitute(locales, options) : new Intl.DisplayNames(locales, options);
}

/** "in 3 minutes", like `new Intl.RelativeTimeFormat(language, options)`. */
export function relativeTimeFormat(
  language: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  const Substitute = substitutes.get(primary(language))?.RelativeTimeFormat;
  return Substitute ? new Substitute(language, options) : new Intl.RelativeTimeFormat(language, options);
}
