import { describe, expect, it } from 'vitest';
import { filterFromParams, toApiFilter } from './audit-filter';

describe('audit filter', () => {
  it('reads the URL and leaves out empty fields', () => {
    const values = filterFromParams(new URLSearchParams('action=auth.login&actor=%20&from=2026-03-01'));
    expect(values).toEqual({
      actor: '',
      action: 'auth.login',
      entityType: '',
      entityId: '',
      from: '2026-03-01',
      to: '',
    });
    const filter = toApiFilter(values);
    expect(filter.action).toBe('auth.login');
    expect(filter.actor).toBeUndefined();
    expect(filter.from).toBe(new Date('2026-03-01T00:00:00.000').toISOString());
    expect(filter.to).toBeUndefined();
  });

  it('makes "to" the end of the day and ignores malformed dates', () => {
    const base = filterFromParams(new URLSearchParams());
    expect(toApiFilter({ ...base, to: '2026-03-05' }).to).toBe(
      new Date('2026-03-05T23:59:59.999').toISOString(),
    );
    expect(toApiFilter({ ...base, from: 'yesterday' }).from).toBeUndefined();
  });
});
