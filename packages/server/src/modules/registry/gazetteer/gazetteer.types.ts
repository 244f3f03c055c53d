import type { PlaceKind } from '../registry.table.ts';

/** The languages of the web app's interface: every country is named in each of them. */
export type UiLanguage = 'en' | 'az' | 'tr' | 'kk' | 'ky' | 'uz' | 'ru';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru'];

export type PlaceNameType = 'official' | 'short' | 'historical' | 'foreign' | 'alias';
export type OtsStatus = 'member' | 'observer' | 'none';

/**
 * One name of a place. `lang` is a BCP 47 tag: `uz` is Uzbek in Latin script (the official one),
 * `uz-Cyrl` Uzbek in Cyrillic; `kk` and `ky` are Cyrillic. The script column is derived from the
 * text when seeding.
 *
 * Name types: `official` is the standard name in that language; `short` a short form; `historical`
 * a former name (with the dates it was in use, where known); `foreign` an exonym or a romanisation
 * of another language's form that is still in use beside the official one (Ust-Kamenogorsk for
 * Өскемен); `alias` any other current spelling.
 */
export interface GazetteerName {
  readonly lang: string;
  readonly name: string;
  readonly type?: PlaceNameType;
  /** `YYYY-MM-DD`; a date known only to the year is stored as 1 January of that year. */
  readonly from?: string;
  readonly to?: string;
}

/** A place of the reference gazetteer, keyed by a stable slug (`country-az`, `city-kz-oskemen`). */
export interface GazetteerPlace {
  readonly slug: string;
  readonly kind: Extract<PlaceKind, 'country' | 'region' | 'city'>;
  /** ISO 3166-1 alpha-2; null for a place with no ISO code (the TRNC and its cities). */
  readonly countryCode: string | null;
  /** Slug of the enclosing place, listed earlier. */
  readonly parent?: string;
  readonly otsStatus?: OtsStatus;
  readonly latitude?: number;
  readonly longitude?: number;
  /** IANA time zone (of the capital, for a country). */
  readonly timeZone: string;
  readonly names: readonly GazetteerName[];
  /** Why a record looks the way it does, where that is not obvious. */
  readonly note?: string;
}
