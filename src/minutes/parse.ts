/**
 * Minutes text -> Draft: the pure heart of the importer. No database: people already in the
 * register come in as `known`, so the same function serves the CLI, the chat upload and tests.
 *
 *   const draft = parseMinutes(text, { source: 'lcrb-2010-09-29.txt', known: [] });
 */
import { parseAttendance } from './attendees.ts';
import { actionTables } from './tables.ts';
import { dayMonthAfter, dueFromText, findDate } from './dates.ts';
import type { Attendee, Draft, DraftAction, Due } from './draft.ts';
import { explicitActions, splitAfterDashMarker } from './actions.ts';
import type { Found } from './found.ts';
import { boardFromHeading } from './board-name.ts';
import { documentKind, findMeeting, findNextMeeting } from './header.ts';
import { botRecap, isNick } from './meetbot.ts';
import { initialsOf } from './names.ts';
import { officeHolders, resolveOwners, type KnownPerson } from './resolve.ts';
import { DocumentNames } from './owners.ts';
import { paragraphs, restrictedLines } from './sections.ts';
import { suggestions } from './suggestions.ts';
import { key, normalise, redact } from './text.ts';

export interface ParseOptions {
  readonly source?: string | null;
  /** People already in the register, matched after the document's own attendees. */
  readonly known?: readonly KnownPerson[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Initials the list declares ("Tim Godwin (TG)") are kept when no other attendee declares the
 * same; otherwise initials are kept only when the body uses them and they point at one attendee.
 */
function withInitials(
  raw: readonly {
    name: string;
    role: string | null;
    org: string | null;
    initials?: string | null;
  }[],
  body: string,
): Attendee[] {
  // Every form each attendee's initials may take: TG; for "Hamera Asfa Davey" HAD and HD.
  const forms = raw.map((a) => {
    const full = initialsOf(a.name);
    const parts = a.name.split(' ');
    const short = parts.length > 2 ? initialsOf(`${parts[0]} ${parts[parts.length - 1]}`) : full;
    return [...new Set([full, short])].filter((f) => f.length >= 2);
  });
  const count = (f: string) => forms.filter((list) => list.includes(f)).length;
  const declared = (f: string) => raw.filter((a) => a.initials === f).length;
  // TG or T.G.
  const used = (f: string) =>
    new RegExp(`(?<![A-Za-z'])${[...f].map(escape).join('\\.?')}\\.?(?![A-Za-z'])`).test(body);
  return raw.map((a, i) => ({
    name: a.name,
    role: a.role,
    org: a.org,
    initials:
      (a.initials && declared(a.initials) === 1 ? a.initials : null) ??
      forms[i]!.find((f) => count(f) === 1 && used(f)) ??
      null,
  }));
}

export function parseMinutes(input: string, options: ParseOptions = {}): Draft {
  const text = normalise(input);
  // A meeting bot's recap repeats the actions and lists who spoke at the end: read it apart.
  const recap = botRecap(text.split('\n'));
  const lines = recap?.lines ?? text.split('\n');
  const warnings: string[] = [];
  const kind = documentKind(text);
  const board =
    boardFromHeading(lines) ??
    (kind === 'report' ? (lines.find((l) => l.trim())?.trim() ?? null) : null);
  const read = parseAttendance(lines);
  const attendance =
    recap?.attendees.length && !read.attendees.length
      ? {
          ...read,
          attendees: recap.attendees.map((name) => ({ name, role: null, org: null })),
          bodyStart: 0,
        }
      : read;
  warnings.push(...attendance.warnings);
  const body = lines.slice(attendance.bodyStart).join('\n');
  const attendees = withInitials(attendance.attendees, body);
  const { meeting, warnings: meetingWarnings } = findMeeting(lines, attendance.bodyStart);
  warnings.push(...meetingWarnings);
  const next = findNextMeeting(lines, board, meeting?.date ?? null);
  if (kind === 'minutes') warnings.push(...next.warnings);
  const known = options.known ?? [];
  const surnames = new DocumentNames(
    [...attendees.map((a) => a.name), ...known.map((k) => k.name)].map(
      (n) => key(n).split(' ').pop() ?? '',
    ),
    attendees.map((a) => a.initials),
  );

  let found: Found[] = [];
  if (kind === 'report') {
    warnings.push(
      'This looks like a committee report (recommendations for a decision), not minutes: no actions were taken from it.',
    );
  } else {
    const tables = actionTables(lines, attendance.bodyStart, surnames);
    warnings.push(...tables.warnings);
    const rest = lines.map((l, i) => (tables.lines.has(i) ? '' : l));
    const paras = paragraphs(rest, attendance.bodyStart).flatMap(splitAfterDashMarker);
    // A nick the attendance list declares stands for its attendee as a first name does.
    const forenames = new Set([
      ...attendees.map((a) => key(a.name).split(' ')[0] ?? ''),
      ...attendees.flatMap((a) => (a.org && isNick(a.org) ? [a.org.toLowerCase()] : [])),
    ]);
    found = [...tables.found, ...explicitActions(paras, surnames, forenames)];
    found.push(...suggestions(paras, surnames, forenames));
  }

  // Actions under an exempt or confidential item are restricted: placed by their first words.
  const restricted = restrictedLines(lines);
  const anyRestricted = restricted.some(Boolean);
  const keyed = anyRestricted ? lines.map((l) => key(l)) : [];
  const isRestricted = (f: Found): boolean => {
    if (!anyRestricted) return false;
    const words = key(f.text).split(' ').slice(0, 4).join(' ');
    for (let i = attendance.bodyStart; i < lines.length; i++)
      if (`${keyed[i]} ${keyed[i + 1] ?? ''}`.includes(words)) return restricted[i]!;
    // Not placed: keep it out of public view rather than risk publishing it, and say so.
    unplaced.add(f);
    return true;
  };
  const unplaced = new Set<Found>();

  const holders = officeHolders(text);
  const nextHere = next.meeting && !next.meeting.board ? next.meeting : null;
  const actions: DraftAction[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    // An action marker with nothing to do after it ("ACTION: [ACTION: All]") is not an action.
    if (!/[A-Za-z0-9]/.test(f.text)) continue;
    const id = `${f.kind}|${f.ref}|${key(f.text)}`;
    if (
      seen.has(id) ||
      (f.kind === 'suggested' &&
        // The same commitment, read as an action under its list item's title too.
        // ... or with its row's status after it ("Get on IRC. TBD").
        actions.some((a) => a.kind === 'explicit' && key(a.text).includes(key(f.text))))
    )
      continue;
    seen.add(id);
    const resolved = resolveOwners(f.owners, { attendees, known, holders });
    const flags = [...(f.flags ?? []), ...resolved.flags];
    if (resolved.owners.length === 0 && f.kind === 'explicit' && !flags.length)
      flags.push('No owner is named: imported unassigned; assign it.');
    let confidence = f.confidence;
    if (resolved.owners.some((o) => o.match === 'near' || o.match === 'named')) confidence -= 0.15;
    if (f.ownersAsWritten && resolved.owners.length === 0) confidence -= 0.2;
    actions.push({
      ref: f.ref,
      kind: f.kind,
      text: redact(f.text),
      ownersAsWritten: f.ownersAsWritten ? redact(f.ownersAsWritten) : null,
      owners: resolved.owners.map((o) => o.name),
      ownerDetails: resolved.owners,
      due: dueOf(f, meeting?.date ?? null, nextHere?.date ?? null),
      confidence: Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100)),
      flags: flags.map(redact),
      accepted: false,
      ...(isRestricted(f) ? { restricted: true } : {}),
    });
    if (unplaced.has(f))
      actions[actions.length - 1]!.flags.push(
        'The minutes have an exempt or confidential part and this action could not be placed: marked restricted; check it.',
      );
  }

