/**
 * A document's size for people, in the reader's language: bytes under a kilobyte, then kilobytes,
 * then megabytes (one decimal below ten).
 * @example documentSize(2_400_000, 'en') // '2.3 MB'
 */
export function documentSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 ** 2
        ? [bytes / 1024, 'kilobyte']
        : [bytes / 1024 ** 2, 'megabyte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
