/**
 * Dates, times and places as minutes write them: "Wednesday 29 September 2010, 3pm at City Hall",
 * "7 December 2020, 15:00, MS Teams", "12.30", "4 December 2018 Date:". A weekday that does not
 * match its date is kept and reported, not fatal: minutes are often copied from a template.
 */
import { DateTime } from 'luxon';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

/**
 * "Monday 20 July 2012", "20th July 2012", "21 st April 2016" (an ordinal split by PDF export),
 * "the 3rd day of March 2015" (the form of a deed, kept by some councils),
 * "July 18, 2013", "Jan. 21, 2019", "20/07/2012", "18.01.16", "28.6.12", "2012-07-20".
 */
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_RE = new RegExp(
  [
    `(?:\\b${WEEKDAY},?\\s*(?:the\\s+)?)?(?:`,
    // 2-4: "20th July 2012", "the 3rd day of March 2015", "14-Jan-2019".
    // "4thMarch2014": web text glues an ordinal to its month.
    `(?:\\b|(?<=day))(\\d{1,2})(?:\\s?(?:st|nd|rd|th)(?:\\s*|-)|\\s+|-)(?:day\\s+)?(?:of\\s+)?${MONTH}\\.?(?:,?\\s*|-)(\\d{4})(?:\\b|(?=[a-z]))`,
    // 5-7: "20/07/2012", "20.07.2012", "20-07-2012".
    // Not the tail of a longer run of numbers: "...1999-10-01-2020-min".
    `|\\b(?<!\\d[-./])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b(?![-./]\\d)`,
    // 8-10: "2012-07-20", "2012.07.20".
    `|\\b(\\d{4})[-./](\\d{2})[-./](\\d{2})\\b`,
    // 11-13: "31/03/25".
    `|\\b(\\d{1,2})/(\\d{1,2})/(\\d{2})\\b`,
    // 14-16: "July 18, 2013", "Jan. 21, 2019", "June 5-6, 2019" (a meeting over two days).
    `|\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}(?:\\s*[-–]\\s*\\d{1,2}${ORDINAL})?\\b[,.]?\\s+(\\d{4})\\b`,
    // 17-19: "18.01.16", "28.6.12".
    `|(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})\\b(?!\\.\\d)`,
    // 20-22: "14 Jan 19", "14-Jan-19": a two-digit year after a month, only where nothing but a
    // time, a place or the end of the line follows (not "5 June 10 people").
    `|\\b(\\d{1,2})${ORDINAL}(?:\\s+|-)${MONTH}\\.?(?:\\s+|-)(\\d{2})\\b(?![.:]\\d)(?=\\s*(?:$|[,;)]|at\\b|from\\b|\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m|p\\.m)|\\d{1,2}[.:]\\d{2}))`,
    ')',
  ].join(''),
  'i',
);

const monthIndex = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

export interface FoundDate {
  readonly date: string;
  /** Index of the end of the date in the line, where a time or place may follow. */
  readonly end: number;
  readonly start: number;
  /** Set when the line names a weekday the date does not fall on. */
  readonly weekdayMismatch: string | null;
  /** The line names the weekday ("Tuesday 7th December 2010"). */
  readonly weekdayNamed: boolean;
}

/** The first valid date in the line ("4.20.10" is not one; a real date later in the line is). */
export function findDate(line: string): FoundDate | null {
  for (const m of line.matchAll(new RegExp(DATE_RE.source, 'gi'))) {
    // "4.1.12 Gypsy Traveller needs": a paragraph number in front of its text, not a date.
    // "01/25/01 – Welcome", "01/25/02" alone: a line opening with a minute number
    // (year/month/item), not 25 January read US-style.
    if (m[11] && Number(m[12]) > 12 && /^\s*$/.test(line.slice(0, m.index))) continue;
    if (
      m[17] &&
      /^\s*$/.test(line.slice(0, m.index)) &&
      /^\s+(?:[-–—]\s+)?[A-Za-z]/.test(line.slice(m.index! + m[0].length))
    )
      continue;
    const found = toFound(m);
    if (found) return m[2] ? rangeStart(line, m, found) : found;
  }
  return null;
}

