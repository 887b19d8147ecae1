/**
 * The attendance block at the head of minutes: who was present (name, role, organisation),
 * apologies, and where the body starts. Handles the layouts in use: tab or column tables,
 * "Name, Role, Organisation" lines, role and name run together ("Chief Executive Nick Walkley
 * LB Barnet"), labelled lists ("Board: ..., ..."), and names glued by PDF export
 * ("James BennettMPSGemma DeadmanMOPAC").
 */
import {
  findNames,
  HONORIFICS,
  initialsOf,
  isAllCaps,
  isNameToken,
  titleCaseCaps,
  type FindOptions,
  type NameSpan,
} from './names.ts';
import { isOrgLike, splitRoleOrg } from './roles.ts';
import { squash } from './text.ts';

export interface RawAttendee {
  readonly name: string;
  readonly role: string | null;
  readonly org: string | null;
  /** Initials the list declares for the person ("Denise Hobbs (DHo - notetaker)"). */
  readonly initials?: string | null;
}

/** "(DHo - notetaker)", "(CC)" just after a name: the initials the minutes will use for them. */
export function declaredInitials(name: string, after: string): string | null {
  // "Richard Chapman RCp Chief Finance Officer": initials as a column of their own, no brackets;
  // taken only when their capitals are the name's own initials.
  const bare = /^\s+([A-Z][A-Za-z]{1,3})(?=\s|$)/.exec(after);
  if (bare && (bare[1]!.match(/[A-Z]/g) ?? []).join('') === initialsOf(name)) return bare[1]!;
  const m = /^\s*[–—-]?\s*[A-Za-z ,&]{0,40}?\(([A-Z][A-Za-z']{1,4})(?=[\s)–—,-])/.exec(after);
  if (!m || m[1]!.charAt(0) !== name.charAt(0)) return null;
  return (m[1]!.match(/[A-Z]/g) ?? []).length >= 2 || m[1]!.length === 2 ? m[1]! : null;
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
  /^(present(?: members)?(?: were)?|(?:the meeting was )?attended(?: in part)? by|excused|regrets|not present|attendees|attendance|in attendance|in at ?t?end[ae]nce|attending|on (?:the )?call|sederunt|roll call|calling of the roll(?: and apologies(?: for absence)?)?|management|board secretariat|staff in attendance|officers in attendance|absent|those (?:present|attending|in attendance)|(?:councillors|members|trustees|governors|commissioners|board members|directors) (?:present|in attendance)|persons? present|people present|also present(?: were| was)?|also in attendance(?: were| was)?|members present|board members|board and advisors|board|group|members|officers|lead officers|other attendees|presenting|secretariat(?: and supporting officers)?|apologies(?: for absence)?(?: (?:(?:were|was|had been|have been|were also) )?(?:received|intimated|submitted|noted|given|tendered)(?: on behalf of| from)?)?|apologies|notes and arrangements|minutes taken by|minute taker|clerk|chair(?:man|person|woman|ed by)?(?=\s*:))(?![a-z])\s*:?\s*(.*)$/i;

const BODY_START =
  /^(?:[A-Za-z]{2,8} ?\/ ?\d{1,4}(?: ?[/.-] ?\d+)*:? |\d{1,2}(?:\.\d+)*[.)]?\s+\S|[a-z]?\d+[a-z]?\s+[A-Z]{3}|[Aa]genda [Ii]tem|AGENDA ITEM|[Ii]tem \d|ITEM \d|[Ww]elcome|WELCOME|[A-Z][A-Z ,&'()-]{7,}$)/;

const BODY_HEADING =
  /^(?:action log|actions?|matters arising|declarations? of interests?|minutes of (?:the )?(?:last|previous) meeting|no\.?)\s*:?$/i;

function sectionOf(heading: string): Section {
  const h = heading.toLowerCase();
  if (/^(?:apolog|absent|excused|regrets|not present)/.test(h)) return 'apologies';
  // The clerk and the minute taker attend ("Clerk – Sandrine Vaillant (SV)"); notes do not.
  if (h.startsWith('notes')) return 'skip';
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
  return line
    .replace(/(?<!\bMa?)([a-z])([A-Z]{2,})/g, '$1 $2')
    .replace(/([A-Z]{2,})([A-Z][a-z]{2,})/g, '$1 $2');
}

interface Parsed extends RawAttendee {
  readonly suffix: string;
}

/**
 * "Hartlepool Pauline Beall (PB)": where the initials in brackets fit only the last words of a
 * longer run, the name is those words; the word before is the end of the last row.
 */
function trimToInitials(span: NameSpan, after: string): NameSpan {
  const m = /^\s*\(([A-Z][A-Za-z']{1,4})\)/.exec(after);
  const words = span.name.split(' ');
  if (!m || words.length < 3 || initialsOf(span.name) === m[1]!.replace(/[a-z']/g, '')) return span;
  for (let k = 1; k <= words.length - 2; k++) {
    const rest = words.slice(k).join(' ');
    if (initialsOf(rest) === m[1]!.replace(/[a-z']/g, ''))
      return { name: rest, start: span.end - rest.length, end: span.end };
  }
  return span;
}

/** One name found in a run of text, with the text before it as role and after it split. */
function fromRun(text: string, labelRole: string | null, opts: FindOptions): Parsed[] {
  // "Cllr Sam Naylor (Cheshire West and Chester)": beside a name, what is in brackets is the
  // person's council or role; only "Director City Services (Lance Titter)" brackets the person.
  const brackets = [...text.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
  const found = findNames(text, opts);
  const inBrackets = (n: NameSpan) => brackets.some(([a, b]) => n.start > a! && n.end < b!);
  const names = found.some((n) => !inBrackets(n)) ? found.filter((n) => !inBrackets(n)) : found;

  const out: Parsed[] = [];
  names.forEach((found, i) => {
    const span = trimToInitials(found, text.slice(found.end));
    const before = i === 0 ? text.slice(0, span.start) : '';
    const rawAfter = text.slice(span.end, names[i + 1]?.start ?? text.length);
    // Bare initials after the name are the person's, not the first word of their role.
    const bare = /^\s+\S+/.exec(rawAfter)?.[0].trim();
    const initials = bare && declaredInitials(span.name, rawAfter) === bare ? bare : null;
    const joined = initials ? rawAfter.replace(/^\s+\S+/, '') : rawAfter;
    // "Tom Reed and Mr John Brown": the "and" and title before the next name are not a role.
    const after =
      i < names.length - 1
        ? joined.replace(
            /\s*(?:\band\b|&)(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Sir|Dame|Revd?)\.?)*\s*$/,
            '',
          )
        : joined;
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
    out.push({
      name: span.name,
      role: role ?? labelRole,
      org,
      suffix,
      ...(initials && { initials }),
    });
  });
  return out;
}

/** A line split on tabs or wide gaps: name in one cell, role and organisation in others. */
function fromCells(cells: string[], labelRole: string | null, opts: FindOptions): Parsed | null {
  const at = cells.findIndex((c) => {
    const names = findNames(c, opts);
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
    squash(cell.slice(0, findNames(cell, opts)[0]!.start))
      .split(' ')
      .filter(Boolean),
  );
  const name = findNames(cell, opts)[0]!.name;
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
  const rest = cell.slice(findNames(cell, opts)[0]!.end);
  return { name, role: role ?? labelRole, org, suffix: [rest, ...after].join(' ') };
}

// "Name / Title & Organisation / Present / Apology", "Name	Role	Organisation": the header row of an
// attendance table opens a list of those present, though no word of it says "present".
const TABLE_HEADER =
  /^names?\b\s*(?:[/|\t,]\s*|\s+)(?:job )?(?:title|role|position|organi[sz]ation|agency|designation|representing)\b/i;

// "Non-members in attendance at request of Chief Officer:-", "Also in attendance for item 5:".
const QUALIFIED_HEADING =
  /^((?:[A-Z][\w-]*\s+){0,3}(?:in attendance|present|attending)\b[^:]{0,50}):-?\s*(.*)$/i;

// The header row of an action table ("Item / Action / Owner / Due", "No. Action Owner Deadline"):
// every word a column's name, one of them saying who or when. It ends the attendance above it.
const TABLE_WORD =
  /^(?:no\.?|ref\.?|item|action(?:s|ed)?|points?|agreed|task|description|owner|responsib(?:le|ility)|lead|who|whom|by|when|due|date|deadline|timescale|target|status|progress|update|comments?)$/i;
const WHO_OR_WHEN =
  /^(?:owner|responsib(?:le|ility)|lead|who|whom|when|due|deadline|timescale|target)$/i;

export function isActionTableHeader(line: string): boolean {
  const words = line.split(/[\s/|]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.every((w) => TABLE_WORD.test(w)) &&
    words.some((w) => WHO_OR_WHEN.test(w))
  );
}

/** A piece of the text the attendance is read from, and the line of the document it came from. */
interface Segment {
  readonly text: string;
  readonly line: number;
  /** Cut from a longer line: the body may go on in the same line. */
  readonly piece: boolean;
}

// Where a list of people starts inside a line that PDF or web extraction ran together
// ("... PUBLIC SESSION MINUTES Present: Mr M Beardwell Acting Chair ... In attendance: ...").
const INLINE_HEADING =
  /\b(?:PRESENT|Present(?: Members)?|IN ATTENDANCE|In [Aa]ttendance|ALSO PRESENT|Also [Pp]resent|Attended by|APOLOGIES(?: FOR ABSENCE)?|Apologies(?: for [Aa]bsence)?|Meeting Secretary|Observers?|Minute [Tt]aker|Excused|EXCUSED|Absent|ABSENT)(?:\s*:-?|(?=\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Professor|Prof|Sir)\b))|\bApologies(?: for absence)? (?:(?:were|was|had been|have been) )?(?:received|intimated|submitted)(?: on behalf of| from)\b/g;

// Where such a list gives way to the body: a sentence's end, a minute number ("/22 WELCOME",
// "Cou/286/07-08"), a numbered heading in capitals, an abbreviation key.
const INLINE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Revd|Cllr|Supt|Insp|Sgt|[A-Z]))\.\s+(?=[A-Z])|\s(?=\/\d+\s)|\s(?=[A-Z][a-z]{1,5}\/\d+\/)|\s(?=\d{1,3}(?:\.\d+)?\.?\s+[A-Z]{4,})|\s(?=Key to abbreviations)|\s(?=(?:\S+\s+){0,3}Record of\b)|\b(?=[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b)/;

const LONG_LINE = 200;
const HEAD_CHARS = 20_000;

function segmentsOf(lines: readonly string[], limit: number): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!.trim();
    if (line.length <= LONG_LINE) {
      // "ROLL CALL PRESENT: President Lohmann and Trustees Cleary. ABSENT: Trustee Ahrendt.":
      // an attendance line may hold the next list's heading too; each list is read on its own.
      const inner = HEADING.test(line)
        ? [...line.matchAll(INLINE_HEADING)]
            .filter((m) => m.index > 0 && /:-?$/.test(m[0]))
            .map((m) => m.index)
        : [];
      if (!inner.length) {
        out.push({ text: line, line: i, piece: false });
        continue;
      }
      [0, ...inner].forEach((at, k, all) =>
        out.push({ text: line.slice(at, all[k + 1] ?? line.length).trim(), line: i, piece: false }),
      );
      continue;
    }
    // The attendance is at the head: a long line is searched only so far (a PDF may be one line).
    const starts = [...line.slice(0, HEAD_CHARS).matchAll(INLINE_HEADING)].map((m) => m.index);
    if (!starts.length) {
      out.push({ text: line, line: i, piece: false });
      continue;
    }
    out.push({ text: line.slice(0, starts[0]).trim(), line: i, piece: true });
    starts.forEach((at, k) => {
      const chunk = line.slice(at, starts[k + 1] ?? Math.min(line.length, at + HEAD_CHARS));
      const heading = /^[^:]*?(?::-?|received from|on behalf of)\s*|^\S+(?: [Mm]embers)?\s+/.exec(
        chunk,
      )![0];
      const rest = chunk.slice(heading.length);
      const end = INLINE_END.exec(rest);
      const list = end ? rest.slice(0, end.index) : rest;
      out.push({ text: `${heading.trim()} ${list.trim()}`.trim(), line: i, piece: true });
      // What follows the list is the body, or the header before the next list.
      if (end) out.push({ text: `. ${rest.slice(end.index).trim()}`, line: i, piece: true });
    });
  }
  return out;
}

// "Councillors Boag, Browne and Taylor", "Cllrs Fay Moon, Gill Stewart", "Commissioners (2)
// McGonigal, Hoard": one plural title over a list of surnames or names.
const PLURAL_TITLE =
  /\b(?:Cllrs|Councillors|Councilors|Councilmembers|Council Members|Commissioners|Aldermen|Trustees|Governors|Directors)\.?[;:,]?\s+(?:\(\d+\)\s*)?/;

const SURNAME_SHAPE = /^(?:Mc|Mac|O'|D')?[A-Z][a-z'-]+(?:[A-Z][a-z]+)?$/;

/**
 * "Councillor Lee (Chair) Hart (Vice-Chair) and Moss (Labour)": in a list without commas each
 * bracket closes a person; one singular title over such a list of surnames is the plural title.
 */
function closeBrackets(line: string): string {
  if ((line.match(/\([^()]*\)/g) ?? []).length < 2) return line;
  const closed = line.replace(/\)\s+(?:(?:and|&)\s+)?(?=[A-Z][a-z])/g, '), ');
  const single = /^(Cllr|Councillor|Councilor|Commissioner|Trustee|Governor|Director)\.?\s+/.exec(
    closed,
  );
  const items = closed.split(/\s*,\s*/);
  const surnames = items.every((item) =>
    /^(?:\S+\s+)?(?:Mc|Mac|O'|D')?[A-Z][a-z'-]+\s*(?:\(|$)/.test(item),
  );
  return single && surnames && items.length >= 2
    ? closed.replace(single[0], `${single[1]}s `)
    : closed;
}

function titledList(line: string, opts: FindOptions): Parsed[] | null {
  const m = PLURAL_TITLE.exec(line);
  if (!m) return null;
  const before = line.slice(0, m.index);
  const out: Parsed[] = [];
  for (const item of before.split(/\s*[,;]\s*|\s+(?:and|&)\s+/))
    if (item.trim()) out.push(...fromRun(item, null, opts));
  const items = line
    .slice(m.index + m[0].length)
    // "District Cllrs Burley and Cawrey were present": the verb closes the list.
    .replace(/\s+(?:were|was) (?:also )?(?:present|in attendance)\b.*$/, '')
    // "Lawson. Four Members of the public": the list ends with its sentence.
    .replace(/(?<=[a-z]{2})\.\s+[A-Z].*$/, '')
    .replace(/\s*\|\s*$/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.]\s*$/, '')
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/);
  for (const raw of items) {
    const item = squash(raw);
    if (!item) continue;
    const names = findNames(item, opts);
    if (names.length) {
      out.push(...fromRun(item, null, opts));
      continue;
    }
    const token = item.split(' ')[0]!;
    // A surname alone, even one that is also a word ("Crown", "Price"); anything else (a role,
    // a note) ends the list.
    if (item.split(' ').length <= 2 && SURNAME_SHAPE.test(token) && !HONORIFICS.test(token))
      out.push({ name: token, role: null, org: null, suffix: item.slice(token.length) });
    else break;
  }
  return out.length ? out : null;
}

/**
 * "- Graeme Mclay (GM) East Dunbartonshire Council": a line that opens with a name and its
 * initials holds that one person; the rest is their role and organisation, not more names.
 */
function initialledPerson(line: string, opts: FindOptions): Parsed | null {
  const text = line.replace(/^[-•*–]\s+/, '');
  if ((text.match(/\([A-Z][A-Za-z']{1,4}\)/g) ?? []).length !== 1) return null;
  // "Councillors Lee (Chair), Hart": a plural title opens a list, not one initialled person.
  if (PLURAL_TITLE.exec(text)?.index === 0) return null;
  const m =
    /^((?:(?:Cllr|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?)((?:[A-Z][A-Za-z'-]+\s+){1,3})\(([A-Z][A-Za-z']{1,4})\)/.exec(
      text,
    );
  if (!m) return null;
  // The initials say where the name is, even when a surname is a word of office ("Graeme Senior").
  const words = m[2]!.trim().split(/\s+/);
  const initials = m[3]!;
  // "Doug (DL) - Chairman": a first name alone, with the initials of the full name.
  const name =
    words.length === 1
      ? isNameToken(words[0]!)
        ? words[0]!
        : null
      : (findNames(m[2]!, opts)[0]?.name ??
        (initialsOf(words.join(' ')) === initials.toUpperCase() ? words.join(' ') : null));
  if (!name || name !== words.join(' ') || name.charAt(0) !== initials.charAt(0)) return null;
  const suffix = text.slice(m[0].length);
  const { role, org } = splitRoleOrg(suffix);
  return { name, role, org, suffix, initials };
}

const TITLED_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][A-Za-z'-]+$/;
const TITLED_RUN_ON =
  /^((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][A-Za-z'-]+)\s+([A-Z][a-z]+\s+[A-Z].*)$/;

/**
 * "Mr Harris, Mr Hill, Mr Read, Mrs Wickens Richard Price (County Councillor)": where a list
 * names its people by title and surname, a title with three names after it is two people whose
 * comma was lost, the second written in full.
 */
function splitRunOn(items: string[], opts: FindOptions): string[] {
  if (items.filter((x) => TITLED_SURNAME.test(x.trim())).length < 3) return items;
  return items.flatMap((item) => {
    const m = TITLED_RUN_ON.exec(item.trim());
    return m && findNames(m[2]!, opts)[0]?.start === 0 ? [m[1]!, m[2]!] : [item];
  });
}

// "Attending: Jez, Gareth, Adam", "Councillors; Johnson, Ashfield and Lawson": one name each.
function singleNames(line: string): Parsed[] | null {
  const items = line
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean);
  if (items.length < 2 || !items.every((x) => isNameToken(x))) return null;
  return items.map((name) => ({ name, role: null, org: null, suffix: '' }));
}

// "KT(Chair), POH, MS, AL, SW(minutes)": a list of initials alone.
const INITIALS_ITEM = /^([A-Z](?:[A-Za-z]{0,2})[A-Z])\s*(?:\(([^)]*)\))?$/;

function initialsList(line: string): Parsed[] | null {
  const items = line
    .split(/\s*[,;]\s*/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean);
  if (items.length < 2) return null;
  const parsed = items.map((x) => INITIALS_ITEM.exec(x));
  if (parsed.some((m) => !m)) return null;
  return parsed.map((m) => ({ name: m![1]!, role: m![2] ?? null, org: null, suffix: '' }));
}

// "Information Management Specialist — Myers", "Clerk – Jane Smith": the role, then who holds it.
const ROLE_DASH_NAME = /^([A-Z][A-Za-z&,' ]{2,60}?)\s+[–—-]\s+(.+)$/;

function roleThenName(line: string, opts: FindOptions): Parsed | null {
  const m = ROLE_DASH_NAME.exec(line);
  if (!m || findNames(m[1]!, opts).length) return null;
  const right = squash(m[2]!);
  const full = findNames(right, opts)[0];
  if (full && full.start === 0)
    return { name: full.name, role: squash(m[1]!), org: null, suffix: right.slice(full.end) };
  if (/^[A-Z][A-Za-z'-]+$/.test(right) && isNameToken(right))
    return { name: right, role: squash(m[1]!), org: null, suffix: '' };
  return null;
}

// "Trudy McLEAY", "Lynne SHORT": a document that writes surnames in capitals does so throughout.
const CAPS_SURNAME_LINE = /^(?:[A-Z][a-z]+ ){1,2}(?:Mc|Mac)?[A-Z]{3,}\b/;

type Status = 'present' | 'apologies' | 'absent' | null;

/**
 * An attendance table with a column that marks each person: a legend ("P = present, A = apology,
 * N = non-attendance") gives the letters, and the first such letter after a name is theirs; an
 * "Apols" column, run into the text, marks the row it ends. Without either, nobody is marked.
 */
function statusMarkers(head: string): (suffix: string) => Status {
  const legend = new Map<string, Status>();
  for (const m of head.matchAll(
    /\b([A-Z])\s*=\s*(present|attended|apolog\w*|absent|non-attendance|not present)/gi,
  )) {
    const word = m[2]!.toLowerCase();
    legend.set(
      m[1]!,
      /^(?:present|attended)/.test(word)
        ? 'present'
        : word.startsWith('apolog')
          ? 'apologies'
          : 'absent',
    );
  }
  const apolsColumn = /\bApols\b/.test(head);
  return (suffix) => {
    if (legend.size >= 2) {
      const letter = /^\s*(?:\([^)]*\)\s*)*([A-Z])(?=\s|$)/.exec(suffix)?.[1];
      if (letter && legend.has(letter)) return legend.get(letter)!;
    }
    if (apolsColumn && /\bApols\s*$/.test(suffix)) return 'apologies';
    return null;
  };
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

export function parseAttendance(given: readonly string[]): Attendance {
  const lines = withoutLineNumbers(given);
  const markers = statusMarkers(lines.slice(0, 250).join(' '));
  const attendees: RawAttendee[] = [];
  const apologies: string[] = [];
  const warnings: string[] = [];
  let section: Section | null = null;
  let start = -1;
  let firstPresent = -1;
  let bodyStart = 0;
  let pending: string[] = [];
  let nameFirst: boolean | null = null;
  let last: { index: number; suffix: string } | null = null;
  let sectionPeople = 0;
  let roleDue = false;
  // Where the body began before an empty heading was passed over, if nobody is found after it.
  let firstBody = -1;
  const scanLimit = Math.min(lines.length, 250);
  const opts: FindOptions = {
    titled: true,
    capsSurnames:
      lines.slice(0, scanLimit).filter((l) => CAPS_SURNAME_LINE.test(l.trim())).length >= 3,
  };
  const names = (t: string) => findNames(t, opts);

  const add = (p: Parsed) => {
    sectionPeople++;
    const status = markers(p.suffix);
    if (status === 'absent') return;
    if (section === 'apologies' || status === 'apologies') {
      if (!apologies.includes(p.name)) apologies.push(p.name);
      return;
    }
    const existing = attendees.findIndex((a) => a.name.toLowerCase() === p.name.toLowerCase());
    const entry = {
      name: p.name,
      role: p.role,
      org: p.org,
      initials: p.initials ?? declaredInitials(p.name, p.suffix),
    };
    if (existing >= 0) attendees[existing] = entry;
    else attendees.push(entry);
    last = { index: existing >= 0 ? existing : attendees.length - 1, suffix: p.suffix };
  };

  const parseLine = (raw: string, labelRole: string | null) => {
    const glued = /[a-z][A-Z]{2,}[A-Z][a-z]/.test(raw);
    // "... and Cllr Yarwood.": the full stop that ends the list is not part of the name.
    const line = closeBrackets(
      unglue(raw)
        // "County Councillor Anne Dale was in attendance": the verb closes the list.
        .replace(/\s+(?:was|were) (?:also )?(?:present|in attendance)\b.*$/, '')
        .replace(/([a-z)])\.$/, '$1'),
    );
    // "Glenys Johnston / Independent Chair / By Phone": a table flattened with " / " or " | ".
    const cells = line
      .split(/\t+|\s{3,}|\s+[/|]\s+|\s+[/|]$/)
      .map((c) => c.trim())
      .filter(Boolean);
    let parsed: Parsed[] = [];
    const one = initialledPerson(line, opts);
    if (one) return [{ ...one, role: one.role ?? labelRole }];
    if (cells.length > 1) {
      const one = fromCells(cells, labelRole, opts);
      if (one) parsed = [one];
    }
    if (!parsed.length)
      parsed = initialsList(line) ?? singleNames(line) ?? titledList(line, opts) ?? [];
    if (!parsed.length) {
      const dashed = roleThenName(line, opts);
      if (dashed) parsed = [dashed];
    }
    if (!parsed.length) {
      // "Board: Mayor Boris Johnson, Kit Malthouse AM, ..." lists several people on one line.
      const items = names(line).length > 1 && /[,;]/.test(line) ? line.split(/\s*[,;]\s*/) : [line];
      for (const item of splitRunOn(items, opts)) parsed.push(...fromRun(item, labelRole, opts));
    }
    if (glued && parsed.length > 1)
      warnings.push(
        `An attendee line ran ${parsed.length} names together ("${squash(raw).slice(0, 60)}"); they were split at the capitals: please check.`,
      );
    return parsed;
  };

  const segments = segmentsOf(lines, scanLimit);
  // A table exported column by column ("Name", "Title & Organisation", every name, then every
  // title): the names are read one a line until the first line that is not a name alone.
  let nameColumn = false;
  let skipNext = false;
  for (const [k, seg] of segments.entries()) {
    const i = seg.line;
    // "PRESENT: COUNCILLOR R. DENT (CHAIRMAN), ...": a heading line in capitals is read in title
    // case, so that names come back as people write them; a capitals line alone stays a heading.
    const line =
      isAllCaps(seg.text) && HEADING.exec(seg.text)?.[2]?.trim()
        ? titleCaseCaps(seg.text)
        : seg.text;
    if (!line) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const nextLine = segments[k + 1]?.text ?? '';
    const splitHeader = /^names?$/i.test(line) && TABLE_HEADER.test(`Name ${nextLine}`);
    const header = TABLE_HEADER.test(line) || splitHeader;
    // "131. Present:", "Present |": a minute number before, a table rule after.
    const heading: RegExpExecArray | null = header
      ? /^(present)()$/.exec('present')
      : (HEADING.exec(
          line
            // "Minutes: Apologies were received from ...": the label of a web page's minute text.
            .replace(/^Minutes:\s*(?=\S)/, '')
            .replace(/^\d{1,3}[.)]\s+/, '')
            .replace(/\s*\|$/, '')
            .replace(/:-/, ':'),
        ) ?? QUALIFIED_HEADING.exec(line));
    // "Members are requested to ...": a sentence that begins with a heading's word; but
    // "In attendance for Specific Items: ..." is a heading.
    const qualified = heading && /^[a-z][^:]{0,40}:\s*(.*)$/.exec(heading[2]!);
    if (heading && qualified) heading[2] = qualified[1]!;
    if (heading && !/^[a-z]/.test(heading[2]!)) {
      nameColumn = splitHeader;
      skipNext = splitHeader;
      if (start < 0) start = i;
      section = sectionOf(heading[1]!);
      if (section === 'present' && firstPresent < 0) firstPresent = i;
      pending = [];
      nameFirst = null;
      last = null;
      sectionPeople = 0;
      const rest = heading[2]!.replace(/^[–—-]\s*/, '').trim();
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
        isActionTableHeader(line) ||
        /^(?:ACTIONS?|Actions?)\b|\|/.test(line) ||
        line.startsWith('. ') ||
        (/[.!?]$/.test(line) && line.split(' ').length > 8) ||
        (attendees.length + apologies.length > 0 &&
          !roleDue &&
          /\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b/.test(line.replace(/\([^)]*\)/g, ''))) ||
        (section === 'apologies' && apologies.length > 0 && !names(unglue(line)).length) ||
        line.length > 160) &&
      !(section && names(line).length && /\t|\s{3,}/.test(line)) &&
      // "Chris Cudmore – Chairman (CC), Frank Higgins (FH) and Alf Smith (AS).": a list, not prose.
      !(
        section &&
        /,/.test(line) &&
        (names(unglue(line)).length >= 2 || PLURAL_TITLE.test(line)) &&
        !/\b(?:was|were|is|are|had|has|noted|agreed)\b/.test(line)
      )
    ) {
      bodyStart = i;
      // A heading with nobody under it is an agenda's "1. Apologies", not the attendance: read on.
      if (sectionPeople === 0 && attendees.length + apologies.length === 0 && i < 80) {
        if (firstBody < 0) firstBody = i;
        start = -1;
        firstPresent = -1;
        section = null;
        continue;
      }
      break;
    }
    bodyStart = seg.piece ? i : i + 1;
    const wasRoleDue: boolean = roleDue;
    roleDue = false;
    if (section === 'skip' || section === null) continue;
    if (nameColumn) {
      const alone = names(line);
      const bare = squash(line.slice(0, alone[0]?.start ?? 0))
        .split(' ')
        .filter(Boolean);
      if (
        alone.length === 1 &&
        alone[0]!.end === line.length &&
        bare.length <= 1 &&
        (!bare.length || /^[A-Z][A-Za-z.]{1,12}$/.test(bare[0]!))
      ) {
        add({ name: alone[0]!.name, role: null, org: null, suffix: '' });
        continue;
      }
      // The first title of the second column: the rest of this block is titles.
      nameColumn = false;
      section = 'skip';
      continue;
    }
    const label = /^([A-Z][A-Za-z' ]{2,40}):\s*(.+)$/.exec(line);
    if (label && !names(label[1]!).length) {
      const labelRole = section === 'present' ? squash(label[1]!) : null;
      for (const p of parseLine(label[2]!, labelRole)) add(p);
      continue;
    }
    // After a name alone, a line naming an organisation ("Dundee Carers Centre") is theirs.
    const parsed: Parsed[] =
      wasRoleDue &&
      isOrgLike(line) &&
      !/[,;()–—-]/.test(line) &&
      line.split(' ').length <= 5 &&
      isOrgLike(line.split(' ').pop()!)
        ? []
        : parseLine(line, null);
    // A name on a line of its own: its role may follow on the next line, in words of prose.
    roleDue = parsed.length === 1 && !squash(parsed[0]!.suffix) && !wasRoleDue;
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
        names(unglue(line))[0]?.start === 0 || /^(?:Sir|Dame|Dr|Cllr|Mr|Mrs|Ms)\b/.test(line);
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
    const headless = headlessList(lines, lines.length, opts);
    if (headless)
      return {
        attendees: headless.attendees,
        bodyStart: headless.bodyStart,
        apologies: [...apologies, ...(headless.apologies ?? [])],
        warnings,
      };
    bodyStart = 0;
  }
  if (attendees.length + apologies.length === 0 && firstBody >= 0) bodyStart = firstBody;
  else if (attendees.length === 0 && firstPresent < 0) {
    // Only apologies had a heading: those present are listed above it without one.
    const headless = headlessList(lines, start, opts);
    if (headless) attendees.push(...headless.attendees);
  }
  return { attendees, apologies, bodyStart, warnings };
}

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
function headlessList(
  lines: readonly string[],
  end: number,
  opts: FindOptions,
): { attendees: RawAttendee[]; apologies?: string[]; bodyStart: number } | null {
  const limit = Math.min(lines.length, end, 80);
  for (let i = 0; i < limit; i++) {
    const run: RawAttendee[] = [];
    let j = i;
    let after = i;
    for (; j < Math.min(lines.length, end); j++) {
      const line = lines[j]!.trim();
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
    i = Math.max(i, j);
  }
  return initialledBlock(lines, Math.min(lines.length, end, 80), opts);
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
