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

/** A sample report: a table (`rows` long), a chart of months and a chart of member states. */
export function sampleReport(rows = 3): PrintableDocument {
  const months = ['Yan', 'Fev', 'Mar', 'Apr', 'May', 'İyn', 'İyl', 'Avq', 'Sen', 'Okt', 'Noy', 'Dek'];
  return {
    lang: 'az',
    title: 'İllik hesabat: 2019',
    blocks: [
      {
        kind: 'barChart',
        title: 'Aylar üzrə tədbirlər',
        description: 'Hər ayda keçirilən tədbirlərin sayı.',
        orientation: 'vertical',
        bars: months.map((label, i) => ({ label, value: [0, 3, 1, 0, 2, 0, 0, 0, 0, 1, 0, 0][i] ?? 0 })),
        labelHeading: 'Ay',
        valueHeading: 'Tədbirlər',
      },
      {
        kind: 'barChart',
        title: 'Üzv dövlətlər üzrə irəliləyiş',
        orientation: 'horizontal',
        max: 100,
        unit: '%',
        bars: [
          { label: 'Azərbaycan', value: 75 },
          { label: 'Қазақстан', value: 40 },
          { label: 'Türkiye (Türkış)', value: 0 },
        ],
        labelHeading: 'Dövlət',
        valueHeading: 'İrəliləyiş',
      },
      {
        kind: 'table',
        caption: 'Tədbirlər',
        columns: [{ label: 'Tarix' }, { label: 'Ad', width: 3 }, { label: 'Say', align: 'right' }],
        rows: Array.from({ length: rows }, (_, i) => [
          `2019-02-${String((i % 28) + 1).padStart(2, '0')}`,
          i === 0 ? CYRILLIC_SENTENCE : `Təcrübə mübadiləsi ${i + 1}`,
          String(i + 1),
        ]),
      },
      { kind: 'table', caption: 'Qərarlar', columns: [{ label: 'Nömrə' }], rows: [], empty: 'Yoxdur.' },
    ],
  };
}
