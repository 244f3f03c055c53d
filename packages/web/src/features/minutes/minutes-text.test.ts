import { describe, expect, it } from 'vitest';
import { defaultPrintLanguage, displayLanguages, emptyParagraph, toDraft, toInput } from './minutes-text';

describe('the minutes editor’s rows', () => {
  it('sends stored paragraphs with their id and new ones without, trimmed, in the minutes’ languages only', () => {
    const rows = [...toDraft([{ id: 'p1', text: { en: ' Opening. ', az: 'Açılış.' } }]), emptyParagraph()];
    const last = rows[1];
    if (last) last.text = { en: 'Speeches.', ru: 'Речи.', az: '   ' };
    expect(toInput(rows, ['en', 'az'])).toEqual([
      { id: 'p1', text: { en: 'Opening.', az: 'Açılış.' } },
      { text: { en: 'Speeches.' } },
    ]);
  });

  it('gives each new row its own key', () => {
    expect(emptyParagraph().key).not.toBe(emptyParagraph().key);
  });
});

describe('languages', () => {
  it('shows the chosen language alone, else all with the interface language first', () => {
    expect(displayLanguages(['en', 'az', 'ru'], 'az', 'ru')).toEqual(['az']);
    expect(displayLanguages(['en', 'az', 'ru'], '', 'ru')).toEqual(['ru', 'en', 'az']);
    expect(displayLanguages(['en', 'az'], 'kk', 'tr')).toEqual(['en', 'az']);
  });

  it('prints in the interface language when the minutes have it', () => {
    expect(defaultPrintLanguage(['en', 'az'], 'az')).toBe('az');
    expect(defaultPrintLanguage(['en', 'az'], 'kk')).toBe('en');
  });
});
