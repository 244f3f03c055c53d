import { detectScript, type LatinSystem, toLatin } from '@kopru/turkic';
import type { PersonName } from '../registry/registry.table.ts';

// The holder's name on a certificate (ADR 0023): in their own script (the primary name) and in
// Latin — a stored Latin spelling when the registry has one (the primary first, then passport and
// Latin sources), else the own-script name transliterated by its language's passport convention.

const LATIN_OF: Record<string, LatinSystem> = {
  kk: 'kk-passport',
  ky: 'ky-bgn',
  uz: 'uz',
  ru: 'ru-mvd-1997',
  az: 'az-passport',
  tk: 'tk',
};
const SOURCE_RANK: Record<string, number> = {
  passport: 0,
  latin: 1,
  native: 2,
  press: 3,
  other: 4,
  ru_cyrillic: 5,
};

/**
 * The name in the holder's own script and its Latin form.
 * @example holderNames([{ full_name: 'Айгүл Серікқызы', script: 'Cyrl', lang: 'kk', … }])
 *   // { name: 'Айгүл Серікқызы', latinName: 'Aigul Serikkyzy' }
 */
export function holderNames(names: readonly PersonName[]): { name: string; latinName: string } {
  const own = names.find((n) => n.is_primary) ?? names[0];
  if (!own) return { name: '', latinName: '' };
  const latin = names
    .filter((n) => n.script === 'Latn' || (n.script !== 'Cyrl' && detectScript(n.full_name) === 'Latn'))
    .sort(
      (a, b) =>
        Number(b.is_primary) - Number(a.is_primary) || SOURCE_RANK[a.source]! - SOURCE_RANK[b.source]!,
    )[0];
  if (latin) return { name: own.full_name, latinName: latin.full_name };
  if (detectScript(own.full_name) !== 'Cyrl') return { name: own.full_name, latinName: own.full_name };
  const system = LATIN_OF[own.lang ?? ''] ?? 'icao';
  return { name: own.full_name, latinName: toLatin(own.full_name, system) };
}
