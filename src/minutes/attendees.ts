/**
 * The attendance block at the head of minutes: who was present (name, role, organisation),
 * apologies, and where the body starts. Handles the layouts in use: tab or column tables,
 * "Name, Role, Organisation" lines, role and name run together ("Chief Executive Nick Walkley
 * LB Barnet"), labelled lists ("Board: ..., ..."), and names glued by PDF export
 * ("James BennettMPSGemma DeadmanMOPAC").
 */
import { findNames, HONORIFICS } from './names.ts';
import { isOrgLike, splitRoleOrg } from './roles.ts';
import { squash } from './text.ts';

export interface RawAttendee {
  readonly name: string;
  readonly role: string | null;
  readonly org: string | null;
}

export interface Attendance {
  readonly attendees: RawAttendee[];
  readonly apologies: string[];
  /** Index of the first line of the body (after the attendance block). */
  readonly bodyStart: number;
  readonly warnings: string[];
}

type Section = 'present' | 'apologies' | 'skip';

// Headings that open a list of people. A label that is not here ("Technical Advisor:") is a role.
const HEADING =
  /^(present|attendees|attendance|in attendance|in at ?t?endance|management|board secretariat|staff in attendance|officers in attendance|absent|those (?:present|attending|in attendance)|(?:councillors|members|trustees|governors|commissioners|board members|directors) (?:present|in attendance)|persons? present|people present|also present|also in attendance|members present|board members|board and advisors|board|group|members|officers|lead officers|other attendees|presenting|secretariat(?: and supporting officers)?|apologies(?: for absence)?(?: received)?|apologies|notes and arrangements|minutes taken by|minute taker|clerk)(?![a-z])\s*:?\s*(.*)$/i;

