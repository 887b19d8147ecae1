/**
 * The attendance block at the head of minutes: who was present (name, role, organisation),
 * apologies, and where the body starts. The readers, by the form of list they take, are in
 * attendance/: headed.ts (lists under a heading, line by line), run-together.ts (lists run into
 * one long line), line.ts and the readers it picks for one line (columns.ts, run-line.ts,
 * surname-lists.ts), and headless.ts (lists with no heading). This module only chooses between
 * the headed and the headless readings.
 */
import { findNames, initialsOf, type FindOptions } from './names.ts';
import { headedLists } from './attendance/headed.ts';
import { headlessList } from './attendance/headless.ts';
import { tidied, type RawAttendee } from './attendance/person.ts';
import { withWrappedNamesRejoined } from './attendance/wrapped.ts';
import { withAttendanceSentencesAsLists } from './attendance/also-present.ts';
import { withBodyLabelsCut } from './attendance/labelled-run.ts';

export { declaredInitials, unglue, type RawAttendee } from './attendance/person.ts';
export { isActionTableHeader } from './attendance/headings.ts';

export interface Attendance {
  readonly attendees: RawAttendee[];
  readonly apologies: string[];
  /** Index of the first line of the body (after the attendance block). */
  readonly bodyStart: number;
  readonly warnings: string[];
}

/**
 * "15 Present: Teresa Barrett; ...", "16 Gabe Kearney; Kathy Miller": pleading-paper minutes
 * number every line in the margin. When most lines near the head carry a number one more than
 * the last, the numbers are furniture and are dropped before the attendance is read.
 */
export function withoutLineNumbers(lines: readonly string[]): readonly string[] {
  const numbered = lines.slice(0, 120).map((l) => /^\s*(\d{1,4})(?:\s|$)/.exec(l)?.[1]);
  let steps = 0;
  for (let i = 1; i < numbered.length; i++)
    if (numbered[i] && numbered[i - 1] && Number(numbered[i]) === Number(numbered[i - 1]) + 1)
      steps++;
  if (steps < 8) return lines;
  return lines.map((l) => l.replace(/^\s*\d{1,4}(?:\s+|$)/, ''));
}

