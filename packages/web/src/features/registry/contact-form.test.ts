import { describe, expect, it } from 'vitest';
import { CONTACT_KINDS } from '../../api';
import { contactInputType, emptyContact, formToContactInput, validateContact } from './contact-form';

describe('contact form', () => {
  it('starts with the visibility it is given (owner only for people)', () => {
    expect(emptyContact('owner')).toEqual({ kind: 'email', value: '', label: '', visibility: 'owner' });
  });

  it('requires a value, an email address for an email and an http(s) address for a website', () => {
    expect(validateContact({ ...emptyContact('owner'), value: '  ' })).toEqual({ value: 'required' });
    expect(validateContact({ ...emptyContact('owner'), value: 'info at example.org' })).toEqual({
      value: 'invalid',
    });
    expect(validateContact({ ...emptyContact('owner'), value: 'info@example.org' })).toEqual({});
    const website = { ...emptyContact('public'), kind: 'website' as const };
    expect(validateContact({ ...website, value: 'example.org' })).toEqual({ value: 'invalid' });
    expect(validateContact({ ...website, value: 'https://example.org' })).toEqual({});
    expect(validateContact({ ...website, kind: 'social', value: '@kopru' })).toEqual({});
    expect(validateContact({ ...website, kind: 'phone', value: '+49 30 1234' })).toEqual({});
  });

  it('trims the value and leaves a blank label out', () => {
    expect(
      formToContactInput({ kind: 'phone', value: ' +994 12 555 ', label: ' ', visibility: 'network' }),
    ).toEqual({ kind: 'phone', value: '+994 12 555', visibility: 'network' });
    expect(
      formToContactInput({ kind: 'email', value: 'a@b.az', label: ' Office ', visibility: 'owner' }),
    ).toEqual({
      kind: 'email',
      value: 'a@b.az',
      label: 'Office',
      visibility: 'owner',
    });
  });

  it('asks browsers for the keyboard that fits the kind', () => {
    expect(CONTACT_KINDS.map(contactInputType)).toEqual(['email', 'tel', 'text', 'url', 'text']);
  });
});
