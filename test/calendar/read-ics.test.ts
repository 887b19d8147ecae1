import { describe, expect, it } from 'vitest';
import { CalendarError, readCalendar } from '../../src/calendar/read-ics.ts';
import { event, ics } from './ics.ts';

const options = { zone: 'Europe/London', until: new Date('2028-01-01T00:00:00Z') };
const at = (r: ReturnType<typeof readCalendar>) =>
  r.meetings.map((m) => [m.key, m.startsAt.toISOString(), m.cancelled]);

describe('reading an iCalendar schedule', () => {
  it('reads times in the zone the file defines, across the clock change', () => {
    const r = readCalendar(
      ics(
        event('UID:jan', 'DTSTART;TZID=GMT Standard Time:20270112T100000', 'LOCATION:City Hall'),
        event('UID:jun', 'DTSTART;TZID=GMT Standard Time:20270608T100000'),
        event('UID:utc', 'DTSTART:20270701T090000Z'),
        event('UID:iana', 'DTSTART;TZID=Europe/London:20271001T100000'),
        event('UID:floating', 'DTSTART:20270901T100000'),
      ),
      options,
    );
    expect(at(r)).toEqual([
      ['jan', '2027-01-12T10:00:00.000Z', false],
      ['jun', '2027-06-08T09:00:00.000Z', false],
      ['utc', '2027-07-01T09:00:00.000Z', false],
      ['floating', '2027-09-01T09:00:00.000Z', false],
      ['iana', '2027-10-01T09:00:00.000Z', false],
    ]);
    expect(r.meetings[0]!.location).toBe('City Hall');
  });

  it('expands a series with its exceptions: a moved occurrence, a cancelled one and an EXDATE', () => {
    const r = readCalendar(
      ics(
        event(
          'UID:board',
          'SUMMARY:Board',
          'DTSTART;TZID=GMT Standard Time:20270112T100000',
          'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=5',
          'EXDATE;TZID=GMT Standard Time:20270309T100000',
        ),
        event(
          'UID:board',
          'RECURRENCE-ID;TZID=GMT Standard Time:20270413T100000',
          'DTSTART;TZID=GMT Standard Time:20270415T140000',
        ),
        event(
          'UID:board',
          'RECURRENCE-ID;TZID=GMT Standard Time:20270511T100000',
          'DTSTART;TZID=GMT Standard Time:20270511T100000',
          'STATUS:CANCELLED',
        ),
      ),
      options,
    );
    expect(at(r)).toEqual([
      ['board#2027-01-12T10:00:00.000Z', '2027-01-12T10:00:00.000Z', false],
      ['board#2027-02-09T10:00:00.000Z', '2027-02-09T10:00:00.000Z', false],
      ['board#2027-03-09T10:00:00.000Z', '2027-03-09T10:00:00.000Z', true],
      // The key stays the start it was first given, so a re-import moves the meeting.
      ['board#2027-04-13T09:00:00.000Z', '2027-04-15T13:00:00.000Z', false],
      ['board#2027-05-11T09:00:00.000Z', '2027-05-11T09:00:00.000Z', true],
    ]);
  });

  it('stops an endless series at the horizon and says what it left out', () => {
    const r = readCalendar(
      ics(
        event('UID:weekly', 'SUMMARY:Weekly', 'DTSTART:20270104T100000Z', 'RRULE:FREQ=WEEKLY'),
        event('UID:away', 'SUMMARY:Away day', 'DTSTART;VALUE=DATE:20270801'),
        event('SUMMARY:No uid', 'DTSTART:20270801T100000Z'),
      ),
      { zone: 'Europe/London', until: new Date('2027-02-01T00:00:00Z') },
    );
    expect(r.meetings.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual([
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
    ]);
    expect(r.skipped).toEqual([
      '"No uid": it has no UID, so a later import could not follow it',
      '"Away day" on 2027-08-01: an all-day event has no start time (add it with arising meeting add)',
    ]);
  });

  it('marks a whole cancelled event as cancelled', () => {
    const r = readCalendar(
      ics(event('UID:gone', 'DTSTART:20270301T100000Z', 'STATUS:CANCELLED')),
      options,
    );
    expect(at(r)).toEqual([['gone', '2027-03-01T10:00:00.000Z', true]]);
  });

  it('refuses what is not a calendar, saying so', () => {
    expect(() => readCalendar('Date,Time\n2027-01-12,10:00\n', options)).toThrow(CalendarError);
    expect(() => readCalendar('Date,Time\n', options)).toThrow(/not an iCalendar file/);
    expect(() => readCalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', options)).toThrow(
      /could not be read/,
    );
  });
});
