import { describe, expect, it } from 'vitest';
import { documentSize } from './document-size';

describe('documentSize', () => {
  it('picks bytes, kilobytes or megabytes, in the reader language', () => {
    expect(documentSize(512, 'en')).toBe('512 byte');
    expect(documentSize(2048, 'en')).toBe('2 kB');
    expect(documentSize(2_400_000, 'en')).toBe('2.3 MB');
    expect(documentSize(52_428_800, 'en')).toBe('50 MB');
    expect(documentSize(2_400_000, 'ru')).toMatch(/^2,3\sМБ$/);
  });
});
