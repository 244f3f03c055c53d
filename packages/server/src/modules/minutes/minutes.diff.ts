import type { Paragraph } from './minutes.table.ts';

// Paragraph- and word-level differences between two versions of the minutes. Paragraphs are
// matched by their stable ids; the words of one paragraph in one language by a longest common
// subsequence of their tokens (a word or a punctuation mark with the spaces after it, so that
// spaces alone never make two texts look alike).

export type SegmentOp = 'equal' | 'insert' | 'delete';
export interface Segment {
  op: SegmentOp;
  text: string;
}
export type ParagraphChange = 'added' | 'removed' | 'changed' | 'unchanged';
export interface ParagraphDiff {
  id: string;
  change: ParagraphChange;
  texts: { lang: string; segments: Segment[] }[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+\s*|[^\s\p{L}\p{M}\p{N}]\s*|\s+/gu;
/** Above this many token pairs a paragraph is shown as replaced whole (the table would be too big). */
const MAX_CELLS = 4_000_000;

/** Splits text into words and single other characters, each with the spaces after it; joined, they are the text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function pushSegment(out: Segment[], op: SegmentOp, text: string) {
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else if (text) out.push({ op, text });
}

/**
 * The word-level difference from `before` to `after`: equal, deleted and inserted runs in reading
 * order (a deletion before the insertion that replaces it).
 * @example diffWords('the 5th meeting', 'the 6th meeting') // equal 'the ', delete '5th ', insert '6th ', equal 'meeting'
 */
export function diffWords(before: string, after: string): Segment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const out: Segment[] = [];
  if (a.length * b.length > MAX_CELLS) {
    pushSegment(out, 'delete', before);
    pushSegment(out, 'insert', after);
    return out;
  }
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pushSegment(out, 'equal', a[i++] ?? '');
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      pushSegment(out, 'delete', a[i++] ?? '');
    } else {
      pushSegment(out, 'insert', b[j++] ?? '');
    }
  }
  while (i < a.length) pushSegment(out, 'delete', a[i++] ?? '');
  while (j < b.length) pushSegment(out, 'insert', b[j++] ?? '');
  return out;
}

function textDiffs(before: Paragraph | undefined, after: Paragraph | undefined, languages: string[]) {
  return languages
    .filter((lang) => before?.text[lang] !== undefined || after?.text[lang] !== undefined)
    .map((lang) => ({ lang, segments: diffWords(before?.text[lang] ?? '', after?.text[lang] ?? '') }));
}

/**
 * The difference between two versions' paragraphs: the paragraphs of `after` in order, each
 * removed one placed after the paragraph that preceded it in `before`, with word-level
 * differences per language.
 */
export function diffParagraphs(
  before: Paragraph[],
  after: Paragraph[],
  languages: string[],
): ParagraphDiff[] {
  const oldById = new Map(before.map((p) => [p.id, p]));
  const newIds = new Set(after.map((p) => p.id));
  // Removed paragraphs, keyed by the id of the nearest earlier paragraph that survives (or '').
  const removedAfter = new Map<string, Paragraph[]>();
  let anchor = '';
  for (const p of before) {
    if (newIds.has(p.id)) anchor = p.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), p]);
  }
  const removed = (key: string): ParagraphDiff[] =>
    (removedAfter.get(key) ?? []).map((p) => ({
      id: p.id,
      change: 'removed',
      texts: textDiffs(p, undefined, languages),
    }));
  const out: ParagraphDiff[] = removed('');
  for (const p of after) {
    const old = oldById.get(p.id);
    const texts = textDiffs(old, p, languages);
    const same = old !== undefined && texts.every((t) => t.segments.every((s) => s.op === 'equal'));
    out.push({ id: p.id, change: !old ? 'added' : same ? 'unchanged' : 'changed', texts });
    out.push(...removed(p.id));
  }
  return out;
}
