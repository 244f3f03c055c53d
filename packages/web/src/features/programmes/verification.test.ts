import { describe, expect, it } from 'vitest';
import { readVerification } from './verification';

describe('readVerification', () => {
  it('lists the holder’s names in both scripts once each, with the dates', () => {
    const read = readVerification({
      holder: { name: 'Айсель Насибли', native: 'Aysel Nəsibli', latin: 'Aysel Nasibli' },
      programme: { title: { en: 'Training' } },
      dates: { start: '2019-06-01', end: '2019-06-05' },
    });
    expect(read).toEqual({
      names: ['Aysel Nəsibli', 'Айсель Насибли', 'Aysel Nasibli'],
      start: '2019-06-01',
      end: '2019-06-05',
    });
  });

  it('accepts a single name and no dates', () => {
    const read = readVerification({ holder: 'Aysel Nəsibli', programme: { title: {} }, dates: null });
    expect(read).toEqual({ names: ['Aysel Nəsibli'], start: null, end: null });
    expect(
      readVerification({ holder: { name: 'A', latin: 'A' }, programme: { title: {} }, dates: null }).names,
    ).toEqual(['A']);
  });
});
