import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const parse = (body: object) =>
  t.app.inject({ method: 'POST', url: '/api/periods/parse', headers: { origin: ORIGIN }, payload: body });

describe('POST /api/periods/parse', () => {
  it('reads a phrase, anonymously, relative to the reference day', async () => {
    const response = await parse({
      text: 'mayın sonu və iyunun əvvəli',
      lang: 'az',
      reference: '2019-06-15',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ start: '2020-05-21', end: '2020-06-10', precision: 'decade' });
    const russian = await parse({ text: 'до конца 2020 года', lang: 'ru', reference: '2019-06-15' });
    expect(russian.json()).toEqual({ start: '2019-06-15', end: '2020-12-31', precision: 'year_part' });
  });

  it('answers 400 PERIOD_NOT_UNDERSTOOD at body.text for a phrase it does not understand', async () => {
    for (const text of ['soon', 'in one of the European countries', '32 March']) {
      const response = await parse({ text, lang: 'en', reference: '2019-06-15' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'PERIOD_NOT_UNDERSTOOD',
        status: 400,
        errors: [{ path: 'body.text' }],
      });
    }
  });

  it('answers 400 VALIDATION_FAILED for a bad body', async () => {
    const bad = [
      { text: '', lang: 'en', reference: '2019-06-15' },
      { text: 'x'.repeat(201), lang: 'en', reference: '2019-06-15' },
      { text: 'March', lang: 'kk', reference: '2019-06-15' },
      { text: 'March', lang: 'en', reference: '15.06.2019' },
      { text: 'March', lang: 'en', reference: '2019-02-30' },
      { text: 'March', lang: 'en' },
    ];
    for (const body of bad) {
      const response = await parse(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code, JSON.stringify(body)).toBe('VALIDATION_FAILED');
    }
  });

  it('rejects unknown body fields', async () => {
    const response = await parse({
      text: 'March 2019',
      lang: 'en',
      reference: '2019-06-15',
      tz: 'Asia/Baku',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('is described in the OpenAPI document with its body and response schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const operation = response.json().paths['/api/periods/parse']?.post;
    expect(operation?.tags).toEqual(['periods']);
    const body = operation?.requestBody?.content?.['application/json']?.schema;
    expect(body?.required).toEqual(expect.arrayContaining(['text', 'lang', 'reference']));
    expect(body?.additionalProperties).toBe(false);
    expect(
      Object.keys(operation?.responses?.['200']?.content?.['application/json']?.schema?.properties ?? {}),
    ).toEqual(['start', 'end', 'precision']);
  });
});
