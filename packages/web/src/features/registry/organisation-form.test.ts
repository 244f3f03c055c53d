import { describe, expect, it } from 'vitest';
import {
  emptyNameRow,
  formToOrganisationInput,
  organisationToForm,
  validateOrganisation,
} from './organisation-form';

describe('organisation form', () => {
  it('starts a new organisation with one official name row in the interface language', () => {
    const values = organisationToForm(undefined, 'kk');
    expect(values.names).toHaveLength(1);
    expect(values.names[0]).toMatchObject({ lang: 'kk', nameType: 'official' });
    expect(validateOrganisation(values)).toEqual({ 'names.0.name': 'required' });
  });

  it('turns blanks into nulls and the year into a number', () => {
    const values = organisationToForm(undefined, 'en');
    values.names[0] = { ...values.names[0]!, name: ' Kazakh Cultural Centre ', abbreviation: ' ' };
    values.foundedYear = '1998';
    values.countryCode = 'DE';
    const input = formToOrganisationInput(values);
    expect(input.names[0]).toEqual({
      lang: 'en',
      name: 'Kazakh Cultural Centre',
      abbreviation: null,
      nameType: 'official',
      validFrom: null,
      validTo: null,
    });
    expect(input).toMatchObject({ foundedYear: 1998, countryCode: 'DE', city: null, parentId: null });
  });

  it('refuses reversed validity, a non-year, a bad address and a set without an official name', () => {
    const values = organisationToForm(undefined, 'en');
    values.names = [
      {
        ...emptyNameRow('en'),
        name: 'CCTS',
        nameType: 'former',
        validFrom: '2009-10-03',
        validTo: '2009-01-01',
      },
    ];
    values.foundedYear = '19x8';
    values.website = 'kazakh centre';
    expect(validateOrganisation(values)).toEqual({
      'names.0.validTo': 'dateOrder',
      names: 'invalid',
      foundedYear: 'invalid',
      website: 'invalid',
    });
  });
});
