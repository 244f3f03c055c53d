import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import {
  isPeriodLanguage,
  PERIOD_LANGUAGES,
  type ParsedPeriod,
  type PeriodLanguage,
  parsePeriod,
} from '../api/periods';
import { useDebouncedValue } from '../features/search/use-debounced-value';
import { formatCodeName, formatDate } from '../i18n/format';

/** The phrase as written and its language (a value that is not en/az/tr/ru reads as the default). */
export interface PeriodFieldValue {
  text: string;
  lang: PeriodLanguage | string;
}

export interface PeriodFieldProps {
  id: string;
  label: string;
  value: PeriodFieldValue;
  /** YYYY-MM-DD: the day a phrase without a year is read from (a plan's start). */
  reference: string;
  onChange: (value: { text: string; lang: PeriodLanguage }) => void;
  onParsed?: (period: ParsedPeriod | null) => void;
}

/** What the preview shows: nothing yet, a period, a phrase not understood, or no answer from the server. */
export type PeriodPreview =
  | { kind: 'none' }
  | { kind: 'parsed'; period: ParsedPeriod }
  | { kind: 'not_understood' }
  | { kind: 'unavailable' };

/** The phrase language a field starts with: the interface language when the parser reads it, else English. */
export function defaultPeriodLanguage(uiLanguage: string): PeriodLanguage {
  const primary = uiLanguage.toLowerCase().split('-')[0];
  return isPeriodLanguage(primary) ? primary : 'en';
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * The preview line in the interface language: "21 May 2020 – 10 June 2020 · precision: ten days",
 * or the message for a phrase not understood.
 */
export function periodPreviewText(preview: PeriodPreview, t: TFunction, language: string): string {
  if (preview.kind === 'none') return '';
  if (preview.kind === 'not_understood') return t('periods.notUnderstood');
  if (preview.kind === 'unavailable') return t('periods.unavailable');
  const { start, end, precision } = preview.period;
  const day = (iso: string) => formatDate(`${iso}T00:00:00Z`, language, DAY);
  const label = t(`periods.precision.${precision}`);
  return start === end
    ? t('periods.previewDay', { day: day(start), precision: label })
    : t('periods.preview', { start: day(start), end: day(end), precision: label });
}

/** Asks the server (the one parser) about the phrase once typing pauses for 300 ms; late answers are dropped. */
function usePeriodPreview(text: string, lang: PeriodLanguage, reference: string): PeriodPreview {
  const request = useDebouncedValue(`${lang}\n${reference}\n${text.trim()}`, 300);
  const [preview, setPreview] = useState<PeriodPreview>({ kind: 'none' });
  useEffect(() => {
    const [phraseLang = 'en', day = '', phrase = ''] = request.split('\n');
    if (!phrase) {
      setPreview({ kind: 'none' });
      return;
    }
    let current = true;
    parsePeriod({ text: phrase, lang: phraseLang as PeriodLanguage, reference: day }).then(
      (period) => current && setPreview({ kind: 'parsed', period }),
      (error: unknown) =>
        current &&
        setPreview({ kind: isApiError(error, 'PERIOD_NOT_UNDERSTOOD') ? 'not_understood' : 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, [request]);
  return preview;
}

/**
 * A fuzzy period field: the phrase, its language (en/az/tr/ru) and a live preview of the dates the
 * server reads from it, announced politely to screen readers.
 */
export function PeriodField({ id, label, value, reference, onChange, onParsed }: PeriodFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = isPeriodLanguage(value.lang) ? value.lang : defaultPeriodLanguage(i18n.language);
  const preview = usePeriodPreview(value.text, lang, reference);
  const onParsedRef = useRef(onParsed);
  onParsedRef.current = onParsed;
  const initial = useRef(preview);
  useEffect(() => {
    // The first render has no answer yet: telling the form "null" would wipe a period it already holds.
    if (preview === initial.current) return;
    if (preview.kind !== 'unavailable')
      onParsedRef.current?.(preview.kind === 'parsed' ? preview.period : null);
  }, [preview]);

  return (
    <div className="field period-field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('periods.hint')}
      </p>
      <input
        id={id}
        type="text"
        lang={lang}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-preview`}
        value={value.text}
        onChange={(e) => onChange({ text: e.target.value, lang })}
      />
      <label htmlFor={`${id}-lang`}>{t('periods.language')}</label>
      <select
        id={`${id}-lang`}
        value={lang}
        onChange={(e) => onChange({ text: value.text, lang: e.target.value as PeriodLanguage })}
      >
        {PERIOD_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {formatCodeName('language', code, i18n.language)}
          </option>
        ))}
      </select>
      <p className="period-preview" id={`${id}-preview`} aria-live="polite">
        {periodPreviewText(preview, t, i18n.language)}
      </p>
    </div>
  );
}
