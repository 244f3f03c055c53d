import { describe, expect, it } from 'vitest';
import { newQuota, quotasToDrafts, quotasToInput, validateQuotas } from './quotas';

describe('quotas', () => {
  it('reads stored quotas by country or community and sends one of them per row', () => {
    const rows = quotasToDrafts([
      { id: 'q1', countryCode: 'US', community: null, seats: 1 },
      { id: 'q2', countryCode: null, community: 'Azerbaijani', seats: 5 },
    ]);
    expect(rows.map((r) => r.by)).toEqual(['country', 'community']);
    expect(quotasToInput([...rows, { ...newQuota(), value: ' de ', seats: '2' }])).toEqual([
      { countryCode: 'US', seats: 1 },
      { community: 'Azerbaijani', seats: 5 },
      { countryCode: 'DE', seats: 2 },
    ]);
  });

  it('asks for a value and whole seats', () => {
    expect(validateQuotas([{ ...newQuota(), seats: '1.5' }])).toEqual({
      'quotas.0.value': 'required',
      'quotas.0.seats': 'invalid',
    });
  });
});
