import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Calendar, type CalendarEvent, writeCalendar } from './ical.ts';

// The writer's output read back by an independent parser (Mozilla's ical.js), and one small
// calendar compared byte for byte.

const GENERATED = new Date('2026-11-27T00:10:00Z');
const host = 'kopru.example.org';

const contactGroup: CalendarEvent = {
  id: '5c0d3a52-0000-4000-8000-000000000005',
  summary: 'Diaspor üzrə Əlaqə Qrupunun 5-ci iclası',
  description:
    'Gündəlik: açılış, çıxışlar; qərarlar, elanlar.\nИмзалар: Қазақстан, Кыргызстан — ң ө ү ә ғ қ.\\',
  location: 'Diaspora ilə İş üzrə Dövlət Komitəsi, Bakı, Azərbaycan',
  url: `https://${host}/events/5c0d3a52-0000-4000-8000-000000000005`,
  status: 'CONFIRMED',
  time: { kind: 'dates', firstDay: '2019-02-05', lastDay: '2019-02-06' },
  lastModified: new Date('2026-11-20T12:00:00Z'),
  sequence: 2,
};
const exchange: CalendarEvent = {
  id: '5c0d3a52-0000-4000-8000-000000000001',
  summary: 'Təcrübə mübadiləsi',
  // 10:00–17:30 in Baku (UTC+4)
  time: { kind: 'instants', start: new Date('2019-02-05T06:00:00Z'), end: new Date('2019-02-05T13:30:00Z') },
  status: 'CANCELLED',
};

const calendar: Calendar = {
  name: 'Köprü — Diaspor üzrə Əlaqə Qrupu',
  description: 'Meetings of the Contact Group on Work with Diaspora',
  host,
  events: [contactGroup, exchange],
  generatedAt: GENERATED,
  refreshInterval: 'PT6H',
};

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('writeCalendar', () => {
  it('writes a calendar that ical.js reads back with every property intact', () => {
    const { root, events } = parse(writeCalendar(calendar));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Köprü//Köprü calendar 1.0//EN');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(calendar.name);
    expect(String(root.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    expect(events).toHaveLength(2);

    const [first, second] = events;
    expect(first?.uid).toBe(`${contactGroup.id}@${host}`);
    expect(first?.summary).toBe(contactGroup.summary);
    expect(first?.description).toBe(contactGroup.description);
    expect(first?.location).toBe(contactGroup.location);
    expect(first?.sequence).toBe(2);
    const vevent = first?.component;
    expect(vevent?.getFirstPropertyValue('url')).toBe(contactGroup.url);
    expect(vevent?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(vevent?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T00:10:00Z');
    expect(String(vevent?.getFirstPropertyValue('last-modified'))).toBe('2026-11-20T12:00:00Z');
    expect(second?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(second?.description).toBeNull();
  });

  it('writes whole days as DATE values with the day after the last as DTEND', () => {
    const [event] = parse(writeCalendar(calendar)).events;
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2019-02-05');
    expect(event?.endDate.isDate).toBe(true);
    expect(event?.endDate.toString()).toBe('2019-02-07');
    expect(event?.duration.toString()).toBe('P2D');
  });

  it('writes instants in UTC, which every client shows in its own zone (Baku 10:00 is 12:00 in Bishkek, 09:00 in Ankara)', () => {
    const [, event] = parse(writeCalendar(calendar)).events;
    expect(event?.startDate.zone?.tzid).toBe('UTC');
    const start = event?.startDate.toJSDate() ?? new Date(0);
    expect(start.toISOString()).toBe('2019-02-05T06:00:00.000Z');
    const at = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(start);
    expect([at('Asia/Baku'), at('Asia/Bishkek'), at('Europe/Istanbul')]).toEqual(['10:00', '12:00', '09:00']);
    expect(event?.endDate.toJSDate().toISOString()).toBe('2019-02-05T13:30:00.000Z');
  });

  it('is byte-exact: CRLF endings, escaped text, lines folded at 75 octets', () => {
    const ics = writeCalendar({
      name: 'Köprü; Bakı, 2019',
      host,
      generatedAt: GENERATED,
      events: [
        {
          id: 'e1',
          summary: 'Қазақстан, Қырғызстан; Түркия — ə ğ ı ş ö ü ç ң ө ү ә ғ қ ұ һ і',
          time: { kind: 'dates', firstDay: '2019-02-05', lastDay: '2019-02-05' },
        },
      ],
    });
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Köprü//Köprü calendar 1.0//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Köprü\\; Bakı\\, 2019',
        'BEGIN:VEVENT',
        'UID:e1@kopru.example.org',
        'DTSTAMP:20261127T001000Z',
        'DTSTART;VALUE=DATE:20190205',
        'DTEND;VALUE=DATE:20190206',
        // 8 + 18 + 2 + 1 + 20 + 2 + 1 + 12 + 1 + 3 + 1 + 2 + 1 + 2 + 1 = 75 octets; 'ı' would be 77
        'SUMMARY:Қазақстан\\, Қырғызстан\\; Түркия — ə ğ ',
        ' ı ş ö ü ç ң ө ү ә ғ қ ұ һ і',
        'SEQUENCE:0',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    for (const physical of ics.split('\r\n')) {
      expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\r\n]/);
    }
    expect(parse(ics).events[0]?.summary).toBe(
      'Қазақстан, Қырғызстан; Түркия — ə ğ ı ş ö ü ç ң ө ү ә ғ қ ұ һ і',
    );
  });

  it('refuses events that end before they start, links that are not http(s), and odd intervals', () => {
    const base = { name: 'x', host, generatedAt: GENERATED };
    const event = (over: Partial<CalendarEvent>): Calendar => ({
      ...base,
      events: [{ ...exchange, status: undefined, ...over }],
    });
    expect(() =>
      writeCalendar(event({ time: { kind: 'dates', firstDay: '2019-02-06', lastDay: '2019-02-05' } })),
    ).toThrow(/before/);
    expect(() =>
      writeCalendar(
        event({
          time: {
            kind: 'instants',
            start: new Date('2019-02-05T10:00Z'),
            end: new Date('2019-02-05T09:00Z'),
          },
        }),
      ),
    ).toThrow(/ends before/);
    expect(() => writeCalendar(event({ url: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => writeCalendar({ ...base, events: [], refreshInterval: 'PT6H\r\nX-EVIL:1' })).toThrow(
      /duration/,
    );
  });
});
