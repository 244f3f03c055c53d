import type { LocalizedText } from '../api/registry-types';

/**
 * The version of a localised text for `language`: that language, else English, else the first one
 * stored; empty string when there is none.
 */
export function pickLocalized(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.en ?? Object.values(text).find((v) => v.trim() !== '') ?? '';
}
