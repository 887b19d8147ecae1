/**
 * One line of an attendance list, whatever its shape: the reader for the line's form is chosen
 * here (one initialled person, table cells, initials or first names alone, a plural title over
 * surnames, a role then its holder, or names run together with their roles and organisations).
 */
import {
  findNames,
  HONORIFICS,
  initialsOf,
  isNameToken,
  isVocabulary,
  type FindOptions,
} from '../names.ts';
import { isOrgLike, splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { fromCells } from './columns.ts';
import { unglue, type Parsed } from './person.ts';
import { fromRun, initialledPerson, roleThenName, rolesThenNames, splitRunOn } from './run-line.ts';
import { closeBrackets, initialsList, singleNames, titledList } from './surname-lists.ts';

// Initials as a cell of their own: "JS", "JMc", "KEW"; two capitals at least.
const INITIALS_CELL = '([A-Z](?=[A-Za-z]{0,3}[A-Z])[A-Za-z]{1,3}[A-Z]?)';
const LEADING = new RegExp(`^${INITIALS_CELL}(?:\\s*[-–—:]\\s+|\\t+|\\s+)(?=[A-Z])`);
export const TRAILING = new RegExp(`[\\s,/|]+\\(?${INITIALS_CELL}\\)?\\s*$`);

/**
 * Initials fit a name when their capitals are its initials, or when the first and last are the
 * first name's and the surname's ("JKW" for Jane Wilson, a middle name the list leaves out).
 */
export function fits(initials: string, name: string): boolean {
  const caps = initials.replace(/[^A-Z]/g, '');
  const own = initialsOf(name).replace(/[^A-Z]/g, '');
  return (
    caps === own ||
    (caps.length === 3 && own.length === 2 && caps[0] === own[0] && caps[2] === own[1])
  );
}

/**
 * "Kate Elaine Wood Medical Director KEW": the initials say the name has a word more than was
 * taken for it (a middle name before a qualifier of office); the first word of the role is it.
 */
function longer(p: Parsed, initials: string): Parsed {
  const caps = initials.replace(/[^A-Z]/g, '');
  const word = /^([A-Z][a-z'-]+)\s+(.*)$/.exec(p.role ?? '');
  if (!word || initialsOf(p.name) === caps || initialsOf(`${p.name} ${word[1]}`) !== caps) return p;
  return { ...p, name: `${p.name} ${word[1]}`, role: word[2]! };
}

/**
 * "JS Jane Smith Chair", "Jane Smith Chair JS", "PH\tPeter Holt\tFinance Director": the
 * person's initials in a column of their own, before the name or at the end of the line. Taken
 * only when they fit the one person the rest of the line names; other capitals ("NHS") stay.
 */
export function readLine(
  raw: string,
  labelRole: string | null,
  opts: FindOptions,
  warnings: string[],
): Parsed[] {
  // "- Jane Smith (Chair)", "• Tom Reed – Treasurer", "| Ann Lee | Clerk |": a list's bullet and
  // a table row's outer bars are not part of the person.
  const text = withCouplesSplit(
    withoutPublic(raw.trim())
      .replace(/^(?:[-•*–·▪◦‣]|\|)\s+/, '')
      .replace(/\s+\|$/, ''),
  );
  const grouped = groupedList(text, opts);
  if (grouped) return readLine(grouped, labelRole, opts, warnings);
  for (const [re, cut] of [
    [LEADING, (m: RegExpExecArray) => text.slice(m[0].length)],
    [TRAILING, (m: RegExpExecArray) => text.slice(0, m.index)],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = cut(m);
    const parsed = readPeople(rest, labelRole, opts, warnings).map((p) => longer(p, m[1]!));
    if (parsed.length === 1 && fits(m[1]!, parsed[0]!.name) && !parsed[0]!.initials)
      return [{ ...parsed[0]!, initials: m[1]! }];
  }
  return readPeople(text, labelRole, opts, warnings);
}

// "Anne & Wilf Platt", "Ros and John Whiteley": a couple listed under one surname, each a person.
// Only at the start of an item, so "Jane Smith and Ann Lee" stays two full names.
const COUPLE =
  /(?<=^|[,;:–—]\s*)(\p{Lu}\p{Ll}+) (?:&|and) (\p{Lu}\p{Ll}+) ((?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+)\b/gu;

const withCouplesSplit = (line: string): string =>
  line.replace(COUPLE, (all, a: string, b: string, surname: string) =>
    [a, b, surname].every(isNameToken) ? `${a} ${surname}, ${b} ${surname}` : all,
  );

/**
 * "Brennus Place – Howard Walshaw (Rep), David Parry", "Officers – Jane Holt, Tom Reed": a
 * label (a street, a member body, a group) over a list of two or more people. The label is
 * nobody; the list after the dash is read.
 */
function groupedList(line: string, opts: FindOptions): string | null {
  const m = /^([^–—,;()]{2,40}?)\s+[–—-]\s+(.+)$/.exec(line);
  if (!m || !m[2]!.includes(',') || /\s[–—-]\s/.test(m[2]!)) return null;
  // "Chris Cudmore – Chairman (CC), Frank Higgins (FH)": an office after the dash is the label's,
  // and the label a person.
  const item = m[2]!.split(',')[0]!;
  const first = findNames(item, opts)[0];
  const lead = first ? item.slice(0, first.start).trim() : '';
  if (!first || (lead && !lead.split(/\s+/).every((w) => HONORIFICS.test(w)))) return null;
  // "..., Brian Cross.": the list's full stop is not part of the last name.
  return findNames(m[2]!.replace(/\.$/, ''), opts).length >= 2 ? m[2]! : null;
}

// "Members of the public (3)", "and 4 members of the public", "three members of the public".
const PUBLIC =
  /\s*(?:[,;]|\band\b|&)?\s*(?:\(?\d+\)?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|no|a number of)?\s*members? of (?:the )?public\b(?:\s*\(\d+\)|\s*:?\s*\d+)?\.?/gi;

// "..., Lucie, 2 rats", "... and twenty residents": a count of people (or pets) left unnamed,
// one whole item of the list, in lower case, so no name is taken from it.
const COUNTED =
  /\s*(?:[,;]|\band\b|&)?\s*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|some)\s+(?:[a-z]+\s+){0,2}[a-z]+s\b\.?(?=\s*(?:[,;]|$))/g;

const withoutPublic = (line: string): string =>
  line.replace(PUBLIC, '').replace(COUNTED, '').trim();

/**
 * "Alanna Brogan - Palm Drive Health Care District": a name alone before the dash, and after it
 * an organisation or role, known by one of its words, however many capitals it has. What
 * follows the dash is not read for names.
 */
function nameDashOrg(line: string, opts: FindOptions): Parsed | null {
  const m = /^(.+?)\s+[–—-]\s+([^,;]+)$/.exec(line);
  if (!m) return null;
  const left = findNames(m[1]!, opts);
  const lead = m[1]!.slice(0, left[0]?.start ?? 0).trim();
  if (left.length !== 1 || left[0]!.end !== m[1]!.length || (lead && !HONORIFICS.test(lead)))
    return null;
  const rest = squash(m[2]!);
  if (!isOrgLike(rest) && !rest.split(' ').some((w) => isVocabulary(w) && /^[A-Z]/.test(w)))
    return null;
  const { role, org } = splitRoleOrg(rest);
  return { name: left[0]!.name, role, org, suffix: rest };
}

// What may follow the one name of a cell: its notes in brackets ("(Chair)", "(No: 6)") or, after
// a comma, an office that names nobody ("Omar Said, Treasurer").
const CELL_NOTES = /^(?:\s*\([^()]*\))*$/;
const CELL_OFFICE = /^,\s*\p{Lu}[\p{L}\s&'’-]*$/u;

const lastWord = (text: string): string => text.trim().split(/\s+/).pop() ?? '';

/** A cell that is one person: titles, one name, then at most its notes. */
function isOnePersonCell(cell: string, opts: FindOptions): boolean {
  const found = findNames(cell, opts);
  if (found.length !== 1) return false;
  const lead = cell.slice(0, found[0]!.start).trim();
  const rest = cell.slice(found[0]!.end);
  return (
    (!lead || lead.split(' ').every((t) => HONORIFICS.test(t.replace(/\.$/, '')))) &&
    (CELL_NOTES.test(rest) || (CELL_OFFICE.test(rest) && isVocabulary(lastWord(rest))))
  );
}

/**
 * "Peter & Ann Gould (Flat 9)", "Tom Hale, Ann Rudd (No: 4)": a cell of a row printed two to a
 * row may hold a couple or two people; each is a cell of its own when every piece is one person.
 */
function peopleOfCell(cell: string, opts: FindOptions): string[] {
  const pieces = withCouplesSplit(cell).split(/\s*,\s*/);
  return pieces.length > 1 && pieces.every((p) => isOnePersonCell(p, opts)) ? pieces : [cell];
}

/** The people on one line of a list; `warnings` hears of names split at glued capitals. */
function readPeople(
  raw: string,
  labelRole: string | null,
  opts: FindOptions,
  warnings: string[],
): Parsed[] {
  const names = (t: string) => findNames(t, opts);
  const glued = /[a-z][A-Z]{2,}[A-Z][a-z]/.test(raw);
  // "... and Cllr Yarwood.": the full stop that ends the list is not part of the name.
  const line = closeBrackets(
    unglue(raw)
      // "County Councillor Anne Dale was in attendance": the verb closes the list.
      .replace(/\s+(?:was|were) (?:also )?(?:present|in attendance)\b.*$/, '')
      // "... Mick Toogood (Vice Chair). / ": a flattened page's separator after the list's end.
      .replace(/(?<=[a-z).])\s+[/|]\s*$/, '')
      .replace(/([a-z)])\.$/, '$1'),
  );
  // "Glenys Johnston / Independent Chair / By Phone": a table flattened with " / " or " | ".
  const split = line
    .split(/\t+|\s{3,}|\s+[/|]\s+|\s+[/|]$/)
    .map((c) => c.trim())
    .filter(Boolean);
  // Only a row of cells is opened further: a comma list alone on its line has its own readers.
  const cells = split.length > 1 ? split.flatMap((c) => peopleOfCell(c, opts)) : split;
  let parsed: Parsed[] = [];
  const one = initialledPerson(line, opts);
  if (one) return [{ ...one, role: one.role ?? labelRole }];
  // "Cllr A Smith     Cllr B Jones     Cllr C Green": a row of names set out in columns, each
  // perhaps with its note ("Jane Rowe (Chair) / Ian Platt (Flat 3)", "Omar Said, Treasurer /
  // Lucy Dent"): a list printed two or three to a row.
  const everyCellOnePerson = cells.length > 1 && cells.every((c) => isOnePersonCell(c, opts));
  if (everyCellOnePerson) {
    for (const c of cells) parsed.push(...fromRun(c, labelRole, opts));
  } else if (cells.length > 1) {
    const one = fromCells(cells, labelRole, opts);
    if (one) parsed = [one];
  }
  if (!parsed.length)
    parsed = initialsList(line) ?? singleNames(line) ?? titledList(line, opts) ?? [];
  if (!parsed.length) parsed = rolesThenNames(line, opts) ?? [];
  if (!parsed.length) {
    // "Chair – Jane Smith; Treasurer – ..." is several offices; the items are read below.
    const dashed = line.includes(';') ? null : roleThenName(line, opts);
    if (dashed) parsed = [dashed];
  }
  if (!parsed.length) {
    const one = nameDashOrg(line, opts);
    if (one) parsed = [{ ...one, role: one.role ?? labelRole }];
  }
  if (!parsed.length) {
    // "Board: Mayor Boris Johnson, Kit Malthouse AM, ..." lists several people on one line.
    // "... Vice-Chancellery (Dr J Skene). Mrs J Massey as Secretary.", "... Mr M Zilko. By
    // Invitation: ...": a full stop after a holder's bracket or a surname (not a title's) ends
    // that person's item as a comma would.
    const items =
      names(line).length > 1 && /[,;]/.test(line)
        ? line.split(
            /\s*[,;]\s*|(?:(?<=\))|(?<=\p{Ll}{2})(?<!\b(?:Mrs|Prof|Revd|Rev|Cllr|Mr|Ms|Dr|St|Sr|Jr|Fr)))\.\s+(?=\p{Lu})/u,
          )
        : [line];
    // "Chair – Jane Smith; Treasurer – Ravi Patel": each item may be an office and its holder.
    for (const item of splitRunOn(items, opts)) {
      const dashed = items.length > 1 ? roleThenName(item, opts) : null;
      parsed.push(...(dashed ? [dashed] : fromRun(item, labelRole, opts)));
    }
  }
  if (glued && parsed.length > 1)
    warnings.push(
      `An attendee line ran ${parsed.length} names together ("${squash(raw).slice(0, 60)}"); they were split at the capitals: please check.`,
    );
  return parsed;
}
