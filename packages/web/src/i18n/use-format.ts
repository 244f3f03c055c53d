import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCodeName,
  formatDate,
  formatDay,
  formatDateTime,
  formatNumber,
  formatRelativeSeconds,
  formatTime,
} from './format';

/** The formatting helpers bound to the current interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      date: (value: Parameters<typeof formatDate>[0]) => formatDate(value, language),
      dateTime: (value: Parameters<typeof formatDateTime>[0]) => formatDateTime(value, language),
      day: (value: string | null | undefined) => formatDay(value, language),
      time: (value: Parameters<typeof formatTime>[0]) => formatTime(value, language),
      number: (value: number) => formatNumber(value, language),
      relativeSeconds: (seconds: number) => formatRelativeSeconds(seconds, language),
      languageName: (code: string | null | undefined) => formatCodeName('language', code, language),
      scriptName: (code: string | null | undefined) => formatCodeName('script', code, language),
      regionName: (code: string | null | undefined) => formatCodeName('region', code, language),
    }),
    [language],
  );
}
