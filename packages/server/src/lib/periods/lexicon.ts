// Reading words: each language's lexicon says what a word means; Azerbaijani and Turkish words are
// read as a stem and a chain of suffixes ("sonunadək" = son + un + a + dək: the end, and "by").

import type { Piece } from './normalise.ts';
import type { Token, WordMeaning } from './tokens.ts';

/** A language's words: exact forms, and (Turkic languages) stems that take suffixes. */
export interface Lexicon {
  words: ReadonlyMap<string, Token[]>;
  stems: ReadonlyArray<readonly [string, Token[]]>;
}

/** Builds a word map from [forms, meaning] rows; a form `stem|a|b` stands for stema and stemb (an
 * empty ending keeps the stem itself: `stem||a` is stem and stema). */
export function wordMap(rows: ReadonlyArray<readonly [string, Token[]]>): Map<string, Token[]> {
  const map = new Map<string, Token[]>();
  for (const [forms, meaning] of rows) {
    for (const form of forms.split(' ')) {
      const [stem = '', ...endings] = form.split('|');
      for (const ending of endings.length > 0 ? endings : ['']) map.set(stem + ending, meaning);
    }
  }
  return map;
}

// Plural, possessive (3rd person) or genitive, then a case (locative, ablative, dative), then a
// postposition fused to it (-dək/-can "until"). Covers "martında", "sonunadək", "ortalarında", "2020'nin".
const TURKIC_SUFFIX =
  /^(?:l[aeə]r)?(?:s?[ıiuü]|n?[ıiuü]n)?(?:n?[dt][aeə]n?|n?[aeə]|y[aeə]|n[ıiuü]n)?(?:d[əe]k|c[aeə]n|c[ae]k)?$/u;
// Ordinal number suffixes after a hyphen or apostrophe: "2019-cu", "2020-ci", "3-üncü".
const ORDINAL_SUFFIX = /^(?:[ıiuü]?nc[ıiuü]|c[ıiuü])$/u;

/** Markers a Turkic suffix adds after its word: an ablative starts a range, -dək/-can means "by". */
function suffixMarkers(suffix: string): Token[] {
  if (/d[əe]k$|c[aeə]n$|c[ae]k$/u.test(suffix)) return [{ kind: 'by' }];
  if (/[dt][aeə]n$/u.test(suffix)) return [{ kind: 'ablative' }];
  return [];
}

function readTurkic(word: string, lexicon: Lexicon): WordMeaning {
  let best: { stem: string; meaning: Token[] } | null = null;
  for (const [stem, meaning] of lexicon.stems) {
    if (word.startsWith(stem) && TURKIC_SUFFIX.test(word.slice(stem.length))) {
      if (!best || stem.length > best.stem.length) best = { stem, meaning };
    }
  }
  if (best) return [...best.meaning, ...suffixMarkers(word.slice(best.stem.length))];
  // A suffix standing alone, cut off by an apostrophe or a hyphen ("Mart'ta", "2019'dan", "2019-cu").
  if (ORDINAL_SUFFIX.test(word) || TURKIC_SUFFIX.test(word)) return suffixMarkers(word);
  return null;
}

/**
 * Replaces the words of a phrase by their meaning; filler words ("the", "in", "-da") disappear.
 * Returns null when a word is unknown: the phrase is then not understood.
 */
export function readWords(pieces: Piece[], lexicon: Lexicon): Token[] | null {
  const tokens: Token[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'word') {
      tokens.push(piece);
      continue;
    }
    const meaning =
      lexicon.words.get(piece.text) ?? (lexicon.stems.length > 0 ? readTurkic(piece.text, lexicon) : null);
    if (!meaning) return null;
    tokens.push(...meaning);
  }
  return tokens;
}