const BODY_START =
  /^(?:\d{1,2}(?:\.\d+)*[.)]?\s+\S|[a-z]?\d+[a-z]?\s+[A-Z]{3}|[Aa]genda [Ii]tem|AGENDA ITEM|[Ii]tem \d|ITEM \d|[Ww]elcome|WELCOME|[A-Z][A-Z ,&'()-]{7,}$)/;

const BODY_HEADING =
  /^(?:action log|actions?|matters arising|declarations? of interests?|minutes of (?:the )?(?:last|previous) meeting|no\.?)\s*:?$/i;

function sectionOf(heading: string): Section {
  const h = heading.toLowerCase();
  if (h.startsWith('apolog') || h === 'absent') return 'apologies';
  if (h.startsWith('notes') || h.startsWith('minute') || h === 'clerk') return 'skip';
  return 'present';
}

/** Courtesy titles say nothing about the person's role on the board. */
const COURTESY = /^(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Miss|Prof)/i;

const stripHonorifics = (tokens: string[]): { honorific: string | null; rest: string[] } => {
  const honorific: string[] = [];
  while (tokens.length && HONORIFICS.test(tokens[0]!.replace(/\.$/, '')))
    honorific.push(tokens.shift()!);
  // "Rt Hon." arrives as two tokens.
  while (tokens.length && /^(?:Rt\.?|Hon\.?)$/i.test(tokens[0]!)) tokens.shift();
  return {
    honorific: honorific.length ? honorific.join(' ').replace(/\.$/, '') : null,
    rest: tokens,
  };
};

/** "James BennettMPSGemma Deadman" -> "James Bennett MPS Gemma Deadman". */
export function unglue(line: string): string {
  return line.replace(/([a-z])([A-Z]{2,})/g, '$1 $2').replace(/([A-Z]{2,})([A-Z][a-z])/g, '$1 $2');
}

interface Parsed extends RawAttendee {
  readonly suffix: string;
}

/** One name found in a run of text, with the text before it as role and after it split. */
function fromRun(text: string, labelRole: string | null): Parsed[] {
  const names = findNames(text);
  const out: Parsed[] = [];
  names.forEach((span, i) => {
    const before = i === 0 ? text.slice(0, span.start) : '';
    const after = text.slice(span.end, names[i + 1]?.start ?? text.length);
    const beforeTokens = squash(before.replace(/[,:]+$/, ''))
      .split(' ')
      .filter(Boolean);
    // A title just before the name ("London Councils Mayor Jules Pipe") is the role.
    let honorific: string | null = null;
    while (
      beforeTokens.length &&
      HONORIFICS.test(beforeTokens[beforeTokens.length - 1]!.replace(/\.$/, ''))
    ) {
      honorific = [beforeTokens.pop()!.replace(/\.$/, ''), honorific].filter(Boolean).join(' ');
    }
    const prefix = beforeTokens.join(' ').replace(/^(?:Rt\.?\s+Hon\.?|Hon\.?)$/i, '');
    const suffix = after.replace(/^\s*\b(?:Lead Officers|Officers)\s*$/, '');
    let role: string | null = null;
    let org: string | null = null;
    if (prefix) {
      if (honorific) [role, org] = [honorific, isOrgLike(prefix) ? prefix : null];
      else role = prefix;
      if (suffix.trim()) org = splitRoleOrg(suffix).org ?? (squash(suffix) || null);
    } else {
      ({ role, org } = splitRoleOrg(suffix));
      if (!role && honorific && !COURTESY.test(honorific)) role = honorific;
    }
    out.push({ name: span.name, role: role ?? labelRole, org, suffix });
  });
  return out;
}

/** A line split on tabs or wide gaps: name in one cell, role and organisation in others. */
function fromCells(cells: string[], labelRole: string | null): Parsed | null {
  const at = cells.findIndex((c) => {
    const names = findNames(c);
    return (
      names.length === 1 &&
      squash(c.slice(0, names[0]!.start))
        .split(' ')
        .every((t) => !t || HONORIFICS.test(t.replace(/\.$/, '')) || /^(?:Rt|Hon)\.?$/i.test(t))
    );
  });
  if (at < 0) return null;
  const cell = cells[at]!;
  const { honorific } = stripHonorifics(
    squash(cell.slice(0, findNames(cell)[0]!.start))
      .split(' ')
      .filter(Boolean),
  );
  const name = findNames(cell)[0]!.name;
  const before = cells.slice(0, at);
  const after = cells.slice(at + 1);
  let role: string | null = null;
  let org: string | null = null;
  if (after.length >= 2) [role, org] = [after.slice(0, -1).join(', '), after[after.length - 1]!];
  else if (after.length === 1) ({ role, org } = splitRoleOrg(after[0]!));
  if (before.length) {
    const b = before.join(' ');
    if (isOrgLike(b) && !role) org = org ?? b;
    else role = b;
  }
  if (!role && honorific && !COURTESY.test(honorific)) role = honorific;
  return { name, role: role ?? labelRole, org, suffix: after.join(' ') };
}

export function parseAttendance(lines: readonly string[]): Attendance {
  const attendees: RawAttendee[] = [];
  const apologies: string[] = [];
  const warnings: string[] = [];
  let section: Section | null = null;
  let start = -1;
  let bodyStart = 0;
  let pending: string[] = [];
  let nameFirst: boolean | null = null;
  let last: { index: number; suffix: string } | null = null;
  const scanLimit = Math.min(lines.length, 250);

  const add = (p: Parsed) => {
    if (section === 'apologies') {
      apologies.push(p.name);
      return;
    }
    const existing = attendees.findIndex((a) => a.name === p.name);
    const entry = { name: p.name, role: p.role, org: p.org };
    if (existing >= 0) attendees[existing] = entry;
    else attendees.push(entry);
    last = { index: existing >= 0 ? existing : attendees.length - 1, suffix: p.suffix };
  };

  const parseLine = (raw: string, labelRole: string | null) => {
    const glued = /[a-z][A-Z]{2,}[A-Z][a-z]/.test(raw);
    const line = unglue(raw);
    const cells = line
      .split(/\t+|\s{3,}/)
      .map((c) => c.trim())
      .filter(Boolean);
    let parsed: Parsed[] = [];
    if (cells.length > 1) {
      const one = fromCells(cells, labelRole);
      if (one) parsed = [one];
    }
    if (!parsed.length) {
      // "Board: Mayor Boris Johnson, Kit Malthouse AM, ..." lists several people on one line.
      const items =
        findNames(line).length > 1 && line.includes(',') ? line.split(/\s*,\s*/) : [line];
      for (const item of items) parsed.push(...fromRun(item, labelRole));
    }
    if (glued && parsed.length > 1)
      warnings.push(
        `An attendee line ran ${parsed.length} names together ("${squash(raw).slice(0, 60)}"); they were split at the capitals: please check.`,
      );
    return parsed;
  };

  for (let i = 0; i < scanLimit; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    // "131. Present:", "Present |": a minute number before, a table rule after.
    const heading = HEADING.exec(
      line
        .replace(/^\d{1,3}[.)]\s+/, '')
        .replace(/\s*\|$/, '')
        .replace(/:-/, ':'),
    );
    if (heading) {
      if (start < 0) start = i;
      section = sectionOf(heading[1]!);
      pending = [];
      nameFirst = null;
      last = null;
      const rest = heading[2]!.trim();
      if (rest && section !== 'skip') for (const p of parseLine(rest, null)) add(p);
      continue;
    }
    if (start < 0) {
      // A labelled line before any heading ("Technical Advisor: Sir Paul ...") is still attendance.
      continue;
    }
    if (
      (BODY_START.test(line) ||
        BODY_HEADING.test(line) ||
        /^(?:ACTIONS?|Actions?)\b|\|/.test(line) ||
        (/[.!?]$/.test(line) && line.split(' ').length > 8) ||
        (attendees.length + apologies.length > 0 &&
          /\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b/.test(line)) ||
        (section === 'apologies' && apologies.length > 0 && !findNames(unglue(line)).length) ||
        line.length > 160) &&
      !(section && findNames(line).length && /\t|\s{3,}/.test(line)) &&
      // "Chris Cudmore – Chairman (CC), Frank Higgins (FH) and Alf Smith (AS).": a list, not prose.
      !(
        section &&
        /,/.test(line) &&
        findNames(unglue(line)).length >= 2 &&
        !/\b(?:was|were|is|are|had|has|noted|agreed)\b/.test(line)
      )
    ) {
      bodyStart = i;
      break;
    }
    bodyStart = i + 1;
    if (section === 'skip' || section === null) continue;
    const label = /^([A-Z][A-Za-z' ]{2,40}):\s*(.+)$/.exec(line);
    if (label && !findNames(label[1]!).length) {
      const labelRole = section === 'present' ? squash(label[1]!) : null;
      for (const p of parseLine(label[2]!, labelRole)) add(p);
      continue;
    }
    const parsed = parseLine(line, null);
    if (parsed.length === 0) {
      if (nameFirst === false || (nameFirst === null && !last)) pending.push(line);
      else if (last && section === 'present') {
        const l: { index: number; suffix: string } = last;
        const suffix = `${l.suffix} ${line}`;
        const prev = attendees[l.index]!;
        const { role, org } = splitRoleOrg(suffix);
        attendees[l.index] = { name: prev.name, role: role ?? prev.role, org: org ?? prev.org };
        last = { index: l.index, suffix };
      } else if (attendees.length) {
        warnings.push(
          `Could not split the attendee line "${squash(line).slice(0, 60)}" into a name and organisation: please check.`,
        );
      }
      continue;
    }
    if (nameFirst === null)
      nameFirst =
        findNames(unglue(line))[0]?.start === 0 || /^(?:Sir|Dame|Dr|Cllr|Mr|Mrs|Ms)\b/.test(line);
    if (pending.length && section === 'present') {
      const first = parsed[0]!;
      if (!first.role) parsed[0] = { ...first, role: squash(pending.join(' ')) };
      else if (!first.org && isOrgLike(pending.join(' ')))
        parsed[0] = { ...first, org: squash(pending.join(' ')) };
    }
    pending = [];
    for (const p of parsed) add(p);
  }
  if (start < 0) {
    const headless = headlessList(lines);
    if (headless) return { ...headless, apologies, warnings };
    bodyStart = 0;
  }
  return { attendees, apologies, bodyStart, warnings };
}

// "Mike BattyHead of Community Protection (Chair)": a first name and surname at the start of the
// line, the role glued on or after a comma, dash or bracket.
const NAME_AT_START =
  /^([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[A-Z][a-z]|\s*[,(–—-]|\s+[A-Z]|$)/;

/**
 * A list of people with no "Present" heading: three or more lines in a row near the head that
 * each begin with a first name and surname, the role after it. Sentences are not lines of it.
 */
function headlessList(
  lines: readonly string[],
): { attendees: RawAttendee[]; bodyStart: number } | null {
  const limit = Math.min(lines.length, 20);
  for (let i = 0; i < limit; i++) {
    const run: RawAttendee[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!.trim();
      const m = NAME_AT_START.exec(line);
      if (
        !m ||
        line.length > 140 ||
        /\b(?:was|were|is|are|had|has|welcomed|noted|agreed)\b/.test(line) ||
        !findNames(`${m[1]} ${m[2]}`).length
      )
        break;
      const rest = squash(line.slice(m[0].length).replace(/^\s*[,–—-]\s*/, ''));
      // Each line gives the person's role: a name alone or followed by lower-case words is prose.
      if (!/^[A-Z(]/.test(rest)) break;
      const { role, org } = splitRoleOrg(rest);
      run.push({ name: `${m[1]} ${m[2]}`, role: role ?? (rest || null), org });
    }
    if (run.length >= 3) return { attendees: run, bodyStart: j };
    i = Math.max(i, j);
  }
  return null;
}
