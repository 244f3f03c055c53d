/** Languages offered for names of records: the interface languages and the other Turkic and regional ones. */
export const NAME_LANGUAGES = [
  'en',
  'az',
  'tr',
  'kk',
  'ky',
  'uz',
  'ru',
  'tk',
  'tt',
  'ba',
  'crh',
  'gag',
  'ug',
  'de',
  'fr',
  'ar',
  'fa',
  'zh',
] as const;

/** The languages a name may be given in: the offered ones, plus `current` when a record already uses another. */
export function nameLanguageCodes(current?: string): string[] {
  const codes: string[] = [...NAME_LANGUAGES];
  return current && !codes.includes(current) ? [current, ...codes] : codes;
}
