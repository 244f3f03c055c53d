import { describe, expect, it } from 'vitest';
import { callStatusText } from './call-status';

const call = (status: 'upcoming' | 'open' | 'closed') => ({
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-03-31T19:59:00Z',
  timeZone: 'Asia/Baku',
  status,
});

describe('callStatusText', () => {
  it('says there is no call', () => {
    expect(callStatusText(null, 'en', 'UTC').key).toBe('none');
  });

  it('gives the closing time in the organiser’s zone and, when it differs, the reader’s', () => {
    const text = callStatusText(call('open'), 'en', 'America/New_York');
    expect(text.key).toBe('openBoth');
    expect(text.values.date).toContain('11:59');
    expect(text.values.date).toContain('Asia/Baku');
    expect(text.values.reader).toContain('3:59');
    expect(text.values.reader).toContain('America/New_York');
  });

  it('gives one time when the reader is in the organiser’s zone', () => {
    const text = callStatusText(call('open'), 'en', 'Asia/Baku');
    expect(text).toEqual({ key: 'open', values: { date: expect.stringContaining('Mar 31, 2026') } });
  });

  it('names the opening of an upcoming call and the closing of a closed one', () => {
    expect(callStatusText(call('upcoming'), 'en', 'UTC').values.date).toContain('Mar 1, 2026');
    expect(callStatusText(call('closed'), 'en', 'UTC').key).toBe('closed');
  });
});
