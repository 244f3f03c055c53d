import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportsWorld, type ReportsWorld } from './reports.fixtures.ts';

// The reports' exports: one printable document as PDF (read back by pdf.js, letters intact) and as
// printable HTML (the charts as SVG with an accessible name and their figures as text), and the
// tables as CSV and XLSX (formula-like cells neutralised); each export audited.

let w: ReportsWorld;
beforeAll(async () => {
  w = await buildReportsWorld();
}, 120_000);
afterAll(async () => w?.t.close());

const orgExport = (query: string) => `/api/reports/organisations/${w.orgs.agencyA}/export?year=2019&${query}`;

/** The PDF's text, pages joined, runs of white space as one space (table cells wrap). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

describe('the exports of an organisation report', () => {
  it.each([
    [
      'az',
      [
        'İllik hesabat, 2019: Diaspora ilə İş üzrə Dövlət Komitəsi',
        'Bakıda təcrübə mübadiləsi',
        'ABŞ-da təlim',
        'İştirakçıların yarısı seçildi',
        'Aylar üzrə tədbirlər',
        'Təşkilatçı',
      ],
    ],
    [
      'ru',
      [
        'Годовой отчёт за 2019 год: Государственный комитет по работе с диаспорой',
        'Обмен опытом в Баку',
        'Обучение в США',
        'Мероприятия по месяцам',
      ],
    ],
    [
      'tr',
      [
        "Bakü'de tecrübe paylaşımı",
        'Diaspora ile Çalışma Devlet Komitesi',
        'Aylara göre etkinlikler',
        'Düzenleyen',
      ],
    ],
  ])('is a PDF in %s whose text gives back its letters exactly', async (lang, expected) => {
    const response = await w.call('secretariat', 'GET', orgExport(`lang=${lang}&format=pdf`));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="report-2019-TO\\d+-${lang}\\.pdf"`),
    );
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(response.rawPayload);
    for (const phrase of expected) expect(text).toContain(phrase);
    expect(text).not.toContain('Meeting of 2018');
  });

  it('is a printable page with the chart as an SVG image named by its title and its figures as text', async () => {
    const response = await w.call('anonymous', 'GET', orgExport('lang=az&format=html'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="report-2019-TO\d+-az\.html"/);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const html = response.body;
    expect(html).toContain('<html lang="az">');
    expect(html).toContain('<svg role="img" aria-label="Aylar üzrə tədbirlər"');
    expect(html).toContain(
      '<th scope="row">Tədbirlər</th><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td>',
    );
    expect(html).toContain('<td>Bakıda təcrübə mübadiləsi</td>');
    expect(html).not.toContain('Network seminar');
  });

  it('is a CSV of the tables with formula-like cells neutralised', async () => {
    const response = await w.call('secretariat', 'GET', orgExport('lang=en&format=csv'));
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="report-2019-TO\d+-en\.csv"/);
    const csv = response.body;
    expect(
      csv.startsWith(
        '\uFEFFEvents\r\nDate,Event,Reference,Country,Role\r\n2019-02-08,Exchange of experience in Baku,,Azerbaijan,Organiser\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      "\r\nDecisions\r\nReference,Decision,Meeting,Status\r\n#1,'= A training in one of the European countries,Exchange of experience in Baku,Open\r\n",
    );
    expect(csv).toMatch(/\r\n3,'@Training in the USA,Joint action plan 2019,In progress,50%\r\n/);
    expect(csv).toContain('\r\n2019-06-05,3 @Training in the USA,Half of the trainees chosen,50%\r\n');
    expect(csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('is an XLSX workbook with one sheet per table, figures as numbers, formulas neutralised', async () => {
    const response = await w.call('secretariat', 'GET', orgExport('lang=kk&format=xlsx'));
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Events',
      'Items',
      'Updates',
      'Decisions',
      'Events per month',
    ]);
    const items = workbook.getWorksheet('Items');
    const usa = items?.getRows(2, 4)?.find((r) => r.getCell(1).value === '3');
    expect(usa?.getCell(2).value).toBe("'@Training in the USA");
    expect(usa?.getCell(5).value).toBe(0.5);
    const decisions = workbook.getWorksheet('Decisions');
    expect(decisions?.getRow(1).values).toEqual([undefined, 'Сілтеме', 'Шешім', 'Отырыс', 'Мәртебесі']);
    expect(decisions?.getCell('B2').value).toBe("'= A training in one of the European countries");
    const months = workbook.getWorksheet('Events per month');
    expect(months?.getCell('A3').value).toBe('Ақп');
    expect(months?.getCell('B3').value).toBe(1);
  });

  it('audits every export, and refuses an organisation the caller may not read', async () => {
    const before = await w.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'report.exported')
      .execute();
    expect((await w.call('org_rep', 'GET', orgExport('lang=uz&format=csv'))).statusCode).toBe(200);
    const after = await w.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'report.exported')
      .orderBy('id')
      .execute();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ entity_type: 'organisation', entity_id: w.orgs.agencyA });
    expect(after.at(-1)?.after).toEqual({ report: 'organisation', year: 2019, lang: 'uz', format: 'csv' });
    const hidden = `/api/reports/organisations/${w.orgs.diasporaOwner}/export?year=2019&lang=en&format=pdf`;
    expect((await w.call('anonymous', 'GET', hidden)).statusCode).toBe(404);
    expect((await w.call('anonymous', 'GET', orgExport('lang=de&format=pdf'))).statusCode).toBe(400);
  });
});

describe('the exports of the network report', () => {
  it('is a PDF with both charts, the member states and their figures', async () => {
    const response = await w.call(
      'secretariat',
      'GET',
      '/api/reports/network/export?year=2019&lang=ru&format=pdf',
    );
    expect(response.headers['content-disposition']).toMatch(/filename="report-2019-network-ru\.pdf"/);
    const text = await pdfText(response.rawPayload);
    for (const phrase of [
      'Годовой отчёт сети за 2019 год',
      'Выполнение по государствам-членам',
      'Мероприятия по месяцам',
      'Государства-члены',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('Azerbaijan');
  });

  it('is a printable page with the progress chart as an SVG image and its figures in a table', async () => {
    const html = (
      await w.call('anonymous', 'GET', '/api/reports/network/export?year=2019&lang=en&format=html')
    ).body;
    expect(html).toContain('<svg role="img" aria-label="Progress by member state"');
    expect(html).toContain('<tr><th scope="row">Kazakhstan</th><td>45%</td></tr>');
    expect(html).toContain(
      '<th scope="row">Events</th><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td>',
    );
    const audit = await w.t.database.db
      .selectFrom('audit_log')
      .select(['entity_type', 'after'])
      .where('action', '=', 'report.exported')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    expect(audit).toEqual({
      entity_type: 'report',
      after: { report: 'network', year: 2019, lang: 'en', format: 'html' },
    });
  });
});