// The day a range opens with, before the day that has the month: "5th – 6th June", "5-6 June",
// "Thursday 5 & Friday 6 June".
const RANGE_OPEN = new RegExp(
  `(?:\\b${WEEKDAY},?\\s*)?\\b(\\d{1,2})\\s?${ORDINAL}\\s*(?:[-–—&]|to|and)\\s*$`,
  'i',
);

/** A meeting over two days is dated by its first. */
function rangeStart(line: string, m: RegExpMatchArray, found: FoundDate): FoundDate {
  const open = RANGE_OPEN.exec(line.slice(0, m.index));
  if (!open || Number(open[2]) >= Number(m[2])) return found;
  // "Page 2 - 14 January 2019", "Item 4 – 6 June": a number before the date, not its first day.
  if (
    /\b(?:page|item|minute|no\.?|paragraph|section|part|appendix|annex)\s*$/i.test(
      line.slice(0, open.index),
    )
  )
    return found;
  const dt = DateTime.fromISO(found.date, { zone: 'utc' }).set({ day: Number(open[2]) });
  return { ...found, date: dt.toISODate()!, start: open.index, weekdayMismatch: null };
}

/** "16" -> 2016; "98" -> 1998 (minutes are not written more than a few decades ahead). */
const twoDigitYear = (yy: string): number => (Number(yy) > 70 ? 1900 : 2000) + Number(yy);

function dayOrMonthFirst(year: number, second: number, first: number): DateTime {
  const ukOrder = DateTime.utc(year, second, first);
  return ukOrder.isValid || first > 12 ? ukOrder : DateTime.utc(year, first, second);
}

function toFound(m: RegExpMatchArray): FoundDate | null {
  let dt: DateTime;
  if (m[2]) dt = DateTime.utc(Number(m[4]), monthIndex(m[3]!), Number(m[2]));
  // UK order, day first; a two-digit year (31/03/25, slashes only) is this century.
  // A day-first reading that cannot be a date is American, month first: "6/26/13", "1/28/2019".
  else if (m[5]) dt = dayOrMonthFirst(Number(m[7]), Number(m[6]), Number(m[5]));
  else if (m[11]) dt = dayOrMonthFirst(2000 + Number(m[13]), Number(m[12]), Number(m[11]));
  // Month first, as American minutes write it: "July 18, 2013".
  else if (m[14]) dt = DateTime.utc(Number(m[16]), monthIndex(m[14]), Number(m[15]));
  // "18.01.16": a two-digit year with dots, this century unless that is in the future by far.
  else if (m[17]) dt = DateTime.utc(twoDigitYear(m[19]!), Number(m[18]), Number(m[17]));
  else if (m[20]) dt = DateTime.utc(twoDigitYear(m[22]!), monthIndex(m[21]!), Number(m[20]));
  else dt = DateTime.utc(Number(m[8]), Number(m[9]), Number(m[10]));
  if (!dt.isValid) return null;
  let mismatch: string | null = null;
  if (m[1]) {
    const named = WEEKDAYS.findIndex((w) => w.startsWith(m[1]!.toLowerCase().slice(0, 3))) + 1;
    if (named !== dt.weekday) {
      mismatch = `The minutes say "${m[0].trim()}" but ${dt.toFormat('d LLLL yyyy')} was a ${dt.toFormat('cccc')}: the date was kept; check it.`;
    }
  }
  return {
    date: dt.toISODate()!,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    weekdayMismatch: mismatch,
    weekdayNamed: Boolean(m[1]),
  };
}

const TIME_RE =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2})[:.](\d{2})\b|\b(noon|midday)\b/i;

