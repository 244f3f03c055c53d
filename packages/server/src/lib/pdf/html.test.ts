import { describe, expect, it } from 'vitest';
import { escapeHtml, renderPrintableHtml } from './html.ts';
import type { PrintableDocument } from './printable.ts';
import { CYRILLIC_SENTENCE, sampleMinutes, sampleReport, TURKIC_SENTENCE } from './printable.fixtures.ts';

describe('renderPrintableHtml', () => {
  it('is one self-contained page with the same content as the PDF, letters intact', () => {
    const html = renderPrintableHtml(sampleMinutes());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="az">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Diaspor üzrə Əlaqə Qrupunun 5-ci iclasının protokolu</title>');
    expect(html).toContain(`<p>${TURKIC_SENTENCE}</p>`);
    expect(html).toContain(`<p>${CYRILLIC_SENTENCE}</p>`);
    expect(html).toContain('<h3>Qərarlar</h3>');
    expect(html).toContain(
      '<li><span class="number">CG-5/1</span><span class="text">Avropa ölkələrindən birində diaspor nümayəndələri üçün təlim keçirilsin.</span></li>',
    );
    expect(html).toContain(
      '<div class="signature"><div class="line">Мейрам Иманбаев</div><div>Қазақстан Республикасы</div></div>',
    );
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('has print CSS: A4 pages, page numbers in the margin, nothing split that belongs together', () => {
    const html = renderPrintableHtml(sampleMinutes());
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('counter(page)');
    expect(html).toContain('counter(pages)');
    expect(html).toMatch(/\.signatures \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/h2, h3 \{ break-after: avoid/);
  });

  it('shapes page numbers with the label given, escaped for CSS', () => {
    const html = renderPrintableHtml(sampleMinutes(), { pageLabel: (p, n) => `Стр. ${p} из ${n}` });
    expect(html).toContain(
      'content: "\\421 \\442 \\440 . " counter(page) " \\438 \\437  " counter(pages) ""',
    );
  });

  it('escapes every text it is given, in the body, the title, the language and the CSS', () => {
    const evil = `<script>alert("x")</script> & 'q' "; } body { display: none } /*`;
    const doc: PrintableDocument = {
      lang: `az"><script>`,
      title: evil,
      subtitle: evil,
      meta: [{ label: evil, value: evil }],
      blocks: [
        { kind: 'heading', text: evil },
        { kind: 'paragraph', text: `${evil}\nsecond line` },
        { kind: 'decisions', items: [{ number: evil, text: evil }] },
      ],
      signaturesTitle: evil,
      signatures: [{ name: evil, lines: [evil] }],
      footer: evil,
    };
    const html = renderPrintableHtml(doc);
    expect(html).not.toContain('<script');
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('@bottom-left { content: "');
    expect(style).not.toContain('display: none }');
    expect(style).not.toContain('/*');
    expect(html).toContain('<html lang="az&quot;&gt;&lt;script&gt;">');
    expect(html).toContain(`<p>${escapeHtml(evil)}<br>second line</p>`);
    expect(html.split('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;').length - 1).toBe(
      13,
    );
  });
});

describe('renderPrintableHtml: tables and bar charts', () => {
  const html = renderPrintableHtml(sampleReport());

  it('draws each chart as an SVG image named by its title, with its values as text', () => {
    expect(html).toContain(
      '<svg role="img" aria-label="Aylar üzrə tədbirlər" aria-describedby="chart-1-desc"',
    );
    expect(html).toContain(
      '<title>Aylar üzrə tədbirlər</title><desc id="chart-1-desc">Hər ayda keçirilən tədbirlərin sayı.</desc>',
    );
    expect(html).toContain('<svg role="img" aria-label="Üzv dövlətlər üzrə irəliləyiş"');
    expect(html).toMatch(/<text[^>]*>75%<\/text>/);
    expect(html).toMatch(/<text[^>]*class="label">Қазақстан<\/text>/);
  });

  it('gives the figures of each chart as a table too', () => {
    expect(html).toContain('<th scope="row">Tədbirlər</th><td>0</td><td>3</td><td>1</td>');
    expect(html).toContain('<tr><th scope="row">Azərbaycan</th><td>75%</td></tr>');
    expect(html).toContain('<th scope="col">Dövlət</th><th scope="col">İrəliləyiş</th>');
  });

  it('writes tables with caption, header cells and right-aligned numbers, or the empty line', () => {
    expect(html).toContain(
      '<table class="data"><caption>Tədbirlər</caption><thead><tr><th scope="col">Tarix</th>',
    );
    expect(html).toContain(`<td>${CYRILLIC_SENTENCE}</td><td class="num">1</td>`);
    expect(html).toContain('<p class="empty">Yoxdur.</p>');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('escapes the text of charts and tables', () => {
    const evil = '<script>"x"</script>';
    const out = renderPrintableHtml({
      lang: 'en',
      title: 't',
      blocks: [
        {
          kind: 'barChart',
          title: evil,
          description: evil,
          orientation: 'horizontal',
          bars: [{ label: evil, value: 1 }],
          labelHeading: evil,
          valueHeading: evil,
        },
        { kind: 'table', caption: evil, columns: [{ label: evil }], rows: [[evil]] },
      ],
    });
    expect(out).not.toContain('<script');
    expect(out).toContain('aria-label="&lt;script&gt;&quot;x&quot;&lt;/script&gt;"');
  });
});