// "Trudy McLEAY", "Lynne SHORT": a document that writes surnames in capitals does so throughout,
// one a line or in a list ("Present: John SMITH, Jane DOE, Ravi PATEL").
const CAPS_SURNAME_LINE = /^(?:[A-Z][a-z]+ ){1,2}(?:Mc|Mac)?[A-Z]{3,}\b/;
const CAPS_SURNAME_IN_LIST =
  /(?:^|[:,;]\s*|\band\s+)[A-Z][a-z]+ ((?:Mc|Mac)?[A-Z]*[AEIOUY][A-Z]*)\b(?=\s*(?:[,;(]|and\b|$))/g;

function writesCapsSurnames(lines: readonly string[]): boolean {
  if (lines.filter((l) => CAPS_SURNAME_LINE.test(l.trim())).length >= 3) return true;
  const listed = new Set(
    lines.flatMap((l) => [...l.matchAll(CAPS_SURNAME_IN_LIST)].map((m) => m[1]!)),
  );
  return [...listed].filter((s) => s.length >= 3).length >= 3;
}

// "Cr C Crosby", "M Bamess", "C. Fraser,": a list that names people by one initial and the
// surname does so for most of them; three such at the head say it does.
const INITIALLED_SURNAME = /(?:^|[\s,;:(])[A-Z]\.?\s[A-Z][a-z]{2,}(?=$|[\s,;)])/g;

function writesInitialledSurnames(lines: readonly string[]): boolean {
  return (lines.slice(0, 80).join('\n').match(INITIALLED_SURNAME) ?? []).length >= 3;
}

// The heading of those who attend the members, not of the members: "In Attendance", "Also
// present", "Officers in attendance".
const OTHERS_HEADING =
  /^(?:(?:officers|staff|also)\s+)?(?:in attendance|present)\b(?!\s+(?:were|was)\b)|^also in attendance\b/i;

export function parseAttendance(given: readonly string[]): Attendance {
  const scanLimit = Math.min(given.length, 250);
  const tidiedLines = withoutLineNumbers(given).map((l, i) => (i < scanLimit ? tidied(l) : l));
  const lines = withAttendanceSentencesAsLists(
    withWrappedNamesRejoined(tidiedLines, scanLimit),
    scanLimit,
  ).map((l, i) => (i < scanLimit ? withBodyLabelsCut(l) : l));
  const opts: FindOptions = {
    titled: true,
    capsSurnames: writesCapsSurnames(lines.slice(0, scanLimit)),
    initialledSurnames: writesInitialledSurnames(lines.slice(0, scanLimit)),
  };
  const headed = headedLists(lines, opts);
  const { apologies, warnings, start, firstPresent, firstBody } = headed;
  const attendees = [...headed.attendees];
  let bodyStart = headed.bodyStart;
  if (start < 0) {
    const headless = headlessList(lines, lines.length, opts);
    if (headless)
      return withBodyApologies(
        {
          attendees: headless.attendees,
          bodyStart: headless.bodyStart,
          apologies: [...apologies, ...(headless.apologies ?? [])],
          warnings,
        },
        lines,
        opts,
      );
    bodyStart = 0;
  }
  if (attendees.length + apologies.length === 0 && firstBody >= 0)
    bodyStart = Math.min(firstBody, firstProse(lines, firstBody));
  else if (start > 0 && start === firstPresent && OTHERS_HEADING.test(lines[start]!.trim())) {
    // "Ann Lee (Chair)", "Tom Reed", "Bo Hart" and then "In Attendance": the members are listed
    // above the heading of those who attend them, with no heading of their own.
    // The members stand just above that heading: a run of name-shaped lines further up, with the
    // page's title and date between ("Riverside Saturday", "Riverside Ladies" links of a web
    // page's menu), is not them.
    const members = headlessList(lines, start, opts);
    if (members && justAbove(lines, members.bodyStart, start))
      attendees.unshift(...members.attendees);
  } else if (attendees.length === 0 && firstPresent < 0) {
    // Only apologies had a heading: those present are listed above it without one.
    const headless = headlessList(lines, start, opts);
    if (headless) attendees.push(...headless.attendees);
  }
  return withBodyApologies({ attendees, apologies, bodyStart, warnings }, lines, opts);
}

/** Nothing but blank lines, or one line (a label, "Members"), stands between from and to. */
const justAbove = (lines: readonly string[], from: number, to: number): boolean =>
  lines.slice(from, to).filter((l) => l.trim()).length <= 1;

// "2.1 Apologies were received from Nicola Hunt and Derek Macallan": the item that records them.
const APOLOGIES_SENTENCE =
  /\bApologies(?: for absence)? (?:were|was|had been|have been) (?:received|submitted|tendered|given|noted|recorded)(?: from| on behalf of)\s+(.*)$/i;

const ABSENT_INITIALS =
  /\b((?:[A-Z][A-Za-z]{0,2}[A-Z]\s*(?:[/,&]|\band\b)\s*)*[A-Z][A-Za-z]{0,2}[A-Z])\s+(?:did not attend|(?:was|were) (?:not present|absent)|sent (?:their |his |her )?apologies|gave apologies)\b/g;

/**
 * A list printed from the invitation names members who then sent apologies; the apologies item
 * near the top of the body says so. Those it names exactly are moved from the attendees to the
 * apologies. Nobody is added to the attendees by it.
 */
// "D Holmes", "D. Holmes" and "David Holmes": a first initial and a surname.
const initialForm = (name: string): { key: string; short: boolean } | null => {
  const words = name.split(' ');
  if (words.length !== 2) return null;
  const short = /^\p{Lu}\.?$/u.test(words[0]!);
  return { key: `${words[0]!.charAt(0)} ${words[1]!.toLowerCase()}`, short };
};

/**
 * "In Attendance Mr D Holmes" and, later, "David Holmes (BAE Systems)": one person named by an
 * initial in one list and in full in another. The first naming is kept, when one of the two is
 * the initial alone; two full names that share an initial are two people.
 */
function withoutRepeats(attendees: readonly RawAttendee[]): RawAttendee[] {
  const kept: RawAttendee[] = [];
  for (const a of attendees) {
    const form = initialForm(a.name);
    const twin =
      form &&
      kept.some((k) => {
        const other = initialForm(k.name);
        return other && other.key === form.key && (other.short || form.short);
      });
    if (!twin) kept.push(a);
  }
  return kept;
}

function withBodyApologies(
  given: Attendance,
  lines: readonly string[],
  opts: FindOptions,
): Attendance {
  const found = { ...given, attendees: withoutRepeats(given.attendees) };
  if (!found.attendees.length) return found;
  const sent = new Set<string>();
  const end = Math.min(lines.length, found.bodyStart + 60);
  for (let i = found.bodyStart; i < end; i++) {
    const m = APOLOGIES_SENTENCE.exec(lines[i]!);
    // The sentence ends the list: "... and Carl Moss. The chair welcomed ..."
    if (!m) continue;
    // The list ends with its sentence, or at the first word of prose after it: "... from Cllr
    // Purves With the absence of the Vice Chairman ...".
    const list = m[1]!.split(/\.(?:\s|$)|\s(?=(?!and\b)[a-z]+\b)/)[0]!;
    for (const n of findNames(list, opts)) sent.add(n.name.toLowerCase());
  }
  // "PW/KA did not attend", "JS and TR were absent": those listed, named by their initials.
  const gone = new Set<string>();
  // Read from the top: an agenda's "1. Attendance" over the sentence is taken for a heading.
  for (let i = 0; i < end; i++)
    for (const m of lines[i]!.matchAll(ABSENT_INITIALS))
      for (const x of m[1]!.split(/\s*(?:[/,&]|\band\b)\s*/)) gone.add(x);
  const byInitials = (a: RawAttendee): boolean => {
    const own = a.initials ?? initialsOf(a.name);
    if (!gone.has(own)) return false;
    // Initials that fit two people name neither.
    return found.attendees.filter((b) => (b.initials ?? initialsOf(b.name)) === own).length === 1;
  };
  const away = found.attendees.filter((a) => sent.has(a.name.toLowerCase()) || byInitials(a));
  if (!away.length) return found;
  return {
    ...found,
    attendees: found.attendees.filter((a) => !away.includes(a)),
    apologies: [
      ...found.apologies,
      ...away.map((a) => a.name).filter((n) => !found.apologies.includes(n)),
    ],
  };
}

/**
 * The first line before limit written as running prose (two sentences or more on a long line):
 * the body has begun there, whatever heading with nobody under it comes later.
 */
function firstProse(lines: readonly string[], limit: number): number {
  const at = lines.slice(0, limit).findIndex((l) => l.length > 120 && /[a-z]\. [A-Z]/.test(l));
  return at < 0 ? limit : at;
}
