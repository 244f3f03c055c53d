import { describe, expect, it } from 'vitest';
import { type CyrillicSystem, detectScript, type LatinSystem, toCyrillic, toLatin } from './transliterate.ts';

const TO_LATIN_GOLDEN: readonly (readonly [LatinSystem, string, string])[] = [
  ['kk-2021', 'Қасым-Жомарт Тоқаев', 'Qasym-Jomart Toqaev'],
  ['kk-2021', 'Нұрсұлтан Назарбаев', 'Nūrsūltan Nazarbaev'],
  ['kk-2021', 'Шымкент, Өскемен', 'Şymkent, Öskemen'],
  ['kk-2021', 'Ілияс Есенберлин', 'Iliias Esenberlin'],
  ['kk-2021', 'ШЫҢҒЫС ХАН', 'ŞYÑĞYS HAN'],
  ['kk-bgn', 'Қасым-Жомарт Тоқаев', 'Qasym-Zhomart Toqayev'],
  ['kk-bgn', 'Ғабит Мүсірепов', 'Ghabīt Müsirepov'],
  ['kk-bgn', 'Ерлан Иманғали', 'Yerlan Īmanghalī'],
  ['kk-passport', 'Қасым-Жомарт Тоқаев', 'Kasym-Zhomart Tokayev'],
  ['kk-passport', 'Ерлан Әбілқайыр', 'Yerlan Abilkaiyr'],
  ['ky-bgn', 'Чыңгыз Айтматов', 'Chynggyz Aytmatov'],
  ['ky-bgn', 'Ысык-Көл', 'Ysyk-Köl'],
  ['ky-bgn', 'Жээнбеков', 'Jeenbekov'],
  ['icao', 'Артём Рыжков', 'Artem Ryzhkov'],
  ['icao', 'Юлия Щукина', 'Iuliia Shchukina'],
  ['ru-bgn', 'Юлия Ефимова', 'Yuliya Yefimova'],
  ['ru-bgn', 'Дарья Соловьёва', 'Darʹya Solovʹyëva'],
  ['ru-mvd-1997', 'Юлия Ефимова', 'Yuliya Efimova'],
  ['ru-mvd-1997', 'Андрей Хабаров', 'Andrey Khabarov'],
  ['uz', 'Ўзбекистон, Тошкент', 'Oʻzbekiston, Toshkent'],
  ['uz', 'Ғофур Ғулом', 'Gʻofur Gʻulom'],
  ['uz', 'Қорақалпоғистон', 'Qoraqalpogʻiston'],
  ['uz', 'Ҳамза Ҳакимзода', 'Hamza Hakimzoda'],
  ['uz', 'Евгений', 'Yevgeniy'],
  ['tt-zamanalif', 'Габдулла Тукай', 'Ğabdulla Tuqay'],
  ['tt-zamanalif', 'Муса Җәлил', 'Musa Cälil'],
  ['tt-zamanalif', 'Казан', 'Qazan'],
  ['az', 'Һејдәр Әлијев', 'Heydər Əliyev'],
  ['az', 'Ҹәлил Мәммәдгулузадә', 'Cəlil Məmmədquluzadə'],
  ['az', 'Ҝәнҹә, Шуша', 'Gəncə, Şuşa'],
  ['az-passport', 'Rəşad Hacıyev', 'Rashad Hajiyev'],
  ['az-passport', 'Xədicə Qasımova', 'Khadija Gasimova'],
  ['az-passport', 'Ҹәлил Һүсејнов', 'Jalil Huseynov'],
  ['tk', 'Ашгабат, Түркменистан', 'Aşgabat, Türkmenistan'],
  ['tk', 'Бердимухамедов', 'Berdimuhamedow'],
  ['tk', 'Мәммедова', 'Mämmedowa'],
];

describe('toLatin', () => {
  it.each(TO_LATIN_GOLDEN)('%s: %s → %s', (system, cyrillic, latin) => {
    expect(toLatin(cyrillic, system)).toBe(latin);
  });

  it('leaves Latin and unknown characters alone', () => {
    expect(toLatin('Ömer 42', 'icao')).toBe('Ömer 42');
  });
});

const TO_CYRILLIC_GOLDEN: readonly (readonly [CyrillicSystem, string, string])[] = [
  ['uz', 'Oʻzbekiston, Toshkent', 'Ўзбекистон, Тошкент'],
  ['uz', "G'ofur G'ulom", 'Ғофур Ғулом'],
  ['uz', 'Qoraqalpogʻiston', 'Қорақалпоғистон'],
  ['uz', 'Yoʻldosh Ergashev', 'Йўлдош Эргашев'],
  ['uz', "Is'hoq", 'Исҳоқ'],
  ['kk-2021', 'Qasym-Jomart Toqaev', 'Қасым-Жомарт Тоқаев'],
  ['kk-2021', 'Şymkent', 'Шымкент'],
  ['kk-2021', 'Aigerım', 'Айгерім'],
  ['kk-2021', 'İanyqorğan', 'Янықорған'],
  ['az', 'Heydər Əliyev', 'Һејдәр Әлијев'],
  ['az', 'Gəncə, Şuşa', 'Ҝәнҹә, Шуша'],
  ['az', 'İsmayıllı', 'Исмајыллы'],
  ['tk', 'Aşgabat', 'Ашгабат'],
  ['tk', 'Türkmenistan', 'Түркменистан'],
  ['tk', 'Ýazmyrat Mämmedow', 'Язмырат Мәммедов'],
];

describe('toCyrillic', () => {
  it.each(TO_CYRILLIC_GOLDEN)('%s: %s → %s', (system, latin, cyrillic) => {
    expect(toCyrillic(latin, system)).toBe(cyrillic);
  });

  it.each([
    ['az', 'Һејдәр Әлијев Ҝәнҹә Гарабағ Шәки Ләнкәран'],
    ['uz', 'Ўзбекистон Тошкент Ғофур Ғулом Қорақалпоғистон Ҳамза'],
    ['tk', 'Түркменистан Ашгабат Мәммедов Гурбангулы'],
    ['kk-2021', 'Қасым-Жомарт Тоқаев Шымкент Өскемен Ақтау Ұлытау'],
  ] as const)('round-trips %s', (system, cyrillic) => {
    expect(toCyrillic(toLatin(cyrillic, system), system)).toBe(cyrillic);
  });
});

describe('detectScript', () => {
  it.each([
    ['Ақтөбе', 'Cyrl'],
    ['Aqtöbe', 'Latn'],
    ['Aqtöbe / Ақтөбе', 'mixed'],
    ['123', 'none'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
