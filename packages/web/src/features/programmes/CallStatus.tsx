import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../api/programmes-types';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { readerTimeZone } from '../meetings/event-time';
import { callStatusText, callTone } from './call-status';

/**
 * A call's state as a badge and a sentence: "open until 31 Mar 2026, 23:59 (Asia/Baku, GMT+4)",
 * with the reader's own time when it reads differently.
 */
export function CallStatus({ call }: { call: CallSummary | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = callStatusText(call, format.language, readerTimeZone());
  const date = text.values.date ?? '';
  const sentence = () => {
    if (text.key === 'openBoth')
      return t('programmes.call.text.openBoth', { date, reader: text.values.reader ?? '' });
    if (text.key === 'none') return t('programmes.call.text.none');
    return t(`programmes.call.text.${text.key}`, { date });
  };
  return (
    <span className="call-status">
      {call ? (
        <StatusBadge tone={callTone(call.status)}>{t(`programmes.call.status.${call.status}`)}</StatusBadge>
      ) : null}{' '}
      <span>{sentence()}</span>
    </span>
  );
}
