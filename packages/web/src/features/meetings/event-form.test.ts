import { describe, expect, it } from 'vitest';
import { type EventFormValues, eventToForm, formToEventInput, validateEvent } from './event-form';

const baku = { id: '00000000-0000-4000-8000-000000000001', name: 'Baku' };

function values(change: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...eventToForm(undefined, 'en'),
    title: { en: 'Exchange of experience' },
    startDate: '2019-02-27',
    startTime: '10:00',
    endDate: '2019-02-27',
    endTime: '13:00',
    place: baku,
    ...change,
  };
}

describe('the event form', () => {
  it('accepts a timed day at a city and sends the zone only when one is written', () => {
    expect(validateEvent(values(), 'en')).toEqual({});
    const input = formToEventInput(values());
    expect(input).toMatchObject({
      startDate: '2019-02-27',
      startTime: '10:00',
      endTime: '13:00',
      placeId: baku.id,
    });
    expect(input).not.toHaveProperty('timeZone');
    expect(formToEventInput(values({ timeZone: 'Asia/Baku' })).timeZone).toBe('Asia/Baku');
  });

  it('needs a title, a start date, and a zone when no city gives one', () => {
    expect(validateEvent(values({ title: { en: '  ' }, startDate: '', place: null }), 'en')).toEqual({
      'title.en': 'required',
      startDate: 'required',
      timeZone: 'required',
    });
  });

  it('refuses an end before the start, by date or by time', () => {
    expect(validateEvent(values({ endDate: '2019-02-26' }), 'en')).toEqual({ endDate: 'dateOrder' });
    expect(validateEvent(values({ endTime: '09:00' }), 'en')).toEqual({ endTime: 'dateOrder' });
  });

  it('wants both times or neither, and makes a day without times all-day', () => {
    expect(validateEvent(values({ endTime: '' }), 'en')).toEqual({ endTime: 'required' });
    const allDay = formToEventInput(values({ startTime: '', endTime: '', endDate: '' }));
    expect(allDay).toMatchObject({ startTime: null, endTime: null, endDate: '2019-02-27' });
  });
});
