import { AppError } from '../../errors/app-error.ts';
import { type ParsedPeriod, type PeriodLanguage, parsePeriod } from '../../lib/periods/index.ts';

/**
 * Parses a fuzzy period phrase for an API request.
 * @param path where the phrase sits in the request (`body.text`, `body.periodText`), for the field error
 * @throws AppError PERIOD_NOT_UNDERSTOOD (400) when the phrase is not understood
 */
export function parsePeriodOrFail(
  text: string,
  lang: PeriodLanguage,
  reference: string,
  path = 'body.text',
): ParsedPeriod {
  const period = parsePeriod(text, lang, reference);
  if (!period) {
    throw new AppError('PERIOD_NOT_UNDERSTOOD', 'The period was not understood.', {
      errors: [{ path, message: 'is not a period the parser understands' }],
    });
  }
  return period;
}