  return {
    documentKind: kind,
    board: board ? redact(board) : null,
    meeting: meeting && { ...meeting, location: meeting.location && redact(meeting.location) },
    nextMeeting: next.meeting && {
      ...next.meeting,
      location: next.meeting.location && redact(next.meeting.location),
    },
    attendees: attendees.map((a) => ({
      ...a,
      role: a.role && redact(a.role),
      org: a.org && redact(a.org),
    })),
    apologies: attendance.apologies.map(redact),
    actions,
    warnings: warnings.map(redact),
    source: options.source ?? null,
  };
}

function dueOf(f: Found, meetingDate: string | null, nextDate: string | null): Due | null {
  if (f.dueText) {
    const stated =
      findDate(f.dueText)?.date ??
      dueFromText(`by ${f.dueText.replace(/^by\s+/i, '')}`, meetingDate);
    if (stated) return { kind: 'date', date: stated };
  }
  const inText = dueFromText(f.text, meetingDate);
  if (inText) return { kind: 'date', date: inText };
  if (f.kind === 'suggested') {
    const at = /\b(?:at|by|for) the \d{1,2}(?:st|nd|rd|th)? [A-Z]/.test(f.text)
      ? dayMonthAfter(f.text, meetingDate)
      : null;
    return at ? { kind: 'date', date: at } : null;
  }
  return { kind: 'next_meeting', date: nextDate };
}
