import { describe, expect, it } from 'vitest';
import { pickLocalized } from './localized';

describe('pickLocalized', () => {
  it('prefers the language, then English, then anything', () => {
    expect(pickLocalized({ en: 'Chair', kk: 'Төраға' }, 'kk')).toBe('Төраға');
    expect(pickLocalized({ en: 'Chair', kk: 'Төраға' }, 'tr')).toBe('Chair');
    expect(pickLocalized({ ru: 'Председатель' }, 'tr')).toBe('Председатель');
    expect(pickLocalized(null, 'en')).toBe('');
  });
});
