import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, fetchCatalogue } from '../i18n/catalogues';
import { defaultPeriodLanguage, PeriodField, periodPreviewText } from './PeriodField';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: ENGLISH }, ru: { translation: await fetchCatalogue('ru') } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

const endOfMayAndJune = { start: '2020-05-21', end: '2020-06-10', precision: 'decade' } as const;

describe('the period preview', () => {
  it('shows both ends as dates of the interface language and the precision', () => {
    const en = periodPreviewText({ kind: 'parsed', period: endOfMayAndJune }, i18n.getFixedT('en'), 'en-GB');
    expect(en).toBe('21 May 2020 – 10 June 2020 · precision: ten days');
    const us = periodPreviewText({ kind: 'parsed', period: endOfMayAndJune }, i18n.getFixedT('en'), 'en');
    expect(us).toBe('May 21, 2020 – June 10, 2020 · precision: ten days');
    const ru = periodPreviewText({ kind: 'parsed', period: endOfMayAndJune }, i18n.getFixedT('ru'), 'ru');
    expect(ru).toBe('21 мая 2020 г. – 10 июня 2020 г. · точность: декада');
  });

  it('shows a single day once', () => {
    const day = { start: '2019-03-12', end: '2019-03-12', precision: 'day' } as const;
    expect(periodPreviewText({ kind: 'parsed', period: day }, i18n.getFixedT('en'), 'en-GB')).toBe(
      '12 March 2019 · precision: day',
    );
  });

  it('says in words when the phrase was not understood or the server did not answer', () => {
    const t = i18n.getFixedT('ru');
    expect(periodPreviewText({ kind: 'not_understood' }, t, 'ru')).toMatch(/^Не распознано/);
    expect(periodPreviewText({ kind: 'unavailable' }, t, 'ru')).toMatch(/^Предпросмотр сейчас недоступен/);
    expect(periodPreviewText({ kind: 'none' }, t, 'ru')).toBe('');
  });
});

describe('the period field', () => {
  it('starts in the interface language when the parser reads it, else in English', () => {
    expect(defaultPeriodLanguage('az')).toBe('az');
    expect(defaultPeriodLanguage('ru-RU')).toBe('ru');
    expect(defaultPeriodLanguage('kk')).toBe('en');
    expect(defaultPeriodLanguage('uz')).toBe('en');
  });

  it('labels the phrase and its language, and announces the preview politely', () => {
    const html = renderToStaticMarkup(
      <PeriodField
        id="period"
        label="Target period"
        value={{ text: 'mayın sonu', lang: 'az' }}
        reference="2019-06-15"
        onChange={() => undefined}
      />,
    );
    expect(html).toContain('<label for="period">Target period</label>');
    expect(html).toContain('<label for="period-lang">Language of the phrase</label>');
    expect(html).toMatch(
      /<input id="period" type="text" lang="az"[^>]*aria-describedby="period-hint period-preview"/,
    );
    expect(html).toMatch(/<option value="az" selected="">Azerbaijani<\/option>/);
    expect(html).toContain('<p class="period-preview" id="period-preview" aria-live="polite">');
  });
});
