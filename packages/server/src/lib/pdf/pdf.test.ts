// @ts-expect-error fontkit ships no type declarations; the test only calls openSync and hasGlyphForCodePoint.
import * as fontkit from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from './fonts.ts';
import { renderPdf } from './pdf.ts';
import { CYRILLIC_SENTENCE, sampleMinutes, sampleReport, TURKIC_SENTENCE } from './printable.fixtures.ts';

// The PDF is read back by an independent parser (Mozilla's pdf.js): it must parse, give back the
// test sentences letter for letter, and carry its own font.

interface TextItem {
  str: string;
  hasEOL: boolean;
}

/** Each page's text as pdf.js extracts it, lines joined by `\n`. */
async function pagesOf(bytes: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push((content.items as TextItem[]).map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''));
  }
  return { pdf, pages };
}

// Every letter of the Cyrillic alphabets of Kazakh, Kyrgyz, Tatar, Bashkir, Uzbek and Russian, and
// of the Latin alphabets of Azerbaijani, Turkish, Turkmen, Uzbek, Kazakh (2021) and Gagauz.
const CYRILLIC = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ӘҒҚҢӨҰҮҺІ ҖҺ ҘҪҠ ЎҚҒҲ';
const LATIN = 'ƏĞIİŞÇÖÜ ÑÄŽÝŇ ǴŃÓÚÁ ŢȘ Oʻ Gʻ №«»—„“';
const ALL_LETTERS = [
  ...new Set([...`${CYRILLIC}${CYRILLIC.toLowerCase()}${LATIN}${LATIN.toLowerCase()}ı`]),
].filter((c) => c.trim());

describe('the PDF font', () => {
  it.each(Object.entries(FONT_FILES))(
    '%s face has a glyph for every Cyrillic and Turkic Latin letter',
    (_, path) => {
      const font = fontkit.openSync(path);
      const missing = ALL_LETTERS.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)));
      expect(missing).toEqual([]);
    },
  );
});

describe('renderPdf', () => {
  it('makes a PDF that parses and gives back Turkic Latin and Cyrillic sentences exactly', async () => {
    const bytes = await renderPdf(sampleMinutes());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = await pagesOf(bytes);
    const lines = pages.join('\n').split('\n');
    expect(lines).toContain(TURKIC_SENTENCE);
    expect(lines).toContain(CYRILLIC_SENTENCE);
    expect(pages[0]?.replaceAll('\n', ' ')).toContain('Diaspor üzrə Əlaqə Qrupunun 5-ci iclasının protokolu');
    expect(pages.join('\n')).toContain(
      'CG-5/2 АҚШ-тағы түркітілдес диаспора өкілдері үшін оқу ұйымдастырылсын.',
    );
  });

  it('embeds its font (a DejaVu Sans subset, regular and bold) and uses no standard font', async () => {
    const raw = (await renderPdf(sampleMinutes())).toString('latin1');
    expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
    const names = [...raw.matchAll(/\/BaseFont \/([\w+-]+)/g)].map((m) => m[1]);
    expect(new Set(names.map((n) => n?.replace(/^[A-Z]{6}\+/, '')))).toEqual(
      new Set(['DejaVuSans', 'DejaVuSans-Bold']),
    );
    expect(names.every((n) => /^[A-Z]{6}\+/.test(n ?? ''))).toBe(true);
  });

  it('numbers every page with the label given, and writes title and language into the metadata', async () => {
    const bytes = await renderPdf(sampleMinutes(40), { pageLabel: (p, n) => `Səhifə ${p} / ${n}` });
    const { pdf, pages } = await pagesOf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain(`Səhifə ${i + 1} / ${pages.length}`);
      expect(text).toContain('Qəbul edilmiş protokol, versiya 3');
    });
    const { info } = await pdf.getMetadata();
    expect(info).toMatchObject({
      Title: 'Diaspor üzrə Əlaqə Qrupunun 5-ci iclasının protokolu',
      Language: 'az',
      Creator: 'Köprü',
    });
  });

  it('keeps the signatures with their heading on one page', async () => {
    for (const extra of [0, 9, 10, 11, 12, 13]) {
      const { pages } = await pagesOf(await renderPdf(sampleMinutes(extra)));
      const page = pages.findIndex((text) => text.includes('İmzalar'));
      expect(pages[page]).toContain('Fuad Muradov');
      expect(pages[page]).toContain('Ömer Kocaman');
    }
  });
});

describe('renderPdf: tables and bar charts', () => {
  it('prints every bar value and label as text, and the table cells letter for letter', async () => {
    const bytes = await renderPdf(sampleReport());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pagesOf(bytes)).pages.join('\n');
    expect(text).toContain('Aylar üzrə tədbirlər');
    for (const label of ['Yan', 'İyn', 'Dek', 'Azərbaycan', 'Қазақстан', 'Türkiye (Türkış)']) {
      expect(text).toContain(label);
    }
    for (const value of ['75%', '40%', '0%']) expect(text).toContain(value);
    expect(text).toContain('Қазақстан Республикасы: ә ғ қ ң ө ұ ү һ і — Кыргыз');
    expect(text).toContain('Təcrübə mübadiləsi 3');
    expect(text).toContain('Yoxdur.');
  });

  it('widens a narrow column rather than split a word across lines', async () => {
    const { pages } = await pagesOf(
      await renderPdf({
        lang: 'ru',
        title: 'Отчёт',
        blocks: [
          {
            kind: 'table',
            columns: [
              { label: 'Код', width: 0.2 },
              { label: 'Пункт', width: 6 },
              { label: 'Выполнение', width: 0.2 },
            ],
            rows: [['1.2', 'Обучение в США', 'Запланировано']],
          },
        ],
      }),
    );
    const lines = pages[0]?.split('\n') ?? [];
    expect(lines.some((l) => l.includes('Выполнение'))).toBe(true);
    expect(lines.some((l) => l.includes('Запланировано'))).toBe(true);
  });

  it('repeats the header row of a table on every page it runs over', async () => {
    const { pages } = await pagesOf(await renderPdf(sampleReport(120)));
    expect(pages.length).toBeGreaterThan(2);
    const withRows = pages.filter((p) => p.includes('Təcrübə mübadiləsi'));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toMatch(/Tarix\s*\n?\s*Ad/);
    expect(pages.join('\n')).toContain('Təcrübə mübadiləsi 120');
  });
});