/** "3pm" -> 15:00, "15:00", "12.30", "10.30am", "noon". */
export function findTime(text: string): { time: string; start: number; end: number } | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  let h: number;
  let min: number;
  if (m[6]) [h, min] = [12, 0];
  else if (m[3]) {
    h = Number(m[1]) % 12;
    if (m[3].toLowerCase().startsWith('p')) h += 12;
    min = Number(m[2] ?? 0);
  } else [h, min] = [Number(m[4]), Number(m[5])];
  if (h > 23 || min > 59) return null;
  const time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return { time, start: m.index, end: m.index + m[0].length };
}

export interface When {
  readonly date: string;
  readonly time: string | null;
  readonly location: string | null;
  readonly weekdayMismatch: string | null;
  readonly weekdayNamed: boolean;
}

/** A date line with what follows it: ", 3pm at City Hall, GLA." or ", 15:00, MS Teams". */
export function parseWhen(line: string): When | null {
  const found = findDate(line);
  if (!found) return null;
  let rest = line.slice(found.end);
  const time = findTime(rest.slice(0, 25));
  let timeValue: string | null = null;
  if (time) {
    timeValue = time.time;
    rest = rest.slice(time.end);
  }
  const location =
    rest
      .replace(/^\s*(?:,|at\b|in\b|-|–|—)\s*/i, '')
      .replace(/^(?:at|in)\s+/i, '')
      .replace(/\s*(?:Date|Time):?\s*$/i, '')
      .replace(/[.\s]+$/, '')
      .trim() || null;
  return {
    date: found.date,
    time: timeValue,
    location: location && /[a-z]/i.test(location) ? location : null,
    weekdayMismatch: found.weekdayMismatch,
    weekdayNamed: found.weekdayNamed,
  };
}

/**
 * "Tuesday 29th April" with no year: the year is the one, among the years the document names,
 * in which that day falls on that weekday. Null when none or several fit.
 */
export function yearlessDate(line: string, years: readonly number[]): FoundDate | null {
  const m = new RegExp(
    `\\b${WEEKDAY},?\\s+(?:the\\s+)?(\\d{1,2})\\s?(?:st|nd|rd|th)?\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}\\b(?![.,]?\\s*\\d)|\\b${WEEKDAY},?\\s+${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d{4})`,
    'i',
  ).exec(line);
  if (!m) return null;
  const weekday = m[1] ?? m[4]!;
  const month = monthIndex(m[3] ?? m[5]!);
  const day = Number(m[2] ?? m[6]);
  const named = WEEKDAYS.findIndex((w) => w.startsWith(weekday.toLowerCase().slice(0, 3))) + 1;
  const fits = [...new Set(years)]
    .map((y) => DateTime.utc(y, month, day))
    .filter((dt) => dt.isValid && dt.weekday === named);
  if (fits.length !== 1) return null;
  return {
    date: fits[0]!.toISODate()!,
    start: m.index,
    end: m.index + m[0].length,
    weekdayMismatch: null,
    weekdayNamed: true,
  };
}

/**
 * How a document writes its numeric dates, from the ones only one order can read: "5/13/2019"
 * is month first, "13/5/2019" day first. Null when it has neither, or both.
 */
export function numericOrder(text: string): 'month-first' | 'day-first' | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(
    /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)/g,
  )) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a >= 1 && a <= 12 && b > 12 && b <= 31) monthFirst = true;
    if (b >= 1 && b <= 12 && a > 12 && a <= 31) dayFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst ? 'month-first' : 'day-first';
}

/**
 * "held on 14th January" with no weekday and no year: the year is the only one the document
 * names. Null when it names none or several (a weekday cannot choose between them here).
 */
export function dayMonthInOnlyYear(line: string, years: readonly number[]): FoundDate | null {
  const distinct = [...new Set(years)];
  if (distinct.length !== 1) return null;
  const m = dayMonth('\\d').exec(line);
  if (!m) return null;
  return foundDayMonth(
    m,
    DateTime.utc(distinct[0]!, monthIndex(m[2] ?? m[3]!), Number(m[1] ?? m[4])),
  );
}

