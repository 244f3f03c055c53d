/** Communities a diaspora organisation may serve, as language codes (named with `Intl.DisplayNames`). */
export const COMMUNITIES = [
  'az',
  'tr',
  'kk',
  'ky',
  'uz',
  'tk',
  'tt',
  'ba',
  'crh',
  'gag',
  'ug',
  'cv',
  'sah',
] as const;
