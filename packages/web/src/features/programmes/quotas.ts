import type { Quota } from '../../api/programmes-types';

/** A quota as edited: by country of residence or by community, seats as typed. */
export interface QuotaDraft {
  key: string;
  by: 'country' | 'community';
  value: string;
  seats: string;
}

let counter = 0;
/** A new quota row (by country). */
export function newQuota(): QuotaDraft {
  counter += 1;
  return { key: `new-${counter}`, by: 'country', value: '', seats: '' };
}

/** The stored quotas as rows. */
export const quotasToDrafts = (quotas: Quota[]): QuotaDraft[] =>
  quotas.map((q) => ({
    key: q.id,
    by: q.countryCode ? 'country' : 'community',
    value: q.countryCode ?? q.community ?? '',
    seats: String(q.seats),
  }));

/** Problems by row: a country or community, and a whole number of seats. */
export function validateQuotas(rows: QuotaDraft[]): Record<string, 'required' | 'invalid'> {
  const problems: Record<string, 'required' | 'invalid'> = {};
  rows.forEach((r, i) => {
    if (!r.value.trim()) problems[`quotas.${i}.value`] = 'required';
    if (!/^\d+$/.test(r.seats.trim())) problems[`quotas.${i}.seats`] = 'invalid';
  });
  return problems;
}

/** The request body: exactly one of country (upper-case code) or community per row. */
export const quotasToInput = (rows: QuotaDraft[]) =>
  rows.map((r) =>
    r.by === 'country'
      ? { countryCode: r.value.trim().toUpperCase(), seats: Number(r.seats) }
      : { community: r.value.trim(), seats: Number(r.seats) },
  );
