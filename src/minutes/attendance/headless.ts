/**
 * Lists of people with no heading above them: three or more lines near the head each opening
 * with a first name and surname and the role beside it ("Mike BattyHead of Community
 * Protection (Chair)"), or a wrapped run of "Name (XX)" with each person's initials. Read only
 * when no heading opened a list, or when only apologies had one.
 */
import { findNames, isNameToken, isVocabulary, type FindOptions } from '../names.ts';
import { splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { statusMarkers } from './columns.ts';
import { BODY_START, HEADING } from './headings.ts';
import { declaredInitials, trimToInitials, type RawAttendee } from './person.ts';

// "Mike BattyHead of Community Protection (Chair)": a first name and surname at the start of the
// line, the role glued on or after a comma, dash or bracket.
const NAME_AT_START =
  /^([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[A-Z][a-z]|\s*[,(–—-]|\s+[A-Z]|$)/;

// "  • Mr. John Smith (Chairperson)": a bullet and a courtesy title before the name.
const LIST_LEAD = /^(?:[•*·–-]\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+)?/;

const isPersonLine = (raw: string, opts: FindOptions): RegExpExecArray | null => {
  const line = raw.replace(LIST_LEAD, '');
  const m = NAME_AT_START.exec(line);
  if (
    !m ||
    line.length > 140 ||
    /\b(?:was|were|is|are|had|has|welcomed|noted|agreed)\b/.test(line) ||
    !findNames(`${m[1]} ${m[2]}`, opts).length
  )
    return null;
  // Each line gives the person's role, or is the name alone: lower-case words after it are prose.
  const rest = squash(line.slice(m[0].length).replace(/^\s*[,–—-]\s*/, ''));
  return /^[A-Z(]/.test(rest) || !rest ? m : null;
};

/**
 * A list of people with no "Present" heading, before `end`: three or more lines in a row near
 * the head that each begin with a first name and surname, the role after it (a role may wrap
 * onto a line of its own between them), or a run of "Name (XX)" with the person's initials.
 * Sentences are not lines of it.
 */
export function headlessList(
  lines: readonly string[],
  end: number,
  opts: FindOptions,
): { attendees: RawAttendee[]; apologies?: string[]; bodyStart: number } | null {
  const limit = Math.min(lines.length, end, 80);
  for (let i = 0; i < limit; i++) {
    const run: RawAttendee[] = [];
    let j = i;
    let after = i;
    // Web and PDF exports space a list out with blank lines; the same gap each time. A wider
    // gap, or one in a list that had none, ends it ("Margaret Murphy" set apart, absent).
    let gap: number | null = null;
    let prev = i - 1;
    for (; j < Math.min(lines.length, end); j++) {
      const line = lines[j]!.trim();
      if (!line) {
        if (!run.length || j - prev > 3) break;
        continue;
      }
      const blanks = j - prev - 1;
      if (run.length && blanks !== (gap ?? blanks)) break;
      if (run.length) gap = blanks;
      prev = j;
      // "Dana Hart / Alex Rowe": two who share one seat, each a person line of their own.
      const shared = line.split(/\s+\/\s+/);
      if (shared.length === 2 && shared.every((p) => isPersonLine(p, opts))) {
        for (const p of shared) {
          const n = isPersonLine(p, opts)!;
          run.push({ name: `${n[1]} ${n[2]}`, role: null, org: null, initials: null });
        }
        after = j + 1;
        continue;
      }
      const m = isPersonLine(line, opts);
      const lead = LIST_LEAD.exec(line)![0].length;
      if (!m) {
        // A wrapped role ("Health Care", "rep Debbie Olley)") sits between two person lines.
        const wrap = j + 1 < end && line && line.length < 100 && run.length > 0;
        if (wrap && !HEADING.test(line) && isPersonLine(lines[j + 1]!.trim(), opts)) {
          const prev = run[run.length - 1]!;
          run[run.length - 1] = { ...prev, role: squash(`${prev.role ?? ''} ${line}`) };
          continue;
        }
        break;
      }
      const rest = squash(line.slice(lead + m[0].length).replace(/^\s*[,–—-]\s*/, ''));
      const { role, org } = splitRoleOrg(rest);
      const name = `${m[1]} ${m[2]}`;
      run.push({
        name,
        role: role ?? (rest || null),
        org,
        initials: declaredInitials(name, line.slice(lead + m[0].length)),
      });
      after = j + 1;
    }
    // Names alone in a row could be anything; one with a role beside it makes it a list.
    if (run.length >= 3 && run.some((p) => p.role)) return { attendees: run, bodyStart: after };
    // A run that fails is tried again from its next line: a name set apart above a spaced-out
    // list would otherwise take the list's first lines down with it.
  }
  return (
    initialsKey(lines, Math.min(lines.length, end, 80)) ??
    initialledBlock(lines, Math.min(lines.length, end, 80), opts)
  );
}

// "NH - Neil Horlock", "CJDB – Chris Di Bella (chair)", "KG: Kate Gregory": the key to the
// initials the notes then use, one person a line. "AC Cllr. Alison Cooper (Chair)", "GB\tGeorgia
// Bell (Arun DC)": the initials a column of their own, with no mark after them, and a title
// before the name; "GBe" the initials of one of two who share them.
const KEY_LINE =
  /^([A-Z]{2,5}|[A-Z]{2,4}[a-z])(?:\s*[-–—:=]\s*|\s+)(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’-]*|[a-z]{2,3})(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|di|da|la|le)){1,4})\s*(?:\(([^()]+)\))?$/u;

/**
 * A key of initials with no heading: three or more such lines in a row, and most of them with
 * initials that are the name's own, so that "IT - Information Technology Team" lines are not
 * read as people.
 */
function initialsKey(
  lines: readonly string[],
  end: number,
): { attendees: RawAttendee[]; bodyStart: number } | null {
  for (let i = 0; i < end; i++) {
    let j = i;
    const run: RawAttendee[] = [];
    let own = 0;
    for (; j < lines.length; j++) {
      const m = KEY_LINE.exec(lines[j]!.trim());
      if (!m || m[2]!.split(/\s+/).some((w) => isOrgWord(w))) break;
      const name = squash(m[2]!);
      // "GBe", "SSh": a lower-case letter tells apart two people with the same initials.
      if (initialsFit(m[1]!.replace(/[a-z]/g, ''), name)) own++;
      run.push({ name, role: m[3] ? squash(m[3]) : null, org: null, initials: m[1]! });
    }
    if (run.length >= 3 && own * 3 >= run.length * 2) return { attendees: run, bodyStart: j };
    i = Math.max(i, j - 1);
  }
  return null;
}

const isOrgWord = (w: string): boolean =>
  isVocabulary(w) && !/^(?:van|von|de|di|da|la|le)$/i.test(w);

/** "CJDB" for Chris Di Bella: the initials' capitals are the name's words' first letters, in order. */
function initialsFit(initials: string, name: string): boolean {
  const firsts = name
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  let k = 0;
  for (const c of firsts) if (c === initials[k]) k++;
  return k === initials.length && initials[0] === firsts[0] && initials.at(-1) === firsts.at(-1);
}

/** "Dave Hill (DH - Chair), Paul Ballatt (PB), ...": names with their initials, wrapped freely. */
function initialledBlock(
  lines: readonly string[],
  end: number,
  opts: FindOptions,
): { attendees: RawAttendee[]; apologies?: string[]; bodyStart: number } | null {
  const marked = statusMarkers(lines.slice(0, end).join(' '));
  for (let i = 0; i < end; i++) {
    if (!/\([A-Z][A-Za-z]{1,3}\b/.test(lines[i]!)) continue;
    let j = i;
    // The block runs to a heading or the body; blank lines between its lines do not end it.
    while (j < end) {
      const line = lines[j]!.trim();
      if (
        HEADING.test(line) ||
        BODY_START.test(line) ||
        (/[.!?]$/.test(line) && line.split(' ').length > 8)
      )
        break;
      if (!line && !/\([A-Z][A-Za-z]{1,3}\b/.test(lines[j + 1] ?? '')) break;
      j++;
    }
    const text = lines.slice(i, j).join(' ');
    const people: RawAttendee[] = [];
    const apologies: string[] = [];
    for (const item of text.split(/\)\s*,?\s*/)) {
      const open = item.lastIndexOf('(');
      if (open < 0) continue;
      const before = item.slice(0, open).trim();
      const found = findNames(before, opts);
      const lastWord = before.split(/\s+/).pop() ?? '';
      const lastFound = found[found.length - 1];
      const name = lastFound
        ? trimToInitials(lastFound, item.slice(open) + ')')
        : isNameToken(lastWord)
          ? { name: lastWord, start: 0, end: 0 }
          : undefined;
      // "... Catalyst Apols Deborah Wray (DW)": the "Apols" column ends the row before this one.
      const prev = people[people.length - 1];
      if (
        prev &&
        marked(
          before
            .slice(0, name?.start ?? before.length)
            .replace(/\s(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s*$/, ''),
        ) === 'apologies'
      ) {
        people.pop();
        apologies.push(prev.name);
      }
      const initials = /^([A-Z][A-Za-z]{1,3})\b(.*)$/.exec(item.slice(open + 1));
      if (!name || !initials || name.name.charAt(0) !== initials[1]!.charAt(0)) continue;
      const note = initials[2]!.replace(/^\s*[-–,]\s*/, '').trim();
      people.push({
        name: name.name,
        role: note && !/^for\b/.test(note) ? note : null,
        org: null,
        initials: initials[1]!,
      });
    }
    if (people.length >= 3) return { attendees: people, apologies, bodyStart: j };
    i = j;
  }
  return null;
}
