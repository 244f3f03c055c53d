import type { Paragraph, ParagraphInput } from '../../api/minutes';

/** A paragraph in the editor: `key` for React, `id` once the server gave one. */
export interface DraftParagraph {
  key: string;
  id?: string;
  text: Record<string, string>;
}

let counter = 0;
const nextKey = () => `new-${++counter}`;

/** The editor's rows for the stored paragraphs. */
export function toDraft(paragraphs: readonly Paragraph[]): DraftParagraph[] {
  return paragraphs.map((p) => ({ key: p.id, id: p.id, text: { ...p.text } }));
}

/** An empty row to add. */
export function emptyParagraph(): DraftParagraph {
  return { key: nextKey(), text: {} };
}

/** What the server is sent: ids of stored paragraphs, trimmed text, only the minutes' languages. */
export function toInput(rows: readonly DraftParagraph[], languages: readonly string[]): ParagraphInput[] {
  return rows.map((row) => {
    const text = Object.fromEntries(
      languages.map((lang) => [lang, (row.text[lang] ?? '').trim()] as const).filter(([, v]) => v !== ''),
    );
    return row.id ? { id: row.id, text } : { text };
  });
}

/**
 * The languages to show a text in: the one chosen, else every language of the minutes, the
 * interface language first when the minutes have it.
 */
export function displayLanguages(languages: readonly string[], chosen: string, uiLanguage: string): string[] {
  if (chosen && languages.includes(chosen)) return [chosen];
  return [...languages].sort((a, b) => Number(b === uiLanguage) - Number(a === uiLanguage));
}

/** The language to print in: the interface language when the minutes have it, else their first. */
export function defaultPrintLanguage(languages: readonly string[], uiLanguage: string): string {
  return languages.includes(uiLanguage) ? uiLanguage : (languages[0] ?? 'en');
}
