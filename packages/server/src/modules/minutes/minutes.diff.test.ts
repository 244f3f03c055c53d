import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffWords, tokenize } from './minutes.diff.ts';

describe('diffWords', () => {
  it('marks the replaced word and keeps the rest equal', () => {
    expect(diffWords('the 5th meeting of the Contact Group', 'the 6th meeting of the Contact Group')).toEqual(
      [
        { op: 'equal', text: 'the ' },
        { op: 'delete', text: '5th ' },
        { op: 'insert', text: '6th ' },
        { op: 'equal', text: 'meeting of the Contact Group' },
      ],
    );
  });

  it('treats Cyrillic and Turkic Latin letters as parts of words', () => {
    expect(tokenize('Қазақстан, Kırğızstan!')).toEqual(['Қазақстан', ', ', 'Kırğızstan', '!']);
    expect(diffWords('Өскемен қаласы', 'Өскемен облысы')).toEqual([
      { op: 'equal', text: 'Өскемен ' },
      { op: 'delete', text: 'қаласы' },
      { op: 'insert', text: 'облысы' },
    ]);
  });

  it('gives the whole text as inserted or deleted against nothing, and nothing for two empty texts', () => {
    expect(diffWords('', 'New text.')).toEqual([{ op: 'insert', text: 'New text.' }]);
    expect(diffWords('Old.', '')).toEqual([{ op: 'delete', text: 'Old.' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});

describe('diffParagraphs', () => {
  const p = (id: string, en: string) => ({ id, text: { en } });

  it('matches paragraphs by id: added, removed in place, changed and unchanged', () => {
    const diff = diffParagraphs(
      [p('a', 'Opening.'), p('b', 'Speeches.'), p('c', 'Screening.')],
      [p('a', 'Opening.'), p('c', 'Screening of videos.'), p('d', 'Announcements.')],
      ['en'],
    );
    expect(diff.map((d) => [d.id, d.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'changed'],
      ['d', 'added'],
    ]);
    expect(diff[2]?.texts[0]?.segments).toEqual([
      { op: 'delete', text: 'Screening' },
      { op: 'insert', text: 'Screening of videos' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows a language added to a paragraph as an insertion in that language only', () => {
    const diff = diffParagraphs(
      [p('a', 'Opening.')],
      [{ id: 'a', text: { en: 'Opening.', az: 'Açılış.' } }],
      ['en', 'az'],
    );
    expect(diff[0]?.change).toBe('changed');
    expect(diff[0]?.texts).toEqual([
      { lang: 'en', segments: [{ op: 'equal', text: 'Opening.' }] },
      { lang: 'az', segments: [{ op: 'insert', text: 'Açılış.' }] },
    ]);
  });
});