/**
 * "14th January", "the 5th day of March", "January 30th": a day and a month with no year after
 * them (`noYear` is what may not follow: any digit, or four of them).
 */
const dayMonth = (noYear: string): RegExp =>
  new RegExp(
    `\\b(\\d{1,2})\\s?${ORDINAL}\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}\\b(?![.,]?\\s*\\d)|\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?![,.]?\\s*${noYear})`,
    'i',
  );

/** The date a day-and-month match stands for, with where it was found. */
function foundDayMonth(m: RegExpExecArray, dt: DateTime): FoundDate | null {
  if (!dt.isValid) return null;
  return {
    date: dt.toISODate()!,
    start: m.index,
    end: m.index + m[0].length,
    weekdayMismatch: null,
    weekdayNamed: false,
  };
}

/**
 * A date stated in an action ("by 31 March 2025", "by the end of March"). A month without a
 * year is the first such month on or after the meeting: minutes look forward.
 */
export function dueFromText(text: string, meetingDate: string | null): string | null {
  // The phrase is a lookahead, so "by JS (by 31 March)" is tried at both "by"s.
  for (const by of text.matchAll(/\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?=(.{0,30}))/gi)) {
    const due = dueFromPhrase(by[1]!, meetingDate);
    if (due) return due;
  }
  return null;
}

function dueFromPhrase(phrase: string, meetingDate: string | null): string | null {
  const exact = findDate(phrase);
  if (exact && exact.start === 0) return exact.date;
  const base = meetingDate ? DateTime.fromISO(meetingDate, { zone: 'utc' }) : null;
  const dayMonth = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b(?!\\s+\\d{4})`, 'i').exec(
    phrase,
  );
  if (dayMonth && base) {
    let dt = DateTime.utc(base.year, monthIndex(dayMonth[2]!), Number(dayMonth[1]));
    if (dt.isValid && dt < base) dt = dt.plus({ years: 1 });
    return dt.isValid ? dt.toISODate() : null;
  }
  const monthYear = new RegExp(`^${MONTH}\\s+(\\d{4})\\b`, 'i').exec(phrase);
  if (monthYear) {
    return DateTime.utc(Number(monthYear[2]), monthIndex(monthYear[1]!), 1)
      .endOf('month')
      .toISODate();
  }
  const month = new RegExp(`^${MONTH}\\b`).exec(phrase);
  if (month && base) {
    let dt = DateTime.utc(base.year, monthIndex(month[1]!), 1).endOf('month');
    if (dt < base) dt = dt.plus({ years: 1 }).endOf('month');
    return dt.toISODate();
  }
  return null;
}

/** "the 25 September LCRB": a day and month without a year, placed on or after the meeting. */
export function dayMonthAfter(text: string, meetingDate: string | null): string | null {
  if (!meetingDate) return null;
  const m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b(?!\\s+\\d{4})`, 'i').exec(
    text,
  );
  if (!m) return null;
  const base = DateTime.fromISO(meetingDate, { zone: 'utc' });
  let dt = DateTime.utc(base.year, monthIndex(m[2]!), Number(m[1]));
  if (!dt.isValid) return null;
  if (dt < base) dt = dt.plus({ years: 1 });
  return dt.toISODate();
}

/**
 * "Tuesday January 30th", "the 28th April": a day and month without a year, for the next
 * meeting, which is the first such day after this meeting (minutes dated October name a
 * January meeting of the next year).
 */
export function nextOccurrence(text: string, meetingDate: string | null): FoundDate | null {
  if (!meetingDate) return null;
  const m = dayMonth('\\d{4}').exec(text);
  if (!m) return null;
  const base = DateTime.fromISO(meetingDate, { zone: 'utc' });
  let dt = DateTime.utc(base.year, monthIndex(m[2] ?? m[3]!), Number(m[1] ?? m[4]));
  if (!dt.isValid || !base.isValid) return null;
  if (dt <= base) dt = dt.plus({ years: 1 });
  return foundDayMonth(m, dt);
}
