import type { PrintableDocument } from './printable.ts';

// A sample for the renderers' tests: minutes of the 5th meeting of the Contact Group, with a
// sentence in Turkic Latin letters and one in Kazakh/Kyrgyz Cyrillic that must come back exactly.

export const TURKIC_SENTENCE = 'Diaspor işləri üzrə Dövlət Komitəsi: ğ ı İ ş ç ö ü ñ ä ž ý ə — Türk Keneşi.';
export const CYRILLIC_SENTENCE = 'Қазақстан Республикасы: ә ғ қ ң ө ұ ү һ і — Кыргыз Республикасы.';

/** The sample minutes; `extraParagraphs` makes it run over several pages. */
export function sampleMinutes(extraParagraphs = 0): PrintableDocument {
  return {
    lang: 'az',
    title: 'Diaspor üzrə Əlaqə Qrupunun 5-ci iclasının protokolu',
    subtitle: 'Bakı, Diaspora ilə İş üzrə Dövlət Komitəsi',
    meta: [
      { label: 'Tarix', value: '2019' },
      { label: 'Status', value: 'Qəbul edilib' },
    ],
    blocks: [
      { kind: 'heading', text: 'Açılış' },
      { kind: 'paragraph', text: TURKIC_SENTENCE },
      { kind: 'paragraph', text: CYRILLIC_SENTENCE },
      { kind: 'heading', text: 'Qərarlar', level: 2 },
      {
        kind: 'decisions',
        items: [
          {
            number: 'CG-5/1',
            text: 'Avropa ölkələrindən birində diaspor nümayəndələri üçün təlim keçirilsin.',
          },
          { number: 'CG-5/2', text: 'АҚШ-тағы түркітілдес диаспора өкілдері үшін оқу ұйымдастырылсын.' },
        ],
      },
      ...Array.from({ length: extraParagraphs }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `${i + 1}. ${'Təcrübə mübadiləsi davam etdi; fikir və təkliflər müzakirə olundu. '.repeat(6)}`,
      })),
    ],
    signaturesTitle: 'İmzalar',
    signatures: [
      { name: 'Fuad Muradov', lines: ['Sədr', 'Diaspora ilə İş üzrə Dövlət Komitəsi'] },
      { name: 'Ömer Kocaman', lines: ['Baş katibin müavini, TDT'] },
      { name: 'Мейрам Иманбаев', lines: ['Қазақстан Республикасы'] },
    ],
    footer: 'Qəbul edilmiş protokol, versiya 3',
  };
}
