/**
 * Lists under a heading ("Present:", "In attendance", "Apologies", "Sederunt", an attendance
 * table's header row), read line by line until the body starts: names one a line or several to
 * a line, a role or organisation on the line after a name or before it, labelled lines
 * ("Technical Advisor: Sir Paul ..."), and a table exported column by column (every name, then
 * every role). An empty heading (an agenda's "1. Apologies") is passed over.
 */
import { findNames, isAllCaps, isNameToken, titleCaseCaps, type FindOptions } from '../names.ts';
import { isOrgLike, splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { statusMarkers } from './columns.ts';
import {
  BODY_HEADING,
  BODY_START,
  HEADING,
  isActionTableHeader,
  QUALIFIED_HEADING,
  sectionOf,
  TABLE_HEADER,
  type Section,
} from './headings.ts';
import { declaredInitials, PLURAL_TITLE, unglue, type Parsed, type RawAttendee } from './person.ts';
import { fits, readLine, TRAILING } from './line.ts';
import { singleNames } from './surname-lists.ts';
import { segmentsOf } from './run-together.ts';

// A roll call's labelled sentence of single names ("Seating Order: Kwan, Mertz and Ruiz."): the
// full stop closes the list; it is not prose.
const isSurnameSentence = (line: string): boolean => {
  const list = /^(?:[A-Z][A-Za-z' ]{2,40}:\s*)?([^:]+)$/.exec(line)?.[1];
  return !!list && list.includes(',') && !!singleNames(list);
};

// "COUNCILLOR A LEE", "MR C MOSS (CHAIR)", "J SMITH": under a heading, a line in capitals that
// opens with a title, is initials and a surname, or closes with an office in brackets, is a
// person; a bare pair of words in capitals ("BUS SHELTER") or a roman-numbered item ("I.
// DECLARATION OF INTEREST") is the body's next heading.
const CAPS_PERSON =
  /^(?:(?:COUNCILLOR|CLLR|MR|MRS|MS|MISS|DR|PROF|REVD|REV|SIR|DAME|LORD|LADY)\.?\s+\S|[A-HJ-Z]\.?(?:\s+[A-Z]\.?)?\s+[A-Z][A-Z'-]+(?:\s*\(.*\))?$|[A-Z][A-Z' -]+\([A-Z][A-Z ,&'-]*\)$)/;
const isCapsPersonLine = (line: string): boolean =>
  CAPS_PERSON.test(line) && !BODY_HEADING.test(line) && !/^\d/.test(line);

/** What the headed lists gave, and where they were, for the entry's fallbacks. */
const ROLE_LABEL =
  /^((?:[A-Z][a-z]+ )?(?:Chair(?:man|woman|person)?|Clerk|Secretary|Facilitator|Minutes|Notes|(?:Minute|Note)[- ]?[Tt]aker|Observers?|Guests?|Speakers?|Presenters?|Advis[oe]rs?|Treasurer|President|Convenor|Convener)):$/;

// "the Clerk Jo Hart", "the Parish Clerk, Ann Lee": a heading's list that opens with the clerk.
const THE_OFFICE =
  /^the\s+(?=(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?(?:Clerk|Minute [Tt]aker|RFO)\b,?\s+\p{Lu})/u;

// "..., Apologies from Fiona Jenkins", "; apologies received from Ann Lee and Bo Hart": the last
// item of a row of those present, naming who sent apologies.
const SENT_APOLOGIES =
  /(?:^|[,;]\s*|:\s*|\s+[–—-]\s+)(?:[Aa]pologies|[Aa]pols)(?: (?:received|sent))?(?: from|:)\s+(.+)$/;

// "No rep", "No working CC", "Vacant", "None", "Not represented", "n/a".
const NOBODY_FOR_IT =
  /^(?:[Nn]o(?:ne)?\b|[Vv]acan(?:t|cy)\b|[Nn]ot represented\b|[Nn]\/[Aa]\b|TBC\b|tbc\b|-+$)/;

/**
 * "Clydebank East: Alistair Conarty", "Old Kilpatrick: Isobel Plunkett (IP)": the label of a
 * member body's row is a place, though it has the shape of a name, when the row after it opens
 * with a person's full name; a person's label is followed by an office ("Ann Lee: Chair").
 */
function isPlaceLabel(label: string, rest: string): boolean {
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Sir|Dame|Revd?)\b/.test(label)) return false;
  const first = findNames(rest, { titled: true })[0];
  return !!first && first.start === 0 && first.name.split(' ').length >= 2;
}

const TITLE =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Revd?)\.?$/;

/** Three or more items, each a title and a name, and no verb: a list, not a sentence about them. */
function isTitledList(line: string): boolean {
  if (
    /\b(?:was|were|is|are|had|has|have|been|be|will|would|thanked|welcomed|noted|agreed)\b/.test(
      line,
    )
  )
    return false;
  const items = line
    .replace(/\([^()]*\)/g, '')
    .replace(/\.$/, '')
    .split(/\s*,\s*|\s+and\s+/)
    .filter(Boolean);
  return (
    items.length >= 3 &&
    items.every((item) => {
      const words = item.trim().split(/\s+/);
      return words.length >= 2 && words.length <= 5 && TITLE.test(words[0]!);
    })
  );
}

// Words of a heading or a topic, never a first name: "Correspondence", "Membership", "Events".
const TOPIC_END = /(?:tion|sion|ment|ship|ness|ics|ing|ings|ies|ports?)$/;

/** "Jody", "Owen : chair", "Katie - convener", "Becky (CH)": a first name alone on its line. */
function loneFirstName(line: string): { name: string; role: string | null } | null {
  // "[[Jenny]] - buildings": a wiki's link around the name.
  const m =
    /^(?:\[\[)?(\p{Lu}[\p{Ll}'’-]+)(?:\]\])?(?:(?:\s+:\s*|\s+[–—-]\s+)(\S.*)|\s*\(([^()]+)\))?$/u.exec(
      line.trim(),
    );
  if (!m || !isNameToken(m[1]!) || TOPIC_END.test(m[1]!)) return null;
  const role = squash(m[2] ?? m[3] ?? '');
  // What follows is an office or a few words on what they did there, not a sentence.
  if (role.split(' ').length > 12 || /[.!?]$/.test(role)) return null;
  return { name: m[1]!, role: role || null };
}

// The first person of a line that goes on from the one before: "Quill (pquill), Wendy Hart",
// "(whart), Ian Moss": a name's last words or its bracket, then the list's next comma.
const WRAPPED_ON =
  /^(?:\([^()\s]+\)|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\([^()]+\))?)\s*(?:,|$)/u;

/**
 * "Alan Baker (abaker), Joan Ford (jford), Peter" / "Quill (pquill), ...": an emailed list wrapped
 * at a fixed width, mid-name. A line of a headed comma list that ends on no punctuation is joined
 * to the next when that one goes on with the list; the joined line is left empty so that line
 * numbers stay where they were.
 */
function unwrapped(lines: readonly string[], limit: number): readonly string[] {
  const out = [...lines];
  let inList = false;
  let i = 0;
  while (i < limit - 1) {
    const line = out[i]!.trim();
    const heading = HEADING.exec(line);
    if (heading) inList = true;
    else if (!line || BODY_START.test(line)) inList = false;
    const list = heading ? heading[2]! : line;
    // The next line of the text, past those already joined into this one.
    let j = i + 1;
    while (j < limit && !out[j] && lines[j]!.trim()) j++;
    const next = (out[j] ?? '').trim();
    // Cut mid-person: the last item is one word ("..., Stephan" / "Kulow (coolo), ..."), or the
    // next line opens with that person's bracket ("(henne), ..."). A table's rows ("Lucy Grey,
    // Anytown Council") each end on a whole item.
    const lastItem = list.split(',').pop()!.trim();
    const cut = /^\(/.test(next) || /^\p{Lu}[\p{L}'’-]*$/u.test(lastItem);
    const joins =
      inList &&
      cut &&
      list.length >= 40 &&
      list.includes(',') &&
      !/[,;:.]$/.test(list) &&
      next &&
      WRAPPED_ON.test(next) &&
      /[,(]/.test(next) &&
      !HEADING.test(next);
    if (!joins) {
      i = j;
      continue;
    }
    // The joined line may wrap again, so it is read once more.
    out[i] = `${line} ${next}`;
    out[j] = '';
  }
  return out;
}

const CELL_BREAK = /\s+[/|]\s+|\t+|\s{3,}/;

/** A cell of an initials column: "FGT", "AFi", "KL MNa"; two capitals at least in each. */
const INITIALS_CELL = /^(?:(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,3}(?: |$))+$/;

/**
 * "Present / Name / Organisation / PPG / Name / Organisation / PPG": a header whose columns
 * repeat says each row holds that many people side by side. Gives the count, or 0.
 */
function repeatedColumns(header: string): number {
  const cells = header
    .split(CELL_BREAK)
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && !/^(?:present|attendees|attendance|in attendance)$/.test(c));
  for (let width = 2; width * 2 <= cells.length; width++) {
    if (cells.length % width || !cells.slice(0, width).some((c) => /^names?$/.test(c))) continue;
    const first = cells.slice(0, width).join('|');
    let same = true;
    for (let c = width; c < cells.length; c += width)
      same &&= cells.slice(c, c + width).join('|') === first;
    if (same) return cells.length / width;
  }
  return 0;
}

/**
 * "| Jane Smith | Chair |", "Tom Reed | Treasurer": a row of a table of people, its first cell a
 * name and nothing more. An action table's rows open with a number or the action's words.
 */
function isPersonRow(line: string, opts: FindOptions): boolean {
  const cells = line
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2) return false;
  const person = cells[0]!.replace(/^(?:Cllr|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+/, '');
  const found = findNames(person, opts);
  return (
    found.length === 1 &&
    found[0]!.start === 0 &&
    found[0]!.end === person.length &&
    cells.every((c) => c.split(' ').length <= 8)
  );
}

/** "Clerk: Mrs White", "Chaired by Ann Lee": a heading that is an office gives its holder it. */
function officeOfHeading(heading: string): string | null {
  const h = heading.trim().toLowerCase();
  if (h === 'clerk') return 'Clerk';
  if (h === 'minute taker' || h === 'minutes taken by') return 'Minute taker';
  if (/^(?:chair(?:man|person|woman|ed by)?|in the chair)$/.test(h)) return 'Chair';
  return null;
}

export interface HeadedLists {
  readonly attendees: RawAttendee[];
  readonly apologies: string[];
  readonly bodyStart: number;
  readonly warnings: string[];
  /** The line of the first heading that had people under it, or -1 when none did. */
  readonly start: number;
  /** The line of the first heading of those present, or -1. */
  readonly firstPresent: number;
  /** Where the body began before an empty heading was passed over, or -1. */
  readonly firstBody: number;
}

export function headedLists(lines: readonly string[], opts: FindOptions): HeadedLists {
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
  // "Ann Lee / Tom Reed / Bob Hart / Chair / Treasurer / Secretary": a table exported column by
  // column. The people of the section so far each on a line of their own with nothing beside
  // them, and, once a line that names nobody follows three or more of them, the second column.
  let alone: number[] = [];
  let column: string[] | null = null;
  const closeColumn = () => {
    // Cells are paired with names only when the columns line up; otherwise nobody gets one.
    if (column && section === 'present' && column.length === alone.length)
      alone.forEach((index, k) => {
        const { role, org } = splitRoleOrg(column![k]!);
        attendees[index] = { ...attendees[index]!, role, org };
      });
    alone = [];
    column = null;
  };
  const scanLimit = Math.min(lines.length, 250);
  const names = (t: string) => findNames(t, opts);

  const add = (p: Parsed) => {
    sectionPeople++;
    const status = markers(p.suffix);
    if (status === 'absent') return;
    if (section === 'apologies' || status === 'apologies') {
      // "Apologies J. Harrison Porters' Box: A. McAllister": one listed present above is there,
      // whatever duty is noted beside the apologies.
      const there = attendees.some((a) => a.name.toLowerCase() === p.name.toLowerCase());
      if (!there && !apologies.includes(p.name)) apologies.push(p.name);
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

  const segments = segmentsOf(unwrapped(lines, scanLimit), scanLimit);
  // A table exported column by column ("Name", "Title & Organisation", every name, then every
  // title): the names are read one a line until the first line that is not a name alone.
  let nameColumn = false;
  let skipNext = false;
  let prevFirst = false;
  let gapBefore = false;
  // How many people the last line that named anyone held.
  let lastCount = 0;
  // How many people a row of the table holds, when its header repeats its columns.
  let across = 0;
  // Lines passed over inside a column of names: the next column's header and its first cells.
  let skipTo = -1;
  for (const [k, seg] of segments.entries()) {
    const i = seg.line;
    // "PRESENT: COUNCILLOR R. DENT (CHAIRMAN), ...": a heading line in capitals is read in title
    // case, so that names come back as people write them; a capitals line alone stays a heading.
    const line =
      isAllCaps(seg.text) &&
      (HEADING.exec(seg.text)?.[2]?.trim() || (section && isCapsPersonLine(seg.text)))
        ? titleCaseCaps(seg.text)
        : seg.text;
    if (!line) {
      gapBefore = true;
      continue;
    }
    const afterGap = gapBefore;
    gapBefore = false;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (k < skipTo) continue;
    const nextLine = segments[k + 1]?.text ?? '';
    // "Facilitator:" then "Sam Hill, Valley Health Service": a role's label alone, its holder on
    // the next line, before the list's heading or inside it. Only a label that names a role, so
    // that "Venue:" and its place are not read so.
    const roleLabel = ROLE_LABEL.exec(line);
    // The next line is the holder, not prose ("Minutes:" over a web page's minute text).
    const holderLine = nextLine.length <= 100 && !/\b[a-z]+\s+[a-z]+\s+[a-z]+\b/.test(nextLine);
    if (roleLabel && holderLine && !names(roleLabel[1]!).length) {
      const holder = readLine(nextLine, squash(roleLabel[1]!), opts, warnings);
      if (holder.length === 1) {
        closeColumn();
        if (start < 0) start = i;
        section = 'present';
        if (firstPresent < 0) firstPresent = i;
        add(holder[0]!);
        skipNext = true;
        bodyStart = segments[k + 1]!.line + 1;
        continue;
      }
    }
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
    // "In attendance the Clerk Jo Hart and County Cllr. A Bell": the office after the heading,
    // with no colon, and its holder; the article is not the start of a sentence.
    if (heading) heading[2] = heading[2]!.replace(THE_OFFICE, '');
    if (heading && !/^[a-z]/.test(heading[2]!)) {
      closeColumn();
      nameColumn = splitHeader;
      skipNext = splitHeader;
      lastCount = 0;
      across = repeatedColumns(line);
      if (start < 0) start = i;
      section = sectionOf(heading[1]!);
      if (section === 'present' && firstPresent < 0) firstPresent = i;
      pending = [];
      nameFirst = null;
      last = null;
      sectionPeople = 0;
      const rest = heading[2]!.replace(/^[–—-]\s*/, '').trim();
      if (rest && section !== 'skip') {
        const people = readLine(rest, officeOfHeading(heading[1]!), opts, warnings);
        for (const p of people) add(p);
        lastCount = people.length;
      }
      continue;
    }
    // "Owen : chair" / "Jody" / "Dave": a small body's list of first names, one a line. One word
    // alone could be a heading, so it is a name only beside another line of the same shape; with
    // no heading above ("Minutes:" on a wiki page), a run of three at the head of the page, two
    // of them with an office beside the name.
    const first = loneFirstName(line);
    const nextFirst = first && !prevFirst ? loneFirstName(nextLine) : null;
    if (first && start < 0 && !nextFirst) prevFirst = false;
    else if (first && start < 0 && i < 40) {
      const run = segments.slice(k, k + 3).map((g) => loneFirstName(g.text));
      if (run.every(Boolean) && run.filter((r) => r!.role).length >= 2) {
        start = i;
        section = 'present';
        firstPresent = i;
      }
    }
    if (first && section && section !== 'skip' && (prevFirst || nextFirst)) {
      prevFirst = true;
      add({ name: first.name, role: first.role, org: null, suffix: first.role ?? '' });
      bodyStart = i + 1;
      continue;
    }
    prevFirst = false;
    if (start < 0) {
      // "Mr Ciarán Devane (Chairperson), Prof Deirdre Madden, ... and Ms Michelle O'Sullivan"
      // above "In Attendance:": the members, listed with no heading of their own.
      if (isTitledList(line)) {
        start = i;
        section = 'present';
        firstPresent = i;
        for (const p of readLine(line, null, opts, warnings)) add(p);
        bodyStart = i + 1;
      }
      // A labelled line before any heading ("Technical Advisor: Sir Paul ...") is still attendance.
      continue;
    }
    if (
      (BODY_START.test(line) ||
        BODY_HEADING.test(line) ||
        isActionTableHeader(line) ||
        /^(?:ACTIONS?|Actions?)\b|\|/.test(line) ||
        line.startsWith('. ') ||
        // "Cllr Norma Wilburn (Cabinet Member for Arts, Leisure & Culture).": the words of an office in
        // brackets do not make a sentence.
        (/[.!?]$/.test(line) && squash(line.replace(/\([^)]*\)/g, ' ')).split(' ').length > 8) ||
        (attendees.length + apologies.length > 0 &&
          !roleDue &&
          /\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b/.test(line.replace(/\([^)]*\)/g, ''))) ||
        (section === 'apologies' &&
          apologies.length > 0 &&
          !column &&
          alone.length < 3 &&
          !names(unglue(line)).length) ||
        line.length > 160) &&
      !(section && names(line).length && /\t|\s{3,}/.test(line)) &&
      !(section && isPersonRow(line, opts)) &&
      // "Voting and Seating Order: McGehee, Willmus, Laliberte, Etten and Roe.": surnames alone.
      !(section && isSurnameSentence(line)) &&
      // "Chris Cudmore – Chairman (CC), Frank Higgins (FH) and Alf Smith (AS).": a list, not prose;
      // its full stop is not part of the last name.
      !(
        section &&
        /,/.test(line) &&
        (names(unglue(line).replace(/\.$/, '')).length >= 2 || PLURAL_TITLE.test(line)) &&
        !/\b(?:was|were|is|are|had|has|noted|agreed)\b/.test(line)
      )
    ) {
      closeColumn();
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
      const found = names(line);
      const bare = squash(line.slice(0, found[0]?.start ?? 0))
        .split(' ')
        .filter(Boolean);
      if (
        found.length === 1 &&
        found[0]!.end === line.length &&
        bare.length <= 1 &&
        (!bare.length || /^[A-Z][A-Za-z.]{1,12}$/.test(bare[0]!))
      ) {
        add({ name: found[0]!.name, role: null, org: null, suffix: '' });
        if (section === 'present') alone.push(attendees.length - 1);
        continue;
      }
      // The first title of the second column: the rest of this block is titles.
      nameColumn = false;
      column = [line];
      continue;
    }
    if (column) {
      column.push(line);
      continue;
    }
    // A row of a table printed two people across: each person's cells are read on their own.
    const cells = across ? line.split(CELL_BREAK) : [];
    if (
      across &&
      cells.length === across * Math.floor(cells.length / across) &&
      cells.length > across
    ) {
      const width = cells.length / across;
      for (let c = 0; c < cells.length; c += width)
        for (const p of readLine(cells.slice(c, c + width).join(' / '), null, opts, warnings))
          add(p);
      continue;
    }
    // "Bonhill: Jack Fordy, Apologies from Fiona Jenkins", "Ward 3: Apologies from Ann Lee": a
    // member body's row of those present that notes who of it sent apologies; they are not there.
    const sent = section === 'present' ? SENT_APOLOGIES.exec(line) : null;
    if (sent) {
      for (const p of readLine(sent[1]!, null, opts, warnings))
        if (!apologies.includes(p.name)) apologies.push(p.name);
      const kept = line.slice(0, sent.index).replace(/[\s,;]+$/, '');
      const held = /^([^:]{2,60}):\s*(.+)$/.exec(kept);
      const heldRole = held ? squash(held[1]!) : null;
      for (const p of readLine(held ? held[2]! : kept, heldRole, opts, warnings)) add(p);
      continue;
    }
    const label = /^([A-Z][A-Za-z' ]{2,40}):\s*(.+)$/.exec(line);
    // "Dumbarton East and Central: No working CC", "Ward 4: Vacant": a member body's row that
    // says nobody came for it; its label is a place, whatever its shape.
    if (label && section === 'present' && NOBODY_FOR_IT.test(label[2]!)) continue;
    if (label && (!names(label[1]!).length || isPlaceLabel(label[1]!, label[2]!))) {
      const labelRole = section === 'present' ? squash(label[1]!) : null;
      for (const p of readLine(label[2]!, labelRole, opts, warnings)) add(p);
      continue;
    }
    // "Claire Wright" then "Senior Sister Isabella Ward CW": after a name alone, a line ending in
    // that person's initials is their role, whatever names it seems to hold.
    const owned = wasRoleDue && last ? TRAILING.exec(line) : null;
    if (owned && last && fits(owned[1]!, attendees[last.index]!.name)) {
      const l: { index: number; suffix: string } = last;
      const role = squash(line.slice(0, owned.index));
      attendees[l.index] = { ...attendees[l.index]!, role, initials: owned[1]! };
      last = { index: l.index, suffix: role };
      alone = [];
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
        : readLine(line, null, opts, warnings);
    // A name on a line of its own: its role may follow on the next line, in words of prose.
    roleDue = parsed.length === 1 && !squash(parsed[0]!.suffix) && !wasRoleDue;
    // "Ann Lee / Tom Reed / Chair / Treasurer": two names alone are a column only when two lines
    // naming nobody follow them and no name comes after, so that neither role runs onto Tom.
    if (
      parsed.length === 0 &&
      alone.length === 2 &&
      alone.every((a) => a >= 0) &&
      nextLine &&
      !readLine(nextLine, null, opts, []).length &&
      !names(segments[k + 2]?.text ?? '').length
    ) {
      column = [line];
      continue;
    }
    // "Sarah Hughes / Initial / SH / Rachel Dent": a page break of a table exported column by
    // column puts the next column's header and its first cells inside the names; the names go on.
    if (parsed.length === 0 && alone.length >= 2 && /^(?:Initials?|Init\.?)$/i.test(line)) {
      let j = k + 1;
      while (j < segments.length && INITIALS_CELL.test(segments[j]!.text.trim())) j++;
      const resumed = j > k + 1 ? readLine(segments[j]?.text ?? '', null, opts, []) : [];
      if (resumed.length === 1 && !squash(resumed[0]!.suffix) && !resumed[0]!.role) {
        skipTo = j;
        continue;
      }
    }
    if (parsed.length === 0 && alone.length >= 3) {
      // "Marlene Constable" between two names alone: a name whose surname is also a word of
      // office, not the first cell of the next column.
      const next = readLine(nextLine, null, opts, warnings);
      const nameShape = /^([A-Z][a-z'-]+)(?: [A-Z][A-Za-z'-]+){1,2}$/.exec(line);
      if (
        nameShape &&
        isNameToken(nameShape[1]!) &&
        next.length === 1 &&
        !squash(next[0]!.suffix) &&
        !next[0]!.role
      ) {
        add({ name: line, role: null, org: null, suffix: '' });
        alone.push(section === 'present' ? last!.index : -1);
        continue;
      }
      column = [line];
      continue;
    }
    const lone = parsed.length === 1 && !squash(parsed[0]!.suffix) && !parsed[0]!.role;
    if (!lone) alone = [];
    // "Attendees: A (Acme), B (Widget)", a blank line, "Notes": a line of several people is not
    // followed by one person's role; after a gap, a line naming nobody is the body.
    // A label of its own ("Joined the meeting:") opens more of the list.
    if (
      parsed.length === 0 &&
      lastCount > 1 &&
      afterGap &&
      section === 'present' &&
      !/:-?$/.test(line)
    ) {
      bodyStart = i;
      break;
    }
    if (parsed.length) lastCount = parsed.length;
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
    if (lone) alone.push(section === 'present' ? last!.index : -1);
  }
  closeColumn();
  return { attendees, apologies, bodyStart, warnings, start, firstPresent, firstBody };
}
