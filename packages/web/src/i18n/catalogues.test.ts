import { describe, expect, it } from 'vitest';
import { ENGLISH, FEATURES, fetchCatalogue } from './catalogues';
import { LANGUAGES } from './languages';

// Every language's whole catalogue, as the app merges it (core keys and each feature's file).
const CATALOGUES: Record<string, unknown> = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (l) => [l.code, await fetchCatalogue(l.code)] as const)),
);

/** Words that are the same in every language (brand and technical names). */
const BRANDS = ['Köprü', 'IP'];

/** Keys whose value may equal English: it is only placeholders and punctuation. */
const SAME_AS_ENGLISH_KEYS = new Set(['home.roleInOrganisation']);

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
    }
  } else {
    result.set(prefix, value);
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** The text left after removing placeholders and brand names. */
function wording(text: string): string {
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const brand of BRANDS) rest = rest.replaceAll(brand, ' ');
  return rest;
}

const english = flatten(ENGLISH);

describe('translation catalogues', () => {
  it('cover every interface language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('merge each feature file under its key', () => {
    for (const feature of FEATURES) expect(typeof ENGLISH[feature]).toBe('object');
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    describe(language, () => {
      const entries = flatten(catalogue);

      it('has exactly the keys of English', () => {
        const missing = [...english.keys()].filter((key) => !entries.has(key));
        const extra = [...entries.keys()].filter((key) => !english.has(key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has only non-empty string values', () => {
        const bad = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
        expect(bad.map(([key]) => key)).toEqual([]);
      });

      it('uses the same placeholders as English', () => {
        const differing = [...entries]
          .filter(([key, value]) => {
            const source = english.get(key);
            return typeof source === 'string' && typeof value === 'string';
          })
          .filter(
            ([key, value]) =>
              placeholders(String(value)).join() !== placeholders(String(english.get(key))).join(),
          )
          .map(([key]) => key);
        expect(differing).toEqual([]);
      });

      if (language !== 'en') {
        it('is translated, not copied from English', () => {
          const copied = [...entries]
            .filter(([key, value]) => {
              const source = english.get(key);
              if (typeof value !== 'string' || value !== source || SAME_AS_ENGLISH_KEYS.has(key))
                return false;
              return wording(value).trim().length > 3;
            })
            .map(([key]) => key);
          expect(copied).toEqual([]);
        });
      }

      if (language === 'kk' || language === 'ky') {
        it('is written in Cyrillic', () => {
          const latin = [...entries]
            .filter(([, value]) => typeof value === 'string' && /[A-Za-z\u00C0-\u024F]/.test(wording(value)))
            .map(([key, value]) => `${key}: ${String(value)}`);
          expect(latin).toEqual([]);
        });
      }
    });
  }
});
