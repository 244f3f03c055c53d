/**
 * Table-driven transliteration between Cyrillic and Latin. The engine reads the source left to right,
 * takes the longest rule whose context matches, and carries the case of the source over to the output.
 */
import {
  BACK_VOWELS,
  type LetterTable,
  type Rule,
  type RuleContext,
  TO_CYRILLIC,
  TO_LATIN,
  VOWELS,
} from './alphabets.ts';
import { lowerCase, upperCase } from './folding.ts';

/** Romanisation systems for Cyrillic → Latin (see README.md for each source). */
export type LatinSystem = keyof typeof TO_LATIN;
/** Systems with an official Latin → Cyrillic direction. */
export type CyrillicSystem = keyof typeof TO_CYRILLIC;

interface CompiledTable {
  /** Rules grouped by their first letter, longest and context-bound first. */
  readonly byFirst: ReadonlyMap<string, readonly Rule[]>;
  readonly sourceLocale: string | undefined;
  readonly targetLocale: string | undefined;
}

const compiled = new WeakMap<LetterTable, CompiledTable>();

function compile(table: LetterTable): CompiledTable {
  const cached = compiled.get(table);
  if (cached) return cached;
  const unique = new Map<string, Rule>();
  for (const rule of table.rules) unique.set(`${rule[0]}|${rule[2] ?? ''}`, rule);
  const byFirst = new Map<string, Rule[]>();
  for (const rule of unique.values()) {
    const first = rule[0][0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), rule]);
  }
  for (const rules of byFirst.values()) {
    rules.sort(
      (a, b) => b[0].length - a[0].length || Number(b[2] !== undefined) - Number(a[2] !== undefined),
    );
  }
  const result: CompiledTable = {
    byFirst,
    sourceLocale: table.sourceTurkic ? 'tr' : undefined,
    targetLocale: table.targetTurkic ? 'tr' : undefined,
  };
  compiled.set(table, result);
  return result;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);

function contextHolds(when: RuleContext, prev: string | undefined, next: string | undefined): boolean {
  switch (when) {
    case 'wordStart':
      return !isLetter(prev);
    case 'initial':
      return !isLetter(prev) || isVowel(prev) || prev === 'ь' || prev === 'ъ';
    case 'afterVowel':
      return isVowel(prev);
    case 'beforeBack':
      return next !== undefined && BACK_VOWELS.has(next);
    case 'beforeConsonantOrEnd':
      return !isVowel(next);
    case 'umlaut':
      return isLetter(next) && !isVowel(next) && next !== 'v' && next !== 'w';
  }
}

function findRule(table: CompiledTable, low: readonly string[], at: number): Rule | undefined {
  const candidates = table.byFirst.get(low[at] ?? '') ?? [];
  for (const rule of candidates) {
    const [from, , when] = rule;
    if (from.length > 1 && low.slice(at, at + from.length).join('') !== from) continue;
    if (when && !contextHolds(when, low[at - 1], low[at + from.length])) continue;
    return rule;
  }
  return undefined;
}

const isUpperAt = (src: readonly string[], low: readonly string[], at: number): boolean =>
  isLetter(low[at]) && src[at] !== low[at];

/** Carries the case of the source letters over: ЖОЛУ → ZHOLU, Жолу → Zholu. */
function applyCase(
  target: string,
  locale: string | undefined,
  src: readonly string[],
  low: readonly string[],
  at: number,
  length: number,
) {
  if (target === '' || !isUpperAt(src, low, at)) return target;
  const wordUpper =
    isUpperAt(src, low, at + length) ||
    isUpperAt(src, low, at - 1) ||
    (length > 1 && isUpperAt(src, low, at + 1));
  if (wordUpper) return upperCase(target, locale);
  const [first = '', ...rest] = [...target];
  return upperCase(first, locale) + rest.join('');
}

/** Lower-cased single characters by locale: `lowerCase` normalises and runs regexes per call. */
const lowerLetters = new Map<string | undefined, Map<string, string>>();

/** One character lower-cased by the locale's rules, or itself when lower-casing would lengthen it. */
function lowerLetter(ch: string, locale: string | undefined): string {
  let cache = lowerLetters.get(locale);
  if (!cache) {
    cache = new Map();
    lowerLetters.set(locale, cache);
  }
  let lowered = cache.get(ch);
  if (lowered === undefined) {
    const l = lowerCase(ch, locale);
    lowered = [...l].length === 1 ? l : ch;
    if (cache.size < 10_000) cache.set(ch, lowered);
  }
  return lowered;
}

/**
 * Rewrites text with a letter table. Letters without a rule pass through unchanged.
 * Internal engine shared by transliteration and match keys.
 * @example applyTable('Ақтөбе', TO_LATIN['kk-2021']) // 'Aqtöbe'
 */
export function applyTable(text: string, table: LetterTable): string {
  const compiledTable = compile(table);
  const src = [...text.normalize('NFC')];
  const low = src.map((ch) => lowerLetter(ch, compiledTable.sourceLocale));
  let out = '';
  for (let at = 0; at < low.length; ) {
    const rule = findRule(compiledTable, low, at);
    if (!rule) {
      out += src[at];
      at += 1;
      continue;
    }
    out += applyCase(rule[1], compiledTable.targetLocale, src, low, at, rule[0].length);
    at += rule[0].length;
  }
  return out;
}

/**
 * Transliterates Cyrillic to Latin with a named system; letters the system does not cover pass through.
 * Systems: `kk-2021` (Kazakh Latin 2021), `kk-bgn`, `kk-passport` (KZ ICAO/English practice), `ky-bgn`,
 * `icao` (ICAO 9303 = Russian passports since 2017), `ru-bgn`, `ru-mvd-1997`, `uz`, `tt-zamanalif`,
 * `az`, `tk`, and `az-passport` (Azerbaijani in either script → English letters, decision 498/2020).
 * @example toLatin('Мейрам Иманбаев', 'kk-passport') // 'Meiram Imanbayev'
 * @example toLatin('Ақтөбе', 'kk-2021') // 'Aqtöbe'
 * @example toLatin('Rəşad Hacıyev', 'az-passport') // 'Rashad Hajiyev'
 */
export function toLatin(text: string, system: LatinSystem): string {
  return applyTable(text, TO_LATIN[system]);
}

/**
 * Transliterates Latin to Cyrillic where the script has an official correspondence:
 * `uz` (Uzbek), `kk-2021` (Kazakh), `az` (Azerbaijani 1958–1991 Cyrillic), `tk` (Turkmen).
 * @example toCyrillic('Nodira Yoʻldosheva', 'uz') // 'Нодира Йўлдошева'
 */
export function toCyrillic(text: string, system: CyrillicSystem): string {
  return applyTable(text, TO_CYRILLIC[system]);
}

/** Script of a string, judged by its letters. */
export type Script = 'Cyrl' | 'Latn' | 'mixed' | 'none';

/**
 * Tells which script a text is written in.
 * @example detectScript('Ақтөбе') // 'Cyrl'
 */
export function detectScript(text: string): Script {
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const latin = /\p{Script=Latin}/u.test(text);
  if (cyrillic && latin) return 'mixed';
  if (cyrillic) return 'Cyrl';
  return latin ? 'Latn' : 'none';
}
