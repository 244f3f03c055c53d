import { describe, expect, it } from 'vitest';
import { differByNameElement, wordStructure } from './name-elements.ts';
import { phoneticWord } from './phonetic.ts';

const structureOf = (word: string) => wordStructure(phoneticWord(word));
const element = (word: string) => structureOf(word).element?.id;
const differ = (a: string, b: string) => differByNameElement(structureOf(a), structureOf(b));

describe('wordStructure', () => {
  it.each([
    // Compounds: the last element, whatever the script or romanisation.
    ['Нұрбекова', 'bek'],
    ['Nurbekova', 'bek'],
    ['Tokbaev', 'bay'],
    ['Токбаева', 'bay'],
    ['Rahimboyev', 'bay'],
    ['Ержан', 'jan'],
    ['Nurjon', 'jan'],
    ['Orxan', 'khan'],
    ['Айгүл', 'gul'],
    ['Erbol', 'bol'],
    ['Allaberdiýew', 'berdi'],
    ['Nurmukhamedov', 'muhammad'],
    // Family names made of a given name.
    ['Həsənov', 'hasan'],
    ['Гасанов', 'hasan'],
    ['Hüseynova', 'husayn'],
    ['Гусейнов', 'husayn'],
    ['Əliyev', 'ali'],
    ['Vəliyev', 'vali'],
    ['Quliyeva', 'quli'],
    ['Məmmədov', 'mammad'],
    ['Мамедов', 'mammad'],
    ['Гафуров', 'ghafur'],
    ['Hüseynli', 'husayn'],
    ['Қасымұлы', 'qasim'],
  ])('%s ends in %s', (word, id) => {
    expect(element(word)).toBe(id);
  });

  it.each(['Aigerim', 'Talgat', 'Toqtarov', 'Erdoğan', 'Ospanova'])('%s has no known element', (word) => {
    expect(element(word)).toBeUndefined();
  });

  it('keeps the -li of short names (Əli is a name, not Ə + -li)', () => {
    expect(element('Əli')).toBe('ali');
    expect(element('Vəli')).toBe('vali');
  });
});

describe('differByNameElement', () => {
  it.each([
    ['Nurbekova', 'Nurbaeva'],
    ['Asanbekov', 'Asanbaev'],
    ['Həsənli', 'Hüseynli'],
    ['Hasanov', 'Гусейнов'],
    ['Əliyev', 'Vəliyev'],
    ['Rəhimov', 'Kərimov'],
    ['Mahmudov', 'Məmmədov'],
    ['Nurkhan', 'Nurzhan'],
    // One word is the other plus an element.
    ['Kasymov', 'Kasymbekov'],
    ['Tokov', 'Tokbaev'],
    ['Bakhyt', 'Bakhytzhan'],
  ])('%s and %s are different names', (a, b) => {
    expect(differ(a, b)).toBe(true);
    expect(differ(b, a)).toBe(true);
  });

  it.each([
    ['Həsənov', 'Гасанов'],
    ['Hüseynov', 'Husseinov'],
    ['Tokbaev', 'Tokbayev'],
    ['Rahimboyev', 'Рахимбоев'],
    ['Nurzhan', 'Nurjon'],
    ['Orxan', 'Orhan'],
    ['Məmmədova', 'Mammadova'],
    ['Ospanova', 'Оспанова'],
    // No element, or not the other word plus one: left to the letter-by-letter distance.
    ['Toqtarov', 'Toktarov'],
    ['Erkan', 'Erhan'],
  ])('%s and %s do not differ by an element', (a, b) => {
    expect(differ(a, b)).toBe(false);
    expect(differ(b, a)).toBe(false);
  });
});
