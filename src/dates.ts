/** Dates as a board reads them, in the board's time zone (luxon does the zone arithmetic). */
import { DateTime } from 'luxon';

const toDateTime = (value: string | Date, zone: string) =>
  (typeof value === 'string'
    ? DateTime.fromISO(value, { zone: 'utc' })
    : DateTime.fromJSDate(value)
  ).setZone(zone);

/**
 * Formatting in a zone costs luxon tens of microseconds (Intl), and every card formats the same
 * few meeting and update dates again: answers are remembered, by instant and zone, in a bounded
 * map emptied when full.
 */
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 5000;

function remember(key: string, compute: () => string): string {
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(key, value);
  return value;
}

const instantKey = (value: string | Date) =>
  typeof value === 'string' ? value : String(value.getTime());

/** "2 Dec 2026" */
export function formatDate(value: string | Date, zone: string): string {
  return remember(`d|${instantKey(value)}|${zone}`, () =>
    toDateTime(value, zone).toFormat('d LLL yyyy'),
  );
}

/** "Wed 2 Dec 2026, 10:00" */
export function formatDateTime(value: string | Date, zone: string): string {
  return remember(`dt|${instantKey(value)}|${zone}`, () =>
    toDateTime(value, zone).toFormat('ccc d LLL yyyy, HH:mm'),
  );
}

/** A calendar date (YYYY-MM-DD, no zone) for display: "15 Jan 2027". */
export function formatCalendarDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).toFormat('d LLL yyyy');
}

const INPUT_FORMATS = [
  'yyyy-MM-dd',
  'd LLL yyyy',
  'd LLLL yyyy',
  'd/M/yyyy',
  'dd/MM/yyyy',
  'd LLL',
  'd LLLL',
];

/**
 * Reads a date someone typed ("2026-12-07", "7 Dec 2026", "7/12/2026", "7 December") as a
 * calendar date. Day-first, as in the UK. Returns undefined when it is not a date.
 */
export function parseDateInput(text: string, zone: string, now: Date): string | undefined {
  const clean = text
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/\s+/g, ' ');
  for (const format of INPUT_FORMATS) {
    let parsed = DateTime.fromFormat(clean, format, { zone, locale: 'en-GB' });
    if (!parsed.isValid) continue;
    // "7 Dec" without a year means the next 7 December.
    if (!format.includes('y') && parsed < DateTime.fromJSDate(now).setZone(zone).startOf('day')) {
      parsed = parsed.plus({ years: 1 });
    }
    return parsed.toISODate() ?? undefined;
  }
  return undefined;
}

/**
 * The calendar date of an instant in a zone: YYYY-MM-DD. Remembered by the minute: every zone's
 * offset is whole minutes, so the date cannot change within one.
 */
export function localDate(value: string | Date, zone: string): string {
  const minute = Math.floor(
    (typeof value === 'string' ? Date.parse(value) : value.getTime()) / 60_000,
  );
  return remember(`ld|${minute}|${zone}`, () => toDateTime(value, zone).toISODate()!);
}
