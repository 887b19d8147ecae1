/**
 * What the minutes are of: whether this is minutes or a committee report, the meeting's date,
 * time and place, and the next meeting (the board's name is board-name.ts).
 */
import type { DocumentKind, DraftMeeting } from './draft.ts';
import {
  dayMonthInOnlyYear,
  numericOrder,
  findDate,
  findTime,
  nextOccurrence,
  parseWhen,
  yearlessDate,
  type When,
} from './dates.ts';
import { squash } from './text.ts';

/** Minutes record a meeting; a committee report asks it to decide. Reports yield no actions. */
export function documentKind(text: string): DocumentKind {
  const head = text.slice(0, 4000);
  const report = [
    /^\s*Report (?:by|of|from)\b/im,
    /\bRecommendations?\s*:/i,
    /\bis (?:asked|recommended) to\b/i,
    /^\s*Item No\.?\b/im,
    /^\s*Contact Officer\b/im,
    /^\s*(?:Financial|Legal|Equalities) Implications\b/im,
    /^\s*Background papers\b/im,
    /^\s*Summary\s*:/im,
  ].filter((re) => re.test(head)).length;
  const minutes = [
    /\bminutes\b/i,
    /^\s*(?:present|apologies|in attendance|attendees)\b/im,
    /\bpublic record of (?:the )?meeting\b/i,
    /\bdate of (?:the )?next meeting/i,
    /\bACTION\s*:/,
    // An action log or tracker: its title, or a header row with action, owner and due columns.
    /\baction (?:log|tracker|tracking|sheet|points|list|register)\b|\b(?:outstanding|matters arising|open) actions\b/i,
    /^.*\baction\b.*\b(?:owner|lead|by whom|responsible)\b.*\b(?:due|status|target|deadline|by when)\b/im,
  ].filter((re) => re.test(text)).length;
  return report >= 2 && minutes <= 1 ? 'report' : 'minutes';
}

export interface MeetingFound {
  readonly meeting: DraftMeeting | null;
  readonly warnings: string[];
}

// Words before a date that make it not this meeting's: a web page's or compiling date, or an
// earlier meeting's ("to confirm [as a correct record] the minutes of the meeting held on ...").
const NOT_THIS_MEETING =
  /\b(?:publication|published|issued|printed|updated|uploaded|posted|compiled|views?)\b(?![^.]*\b(?:held|meeting)\b)|\b(?:deadline|closing date|due (?:date|by)|return(?:ed)? by|expir\w+)\b|\b(?:previous|last|next|future) meetings?\b|\bapproved\b(?:\s*[:\-–]|\s+(?:at|on|by)\b)|\bto (?:confirm|approve|receive|agree|note)(?: as (?:a |an )?(?:correct|true|accurate) record)? the minutes\b|\bthat the minutes of\b|\bminutes of the meetings\b/i;
