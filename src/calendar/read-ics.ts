/**
 * A board's meeting schedule from an iCalendar file (.ics, as Outlook, Google Calendar and
 * committee systems export it): pure, no register. ical.js does the parsing, time zones
 * (VTIMEZONE, including Outlook's Windows zone names), recurrence rules, EXDATE and overrides.
 *
 * Each occurrence gets a stable key, the event's UID plus, for a recurring series, the start it
 * was first given (its RECURRENCE-ID): the key is how a second import of the same calendar
 * recognises a rescheduled meeting rather than adding a new one.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

export interface CalendarMeeting {
  /** UID, or UID#<original start> for one occurrence of a recurring series. */
  readonly key: string;
  readonly startsAt: Date;
  readonly location: string | null;
  readonly summary: string | null;
  /** STATUS:CANCELLED on the event or on this occurrence's override, or an EXDATE. */
  readonly cancelled: boolean;
}

export interface CalendarReading {
  readonly meetings: readonly CalendarMeeting[];
  /** What was left out and why, for the person importing (all-day events, no UID…). */
  readonly skipped: readonly string[];
}

export class CalendarError extends Error {}

export interface ReadOptions {
  /** The board's zone, for floating times (no TZID, no Z). */
  readonly zone: string;
  /** Recurring series are expanded up to this instant. */
  readonly until: Date;
  /** At most this many occurrences of one series, whatever its rule says. */
  readonly maxPerSeries?: number;
}

const DEFAULT_MAX_PER_SERIES = 200;

/** Reads every meeting in an .ics text; throws CalendarError when it is not iCalendar. */
export function readCalendar(text: string, options: ReadOptions): CalendarReading {
  const root = parseRoot(text);
  // Zones the file defines itself: Outlook writes "GMT Standard Time" with its VTIMEZONE.
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const skipped: string[] = [];
  const masters = new Map<string, ICAL.Event>();
  const overrides: ICAL.Component[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    if (!event.uid) {
      skipped.push(`"${label(event)}": it has no UID, so a later import could not follow it`);
      continue;
    }
    if (vevent.hasProperty('recurrence-id')) overrides.push(vevent);
    else masters.set(event.uid, event);
  }
  for (const vevent of overrides) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    const master = masters.get(uid);
    // An override whose series is not in the file stands alone, under the same key it would have.
    if (master) master.relateException(vevent);
    else masters.set(`${uid}#override`, new ICAL.Event(vevent));
  }

  const meetings: CalendarMeeting[] = [];
  for (const event of masters.values()) {
    const eventCancelled = isCancelled(event.component);
    if (!event.isRecurring()) {
      const key = event.isRecurrenceException()
        ? `${event.uid}#${instantKey(event.recurrenceId, options.zone)}`
        : event.uid;
      const meeting = occurrence(key, event.startDate, event, eventCancelled, options, skipped);
      if (meeting) meetings.push(meeting);
      continue;
    }
    const max = options.maxPerSeries ?? DEFAULT_MAX_PER_SERIES;
    const iterator = event.iterator();
    let count = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (toDate(next, options.zone) > options.until) break;
      if (++count > max) {
        skipped.push(`"${label(event)}": only its first ${max} meetings were read`);
        break;
      }
      const details = event.getOccurrenceDetails(next);
      const key = `${event.uid}#${instantKey(details.recurrenceId, options.zone)}`;
      const cancelled = eventCancelled || isCancelled(details.item.component);
      const meeting = occurrence(key, details.startDate, details.item, cancelled, options, skipped);
      if (meeting) meetings.push(meeting);
    }
    // An EXDATE removes an occurrence: if an earlier import added it, it is now cancelled.
    for (const exdate of exdates(event.component)) {
      const at = toDate(exdate, options.zone);
      if (at > options.until) continue;
      meetings.push({
        key: `${event.uid}#${instantKey(exdate, options.zone)}`,
        startsAt: at,
        location: null,
        summary: event.summary || null,
        cancelled: true,
      });
    }
  }
  meetings.sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.key.localeCompare(b.key),
  );
  return { meetings, skipped };
}

function parseRoot(text: string): ICAL.Component {
  if (!/BEGIN:VCALENDAR/i.test(text)) {
    throw new CalendarError(
      'This is not an iCalendar file (no BEGIN:VCALENDAR): export the calendar as .ics.',
    );
  }
  try {
    return new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CalendarError(`The calendar could not be read: ${why}`);
  }
}

function occurrence(
  key: string,
  start: ICAL.Time,
  event: ICAL.Event,
  cancelled: boolean,
  options: ReadOptions,
  skipped: string[],
): CalendarMeeting | undefined {
  if (start.isDate) {
    // Reminders are timed from the meeting's start: an all-day entry has none to go by.
    skipped.push(
      `"${label(event)}" on ${start.toString()}: an all-day event has no start time (add it with arising meeting add)`,
    );
    return undefined;
  }
  return {
    key,
    startsAt: toDate(start, options.zone),
    location: event.location?.trim() || null,
    summary: event.summary?.trim() || null,
    cancelled,
  };
}

/** An ICAL.Time as an instant: its own zone, else (floating) the board's. */
function toDate(time: ICAL.Time, zone: string): Date {
  const tzid = time.zone?.tzid;
  if (tzid && tzid !== 'floating') return time.toJSDate();
  // Floating, or a TZID the file did not define: read the wall time in the board's zone,
  // or in the named zone when it is an IANA name luxon knows.
  const named = (time as unknown as { timezone?: string }).timezone;
  const local = DateTime.fromObject(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    { zone: named && DateTime.local().setZone(named).isValid ? named : zone },
  );
  return local.toJSDate();
}

function instantKey(time: ICAL.Time | null, zone: string): string {
  if (!time) return 'none';
  return time.isDate ? time.toString() : toDate(time, zone).toISOString();
}

function isCancelled(component: ICAL.Component): boolean {
  return String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

function exdates(component: ICAL.Component): ICAL.Time[] {
  const out: ICAL.Time[] = [];
  for (const property of component.getAllProperties('exdate')) {
    for (const value of property.getValues()) {
      if (value instanceof ICAL.Time) out.push(value);
    }
  }
  return out;
}

function label(event: ICAL.Event): string {
  return event.summary?.trim() || 'an event with no title';
}
