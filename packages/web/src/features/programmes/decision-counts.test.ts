import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../api/programmes-types';
import { decisionBody, seatCounts, waitlistOrder } from './decision-counts';

const app = (id: string, status: ApplicationStatus, waitlistPosition: number | null = null) => ({
  id,
  status,
  waitlistPosition,
});

describe('seatCounts', () => {
  const apps = [
    app('a', 'accepted'),
    app('b', 'submitted'),
    app('c', 'under_review'),
    app('d', 'waitlisted', 1),
  ];

  it('adds the pending acceptances to the seats taken', () => {
    expect(seatCounts(3, apps, { b: 'accept' })).toMatchObject({
      accepted: 1,
      acceptedAfter: 2,
      freeAfter: 1,
      overCapacity: 0,
    });
  });

  it('sends acceptances beyond capacity to the waitlist', () => {
    expect(seatCounts(2, apps, { b: 'accept', c: 'accept', d: 'accept' })).toEqual({
      capacity: 2,
      accepted: 1,
      acceptedAfter: 2,
      freeAfter: 0,
      overCapacity: 2,
      waitlisted: 2,
    });
  });

  it('frees a seat when an accepted one is waitlisted or rejected', () => {
    expect(seatCounts(1, apps, { a: 'reject' })).toMatchObject({ acceptedAfter: 0, freeAfter: 1 });
    expect(seatCounts(1, apps, { a: 'waitlist' })).toMatchObject({ acceptedAfter: 0, waitlisted: 2 });
  });

  it('has no limit without a capacity', () => {
    expect(seatCounts(null, apps, { b: 'accept', c: 'accept' })).toMatchObject({
      acceptedAfter: 3,
      freeAfter: null,
      overCapacity: 0,
    });
  });
});

describe('decisionBody and waitlistOrder', () => {
  it('groups the decisions and orders the waitlist', () => {
    expect(decisionBody({ a: 'accept', b: 'reject', c: 'accept' })).toEqual({
      accept: ['a', 'c'],
      waitlist: [],
      reject: ['b'],
    });
    const order = waitlistOrder([app('x', 'waitlisted', 2), app('y', 'accepted'), app('z', 'waitlisted', 1)]);
    expect(order.map((a) => a.id)).toEqual(['z', 'x']);
  });
});
