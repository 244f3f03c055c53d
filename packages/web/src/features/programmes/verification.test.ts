import { describe, expect, it } from 'vitest';
import type { CertificateVerification } from '../../api/programmes-types';
import { readVerification } from './verification';

const answer = (holder: CertificateVerification['holder'], revoked = false): CertificateVerification => ({
  holder,
  programme: { id: 'p', title: { en: 'Training' } },
  dates: { start: '2019-03-11', end: '2019-03-15' },
  place: null,
  issuedAt: '2019-03-15T12:00:00Z',
  organiser: null,
  revoked,
});

describe('readVerification', () => {
  it('gives the holder’s name in their own script and in Latin, with the dates', () => {
    expect(readVerification(answer({ name: 'Айгерим Сапарова', latinName: 'Aigerim Saparova' }))).toEqual({
      names: ['Айгерим Сапарова', 'Aigerim Saparova'],
      start: '2019-03-11',
      end: '2019-03-15',
      revoked: false,
    });
  });

  it('gives a name written in Latin once, and says when the certificate was revoked', () => {
    const read = readVerification(answer({ name: 'Aysel Nəsibli', latinName: 'Aysel Nəsibli' }, true));
    expect(read.names).toEqual(['Aysel Nəsibli']);
    expect(read.revoked).toBe(true);
  });
});
