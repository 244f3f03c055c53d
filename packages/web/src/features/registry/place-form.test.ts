import { describe, expect, it } from 'vitest';
import type { PlaceDetail } from '../../api';
import {
  emptyPlaceNameRow,
  formToPlaceInput,
  isTimeZone,
  parseCoordinate,
  placeToForm,
  primaryPlaceName,
  validatePlace,
} from './place-form';

const bishkek: PlaceDetail = {
  id: 'bishkek',
  kind: 'city',
  countryCode: 'KG',
  parentId: 'kg',
  latitude: 42.87,
  longitude: 74.59,
  timeZone: 'Asia/Bishkek',
  otsStatus: null,
  names: [
    {
      id: 'n1',
      lang: 'ky',
      script: 'Cyrl',
      name: 'Бишкек',
      nameType: 'official',
      validFrom: null,
      validTo: null,
    },
    {
      id: 'n2',
      lang: 'en',
      script: 'Latn',
      name: 'Bishkek',
      nameType: 'official',
      validFrom: null,
      validTo: null,
    },
    {
      id: 'n3',
      lang: 'ru',
      script: 'Cyrl',
      name: 'Фрунзе',
      nameType: 'historical',
      validFrom: '1926-05-10',
      validTo: '1991-02-05',
    },
  ],
};

describe('place form', () => {
  it('heads a place with its current official name in the interface language, else English', () => {
    expect(primaryPlaceName(bishkek.names, 'ky')).toBe('Бишкек');
    expect(primaryPlaceName(bishkek.names, 'tr')).toBe('Bishkek');
    expect(primaryPlaceName(bishkek.names.slice(2), 'ru')).toBe('Фрунзе');
    expect(primaryPlaceName([], 'en')).toBe('');
  });

  it('starts a new place as a city with one official name in the interface language', () => {
    const values = placeToForm(undefined, 'az');
    expect(values).toMatchObject({ kind: 'city', countryCode: '', parent: null, latitude: '' });
    expect(values.names).toHaveLength(1);
    expect(values.names[0]).toMatchObject({ lang: 'az', nameType: 'official', name: '' });
    expect(validatePlace(values)).toEqual({ countryCode: 'required', 'names.0.name': 'required' });
  });

  it('sends an existing place back as it was, historical name and all', () => {
    const values = placeToForm(bishkek, 'en', { id: 'kg', name: 'Kyrgyzstan' });
    expect(validatePlace(values)).toEqual({});
    expect(formToPlaceInput(values)).toEqual({
      kind: 'city',
      countryCode: 'KG',
      parentId: 'kg',
      timeZone: 'Asia/Bishkek',
      latitude: 42.87,
      longitude: 74.59,
      names: bishkek.names.map(({ id: _id, ...name }) => name),
    });
  });

  it('reads coordinates with a point or a comma and refuses what is not one', () => {
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate(' 42,87 ')).toBe(42.87);
    expect(parseCoordinate('−74.5')).toBe(-74.5);
    expect(parseCoordinate('42°52′')).toBeNaN();
    expect(parseCoordinate('1e2')).toBeNaN();
  });

  it('refuses coordinates out of range, an unknown time zone and reversed validity', () => {
    const values = placeToForm(undefined, 'en');
    values.countryCode = 'KG';
    values.names = [
      {
        ...emptyPlaceNameRow('ru'),
        name: 'Фрунзе',
        nameType: 'historical',
        validFrom: '1991-02-05',
        validTo: '1926-05-10',
      },
    ];
    values.latitude = '91';
    values.longitude = '-181';
    values.timeZone = 'Asia/Frunze';
    expect(validatePlace(values)).toEqual({
      'names.0.validTo': 'dateOrder',
      latitude: 'invalid',
      longitude: 'invalid',
      timeZone: 'invalid',
    });
    expect(isTimeZone('Asia/Bishkek')).toBe(true);
  });

  it('sends blanks as null', () => {
    const values = placeToForm(undefined, 'en');
    values.countryCode = 'KG';
    values.names = [{ ...emptyPlaceNameRow('en'), name: ' Osh ' }];
    expect(formToPlaceInput(values)).toMatchObject({
      parentId: null,
      timeZone: null,
      latitude: null,
      longitude: null,
      names: [
        { lang: 'en', script: 'Latn', name: 'Osh', nameType: 'official', validFrom: null, validTo: null },
      ],
    });
  });
});
