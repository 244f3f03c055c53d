/** A piece of mail text: plain text, or an http(s) link to render as an anchor. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// Punctuation that ends a sentence rather than the URL ("see https://x.org/a.").
const TRAILING = /[.,;:!?)\]}]+$/;

/**
 * Splits text into plain parts and http(s) links, so links in a mail body can be rendered clickable
 * without ever interpreting the text as HTML.
 * @example splitLinks('Open https://a.org/x.') // [text 'Open ', link 'https://a.org/x', text '.']
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const href = raw.replace(TRAILING, '');
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