// "Minutes 26.06.2016" on the first line: the write-up's own date, a title's, not the meeting's
// when the heading just below says when the meeting was held.
const TITLE_DATED = /^(?:(?:draft|approved|final)\s+)?(?:minutes|notes|meeting notes)$/i;
// "Steering Group Meeting held on", "Minutes of the Allotment Committee held on": a heading that
// dates the meeting, not a sentence ("Present at the meeting held on ...").
const HELD_HEADING =
  /^(?:(?:[Mm]inutes|[Nn]otes) of (?:the |a |an )?)?(?:[A-Z][\w'\u2019&-]*\s+){1,8}(?:[Mm]eeting\s+)?held\s+(?:on\s+)?(?:the\s+)?$/;
// A post's byline: "By Rhonda Hudson,2014-06-23 08:07", "Saturday January 19, 2019 by".
const BYLINE = /^\s*by\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s*,?\s*$/i;
// ... and words after it: "... held on 17 July 2015 were approved as a correct record".
// "... held on 25 September 2023 and 12 December 2023 were submitted", and a web page's
// timestamp: "29th Mar 2024 16:34 GMT".
const EARLIER_MEETING =
  /^,?\s*(?:(?:and\s+[^.;]{3,40}?\s+)?(?:were|was)\s+(?:approved|agreed|confirmed|signed|accepted|adopted|presented|received|noted|submitted|considered|tabled|read)\b|views?\b|downloads?\b|by(?:\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?\s*$|\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|BST|UTC|CET|CEST|[A-Z]{3}\b))/i;

// "Meeting started by @chair at 2026-05-06 14:01:38 UTC": a meeting bot's log stamps the time
// the meeting opened, not a web page's.
const MEETING_OPENED =
  /\bmeeting (?:started|began|opened|called to order)\b(?:[^.]|\.(?=\S)){0,60}$/i;

/**
 * The meeting's own date: the first dated line of the head that is not a publication date or
 * another meeting's. When the heading's weekday does not fit its date and a later line of the
 * head gives a date whose weekday fits, that one is the meeting ("Monday 7th December 2011" then
 * "Date and Time of meeting / Tuesday 7th December 2010"). A weekday and day without a year take
 * the year, among those the document names, that fits.
 */
export function findMeeting(lines: readonly string[], bodyStart: number): MeetingFound {
  const limit = Math.max(Math.min(lines.length, 40), Math.min(bodyStart, 120));
  const warnings: string[] = [];
  if (spansMeetings(lines))
    return {
      meeting: null,
      warnings: [
        'This looks like a log of several meetings (a "Meeting date" column or a period in its title): no one meeting date was taken; give it with --date.',
      ],
    };
  let years: number[] | null = null;
  const found: {
    when: When;
    i: number;
    pageDate: boolean;
    titleDated: boolean;
    heldHeading: boolean;
    alone: boolean;
    introduced: boolean;
    raw: string;
  }[] = [];
  let firstLine = true;
  let previous = '';
  // Dates alone on their lines may be a page's index of meetings, read past to the heading
  // below it however long it is; otherwise a dozen dates are enough to choose from.
  const enough = () => found.length >= (found.every((f) => f.alone) ? 60 : 12);
  for (let i = 0; i < limit && !enough(); i++) {
    // A date in an address ("/minutes/2021-12-01/...") is the page's filing, not the meeting.
    const line = squash(lines[i]!).replace(/\b(?:https?:\/\/|www\.)\S+/gi, (u) =>
      ' '.repeat(u.length),
    );
    if (!line || /^(?:skip to|home\b|image$|documents?$)/i.test(line)) continue;
    // An email's own header ("From: ... / Date: Mon, 10 Nov 2008 23:00"): when it was sent.
    if (
      /^(?:[•*-]\s*)?(?:date|sent)\s*:/i.test(line) &&
      lines
        .slice(Math.max(0, i - 3), i + 4)
        .some((l) => /^\s*(?:[•*-]\s*)?(?:from|to|subject|cc)\s*:/i.test(l))
    )
      continue;
    const top = firstLine;
    firstLine = false;
    const after = previous;
    previous = line;
    // Under "To confirm the minutes of the following meetings:" the dates are earlier meetings'.
    if (
      /\b(?:to (?:confirm|approve|receive|agree|note) the minutes|previous meetings?)\b.*:$/i.test(
        after,
      )
    )
      continue;
    // A label on the line above its value ("Publication date:" / "- 01 January 2020").
    if (/:$/.test(after) && NOT_THIS_MEETING.test(after)) continue;
    // A cell of a table flattened one cell a line, each closed by " |" ("2 September 2004 |").
    if (closedCell(lines, i)) continue;
    const cut = line.replace(/^.{0,80}?\bminutes\s*[-–—:]\s*/i, '');
    let when = parseWhen(cut);
    let at = when ? findDate(cut)!.start : 0;
    let end = when ? findDate(cut)!.end : 0;
    if (!when) {
      years ??= documentYears(lines);
      // Without a weekday, only a line that says it dates the meeting: "held on 14th January".
      const plain = dayMonthInOnlyYear(cut, years);
      const y =
        yearlessDate(cut, years) ??
        // A heading, not a sentence of the minutes ("... Conference held on 21 March and ...").
        (plain &&
        cut.length <= 120 &&
        (plain.start === 0 && cut !== line
          ? true
          : /(?:\bheld(?:\s+on)?|\bmeeting\s+(?:of|on)|\b(?:minutes|notes)\s*[-–—:,]|^date(?:\s+of\s+meeting)?\s*:?)\s*(?:the\s+)?$/i.test(
              cut.slice(0, plain.start),
            ))
          ? plain
          : null);
      if (y) {
        when = {
          date: y.date,
          ...parseRest(cut.slice(y.end)),
          weekdayMismatch: null,
          weekdayNamed: y.weekdayNamed,
        };
        at = y.start;
        end = y.end;
      }
    }
    if (!when) continue;
    // "January 15, 2019 - A special called meeting ... was held on Monday, January 14, 2019":
    // the date first is the article's dateline; the meeting is the one it says was held.
    const held = /\b(?:was|were) held on\s+/.exec(cut.slice(end, end + 300));
    const heldDate = held ? findDate(cut.slice(end + held.index + held[0].length)) : null;
    const from = held ? end + held.index + held[0].length : 0;
    // "... was held on Wednesday, June 22, at ...": the year is the dateline's.
    const heldYearless =
      held && heldDate?.start !== 0
        ? yearlessDate(cut.slice(from), [Number(when.date.slice(0, 4))])
        : null;
    if (held && heldDate?.start === 0) {
      when = parseWhen(cut.slice(from))!;
      at = from;
      end = from + heldDate.end;
    } else if (heldYearless?.start === 0) {
      when = {
        date: heldYearless.date,
        ...parseRest(cut.slice(from + heldYearless.end)),
        weekdayMismatch: null,
        weekdayNamed: heldYearless.weekdayNamed,
      };
      at = from;
      end = from + heldYearless.end;
    }
    const before = cut.slice(Math.max(0, at - 150), at);
    if (
      NOT_THIS_MEETING.test(cut.slice(Math.max(0, at - 80), at)) ||
      BYLINE.test(cut.slice(0, at)) ||
      (EARLIER_MEETING.test(cut.slice(end)) && !MEETING_OPENED.test(before))
    )
      continue;
    // A date in a later cell of an action-log row is a due date: "Report   MW   14.8.12   Open".
    const cells = lines[i]!.trim().split(/\t|\s{2,}|\s+\|\s+/);
    // Not a heading set out in cells: "Carers Forum | Minutes | 14 January 2019".
    if (
      cells.length >= 3 &&
      !cells.slice(0, 2).some((c) => findDate(c) || /:$/.test(c)) &&
      !cells.some((c) => /^(?:(?:meeting\s+)?minutes|notes|meeting|agenda)$/i.test(c.trim()))
    )
      continue;
    // A date deep inside a long line belongs to this meeting only when the words before it
    // introduce it ("Minutes of a Meeting of X held at 7pm on ..."), not another meeting's.
    if (
      cut.length > 100 &&
      at > 60 &&
      !MEETING_OPENED.test(before) &&
      // "... Minutes of the Board of Management Meeting 6: 03/12/2012": a numbered meeting's
      // heading dates it, as "Meeting No. 12 – 5 March 2019" does.
      (!/\b(?:minutes of|meeting of|MEETING|held (?:on|at))\b|\b(?:[Mm]eeting [Nn]otes|[Mm]inutes)\b[^.]{0,60}\s[-–—]\s*$|\b[Mm]eeting (?:[Nn]o\.?\s*)?\d{1,3}\s*[:–—-]\s*$/.test(
        before,
      ) ||
        // "... the minutes of the 12 May meeting held on ...", but not the heading itself:
        // "Minutes of the Public Meeting held on Tuesday, 4 August 2020".
        (/\b(?:from|of) the [^.]{0,60} meeting held\b/i.test(before) &&
          !/\bminutes of the (?:[A-Z][a-z]+ )?meeting held (?:on|at)\b[^.]{0,60}$/i.test(before) &&
          // "Minutes of the meeting of the X Trustee meeting held on ...", "Minutes of the Leicester
          // U3A (Charity Number 1083274) Committee Meeting held at ...": the heading itself, a line
          // that opens with "Minutes of" and has no sentence's end before the date.
          !/^(?:the\s+)?minutes of (?:the|a|an)\b[^.]{0,120}$/i.test(cut.slice(0, at))))
    )
      continue;
    const alone = cut.slice(0, at).trim() === '' && cut.length - at < 40;
    const introduced =
      /\b(?:held|meeting of|minutes of|notes of)\b/i.test(before) &&
      !/\b(?:approv|confirm|agree|adopt|sign|accept)\w*\b/i.test(before);
    const titleDated = top && TITLE_DATED.test(cut.slice(0, at).trim()) && cut.length - at < 20;
    found.push({
      when,
      i,
      pageDate: top && alone,
      titleDated,
      heldHeading: HELD_HEADING.test(cut.slice(0, at)),
      alone,
      introduced,
      raw: cut.slice(at, end),
    });
    if (found.length >= 4 && !found.every((f) => f.alone)) break;
  }
  // A web page listing meeting dates above the minutes ("Monday 6th March 2017", "Monday 24th
  // April 2017", ... then "Notes of a meeting of WPPG held on Monday 17th July 2017"): the
  // dates alone are the page's index; the meeting is the one a heading introduces.
  // One line of the index may say more ("View current minutes - 29th April 2019 below").
  const heading = found.findIndex((f) => f.introduced);
  const index = found.slice(0, Math.max(0, heading));
  if (
    heading >= 2 &&
    index.filter((f) => !f.alone).length <= 1 &&
    new Set(index.filter((f) => f.alone).map((f) => f.when.date)).size >= 2
  )
    found.splice(0, heading);
  found.splice(4);
  // A date alone on the first line, above the title, is the web page's when the head dates
  // the meeting again.
  if (found.length > 1 && found[0]!.pageDate) found.shift();
  else if (
    found.length > 1 &&
    found[0]!.titleDated &&
    found[1]!.heldHeading &&
    found[1]!.i - found[0]!.i <= 4
  )
    found.shift();
  const first = found[0];
  if (!first)
    return {
      meeting: null,
      warnings: [
        'No meeting date found in the head of the document: give it with --date or add it to the draft.',
      ],
    };
  const fitting = first.when.weekdayMismatch
    ? found.find((f) => f.when.weekdayNamed && !f.when.weekdayMismatch)
    : undefined;
  const chosen = fitting ?? first;
  const when = inDocumentOrder(chosen.when, chosen.raw, lines);
  if (when.weekdayMismatch) warnings.push(when.weekdayMismatch);
  if (fitting)
    warnings.push(
      `${first.when.weekdayMismatch!.replace(/: the date was kept; check it\.$/, '')}: ${when.date}, given later with a weekday that fits, was taken; check it.`,
    );
  const location = /^(?:date|venue|time)\b/i.test(when.location ?? '') ? null : when.location;
  const time =
    when.time ?? labelled(lines, limit, /^\s*time\s*:\s*(.+)$/i, (v) => findTime(v)?.time ?? null);
  return {
    meeting: {
      date: when.date,
      time,
      location:
        location ?? labelled(lines, limit, /^\s*(?:venue|location|place)\s*:\s*(.+)$/i, squash),
      board: null,
    },
    warnings,
  };
}

/** Line i, and a line next to it, are cells closed by " |" with no other pipe. */
function closedCell(lines: readonly string[], i: number): boolean {
  const closed = (l: string | undefined) => l !== undefined && /^[^|]+\|\s*$/.test(l.trim());
  return closed(lines[i]) && (closed(lines[i - 1]) || closed(lines[i + 1]));
}

/**
 * A decision log or action tracker over many meetings: its title spans a period ("Decision log:
 * April 2020 – June, 2021") or its table has a "Meeting date" column whose rows give several
 * dates. Its first date is one row's, not the document's meeting.
 */
function spansMeetings(lines: readonly string[]): boolean {
  const head = lines.slice(0, 15).map(squash);
  const YEAR = String.raw`(?:19|20)\d\d`;
  const period = new RegExp(
    String.raw`\b(?:log|tracker|tracking|register|recommendations)\b.{0,40}?\b${YEAR}\s*[-–—/]\s*(?:[A-Za-z]+,?\s+)?(?:${YEAR}|\d\d)\b`,
    'i',
  );
  if (head.some((l) => period.test(l))) return true;
  const column = head.some(
    (l) =>
      /\bmeeting date\b/i.test(l) &&
      !findDate(l) &&
      (l.length < 25 || /\b(?:action|status|owner|description|recommendation)\b/i.test(l)),
  );
  if (!column) return false;
  const dates = new Set<string>();
  for (const l of lines.slice(0, 200)) {
    const d = findDate(l);
    if (d) dates.add(d.date);
  }
  return dates.size >= 3;
}

/**
 * "02/04/2019" in minutes that write other dates month first ("5/13/2019", never "13/5/2019")
 * is 4 February: the document's own order reads a date either order would fit.
 */
function inDocumentOrder(when: When, raw: string, lines: readonly string[]): When {
  const m = /^(?:\D*?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/.exec(raw);
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return when;
  if (numericOrder(lines.join('\n')) !== 'month-first') return when;
  const [y, mo, d] = when.date.split('-');
  return { ...when, date: `${y}-${d}-${mo}`, weekdayMismatch: null };
}

/** Time and place after a date that parseWhen could not read itself (no year). */
function parseRest(rest: string): { time: string | null; location: string | null } {
  const w = parseWhen(`1 January 2000${rest}`);
  return { time: w?.time ?? null, location: w?.location ?? null };
}

/** A "Time: 10am" or "Venue: Town Hall" line in the head of the minutes. */
function labelled(
  lines: readonly string[],
  limit: number,
  re: RegExp,
  read: (v: string) => string | null,
): string | null {
  for (let i = 0; i < limit; i++) {
    const m = re.exec(lines[i]!);
    if (m) return read(m[1]!);
  }
  return null;
}

const ACRONYM_OF = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The next meeting: "Date of next meeting: 7 December 2010, 4pm, City Hall", or the line
 * after a "Date of next meeting(s)" heading. A label naming another board ("LCRB meeting:")
 * is kept as that board's meeting, not this one's.
 */
const documentYears = (lines: readonly string[]): number[] =>
  [...lines.join('\n').matchAll(/\b(?:19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[0]));

// "The next scheduled meeting", "the next regular board meeting": a word or two for which of the
// body's meetings; never another group's name ("the next PMG meeting would be focussed on ...").
const NEXT_KIND = String.raw`(?:(?:scheduled|regular|ordinary|full|board|quarterly|monthly|general|committee|group|steering group|annual|business)\s+){0,2}?`;

export function findNextMeeting(
  lines: readonly string[],
  board: string | null,
  meetingDate: string | null = null,
): { meeting: DraftMeeting | null; warnings: string[] } {
  // "The next meeting to be held on Tuesday January 30th": the year is the next one that fits.
  const whenIn = (text: string): When | null => {
    const full = parseWhen(text);
    if (full) return full;
    // With no meeting date to count from, a weekday that fits one of the document's years
    // ("the Saturday, January 25" in a page that says 2014) dates it.
    const d =
      nextOccurrence(text, meetingDate) ??
      (meetingDate ? null : yearlessDate(text, documentYears(lines)));
    if (!d) return null;
    const rest = text.slice(d.end);
    return {
      date: d.date,
      ...parseRest(rest),
      weekdayMismatch: null,
      weekdayNamed: false,
    };
  };
  for (let i = 0; i < lines.length; i++) {
    // A bullet or dash before it: "- Next meeting will be February 25, 2019."
    // An item number too: "8. Date of Next Meeting".
    const line = squash(lines[i]!)
      .replace(/^(?:(?:[-–•*·]|\d{1,2}(?:\.\d{1,2})*[.)]?)\s+){1,2}/, '')
      // "DONM: 11/04/2019": the clerks' abbreviation of "date of next meeting".
      .replace(/^D\.?O\.?N\.?M\.?(?=\s*[:–-])/, 'Date of next meeting');
    if (/^(?:source\s*:|https?:|www\.)/i.test(line)) continue;
    const future = FUTURE_DATES.exec(line);
    if (future) {
      const listed = [future[1]!, ...lines.slice(i + 1, i + 13).map(squash)];
      const after = firstAfter(listed, meetingDate, line);
      if (after)
        return {
          meeting: { date: after.date, time: after.time, location: after.location, board: null },
          warnings: [],
        };
      continue;
    }
    const m =
      new RegExp(
        String.raw`^(?:the\s+)?(?:(?:date|time|venue|place|location)(?:\s*(?:,|and|&)\s*(?:date|time|venue|place|location))*\s+of\s+(?:the\s+)?)?next\s+${NEXT_KIND}meetings?\b\s*(?:(?:will|is to|to|shall) be held on|will be on|will take place on|will be|is|:|-|–)?\s*(.*)$`,
        'i',
      ).exec(line) ??
      // "Discussed holding the next PPG meeting within the library on the 28th April".
      /\bnext\s+(?:[A-Z]{2,6}\s+|(?:scheduled|regular|ordinary|full|board|quarterly|monthly|general|committee|group)\s+)?meeting\b[^.;]{0,60}?\b(?:on|for)\s+((?:the\s+)?(?:\w+day\s+)?\d.*|(?:\w+day\s+)?[A-Z][a-z]+\.?\s+\d.*)$/.exec(
        line,
      ) ??
      // "Meeting closed at 9pm. Next meeting Monday 11 February.", "The Forum will next meet
      // on ...", "... agreed to meet again on ...".
      /(?:^|[.;]\s+)next\s+meeting\s+((?:the\s+)?(?:\w+day,?\s+)?\d.*|(?:\w+day,?\s+)?[A-Z][a-z]+\.?\s+\d.*)$/i.exec(
        line,
      ) ??
      // Not a working group's own next meeting: "The task group will meet again on ...".
      /^(?!.*\b(?:sub-?group|working group|task group|task and finish|sub-?committee)\b).*\b(?:will|to|would|shall) (?:next meet|meet again|reconvene)\s+(?:on\s+)?(.*\d.*)$/i.exec(
        line,
      ) ??
      /\bnext meets? (?:on\s+)?(.*\d.*)$/i.exec(line);
    if (!m) continue;
    // "Date of next meeting: TBC": no date, and the lines below are not its date.
    if (
      /^(?:tbc|tba|tbd|to be (?:confirmed|arranged|agreed|announced|decided|fixed|set))\b/i.test(
        m[1]!,
      )
    )
      continue;
    const below: string[] = [];
    for (const l of lines.slice(i + 1, i + 4).map(squash)) {
      // The signature block under the last item: its "Date:" is the signing, not a meeting.
      if (
        /\b(?:signed|signature|signatory)\b|^(?:chair(?:man|person)?|date signed)\s*[:.]/i.test(l)
      )
        break;
      below.push(l);
    }
    const candidates = [m[1]!, ...below].filter(Boolean);
    for (const candidate of candidates) {
      // "Board: Monday 3 May", not the colon of a time ("Friday June 9th at 1:00").
      const labelled = /^([^:]{2,60}?)\s*:(?!\d{2}\b)\s*(.+)$/.exec(candidate);
      const text = labelled && !findDate(labelled[1]!) ? labelled[2]! : candidate;
      const read = whenIn(text);
      if (!read) continue;
      const when = inDocumentOrder(read, text.slice(findDate(text)?.start ?? 0), lines);
      const label =
        labelled && !findDate(labelled[1]!)
          ? labelled[1]!.replace(/\s*meetings?$/i, '').trim()
          : null;
      let other: string | null = null;
      if (label && !/^(?:date|time|venue|next)/i.test(label) && board) {
        const isThis = label.toLowerCase() === board.toLowerCase() || label === ACRONYM_OF(board);
        if (!isThis) {
          const parent = [board, ...prefixes(board)].find(
            (b) => ACRONYM_OF(b) === label || b.toLowerCase() === label.toLowerCase(),
          );
          other = parent ?? label;
        }
      }
      return {
        meeting: { date: when.date, time: when.time, location: when.location, board: other },
        warnings: when.weekdayMismatch ? [when.weekdayMismatch] : [],
      };
    }
  }
  return {
    meeting: null,
    warnings: [
      'No date of next meeting found: actions due "at the next meeting" will be due at the board\'s next meeting in the register.',
    ],
  };
}

// A list of the year's meetings instead of one next date: "Future meeting dates", "Dates of
// forthcoming meetings", "Meeting dates 2023/24".
const FUTURE_DATES =
  /^(?:(?:future|forthcoming|upcoming|remaining|next)\s+meeting\s+dates|(?:future|forthcoming|upcoming)\s+meetings|dates\s+of\s+(?:the\s+)?next\s+meetings|dates?\s+(?:of|for)\s+(?:future|forthcoming|upcoming|remaining|next year's|\d{4}(?:\/\d{2,4})?)\s+meetings|(?:\d{4}(?:\/\d{2,4})?\s+)?meeting\s+dates(?:\s+(?:for\s+)?\d{4}(?:\/\d{2,4})?)?)\b\s*[:\-–]?\s*(.*)$/i;

/**
 * The first date of a list that falls after this meeting, which is the next one (a list of the
 * year's dates often still names the meeting itself and those before it). Without this
 * meeting's date no list date can be told to be the next.
 */
function firstAfter(
  listed: readonly string[],
  meetingDate: string | null,
  heading: string,
): When | null {
  if (!meetingDate) return null;
  // "Meeting dates 2019 / 14 January / 11 February": the heading's year dates the list.
  const year = /\b(?:19|20)\d\d\b/.exec(heading);
  for (const item of listed) {
    // A new heading ends the list: "9. Any other business".
    if (item && !findDate(item) && !nextOccurrence(item, meetingDate) && /[a-z]{4}/i.test(item))
      break;
    let rest = item;
    for (let guard = 0; guard < 12; guard++) {
      const d = findDate(rest);
      if (!d) break;
      const when = parseWhen(rest.slice(d.start))!;
      if (when.date > meetingDate)
        return { ...when, location: /\d/.test(when.location ?? '') ? null : when.location };
      rest = rest.slice(d.end);
    }
    const inYear = year && !findDate(item) ? dayMonthInOnlyYear(item, [Number(year[0])]) : null;
    if (inYear) {
      if (inYear.date > meetingDate)
        return {
          date: inYear.date,
          ...parseRest(item.slice(inYear.end)),
          weekdayMismatch: null,
          weekdayNamed: false,
        };
      continue;
    }
    const yearless = nextOccurrence(rest, meetingDate);
    if (yearless && !findDate(item))
      return {
        date: yearless.date,
        ...parseRest(rest.slice(yearless.end)),
        weekdayMismatch: null,
        weekdayNamed: false,
      };
  }
  return null;
}

/** "London Crime Reduction Board Delivery Management Group" -> "London Crime Reduction Board", ... */
function prefixes(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let n = words.length - 1; n >= 2; n--) out.push(words.slice(0, n).join(' '));
  return out;
}
