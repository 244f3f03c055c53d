import { describe, expect, it } from 'vitest';
import { NAME_LANGUAGES, nameLanguageCodes } from './name-languages';

describe('name languages', () => {
  it('offers the usual languages, and keeps a record’s own language even when it is not one of them', () => {
    expect(nameLanguageCodes()).toEqual([...NAME_LANGUAGES]);
    expect(nameLanguageCodes('ky')).toEqual([...NAME_LANGUAGES]);
    expect(nameLanguageCodes('pl')).toEqual(['pl', ...NAME_LANGUAGES]);
  });
});
