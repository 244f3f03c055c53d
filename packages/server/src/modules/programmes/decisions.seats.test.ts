import { describe, expect, it } from 'vitest';
import { byScore, seatBook } from './decisions.seats.ts';
import type { ProgrammeQuota } from './programmes.table.ts';

// The seat rule on its own: capacity, country and community quotas, applicants under no quota.

const quota = (
  id: string,
  seats: number,
  country: string | null,
  community: string | null,
): ProgrammeQuota => ({
  id,
  programme_id: 'p',
  country_code: country,
  community,
  seats,
});
const kz = { country: 'KZ', communities: ['kk'] };
const de = { country: 'DE', communities: ['az', 'tr'] };

describe('seat book', () => {
  it('a community quota counts everyone whose communities include it, already accepted too', () => {
    const book = seatBook(null, [quota('q', 1, null, 'az')], [de]);
    expect(book.fits({ country: 'US', communities: ['az'] })).toBe(false);
    expect(book.fits(kz)).toBe(true);
    expect(book.fits(null)).toBe(true);
  });

  it('the capacity limits everyone, quota or not', () => {
    const book = seatBook(2, [quota('q', 5, 'KZ', null)], []);
    book.take(kz);
    book.take(null);
    expect(book.fits(kz)).toBe(false);
    expect(book.fits(de)).toBe(false);
  });

  it('orders by score, unscored last, then by submission', () => {
    const at = (n: number) => new Date(2026, 0, n);
    const rows = [
      { id: 'c', score: null, submitted_at: at(1) },
      { id: 'b', score: 50, submitted_at: at(3) },
      { id: 'a', score: 50, submitted_at: at(2) },
      { id: 'd', score: 80, submitted_at: at(4) },
    ];
    expect(rows.sort(byScore).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
