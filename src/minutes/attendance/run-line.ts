/**
 * One line of a list where name, role and organisation run together in prose order ("Chief
 * Executive Nick Walkley LB Barnet", "Cllr Jane Smith Chair Anytown Council"), one person opened
 * by their initials ("Graeme Mclay (GM) East Dunbartonshire Council"), a role then a dash then
 * its holder ("Clerk – Jane Smith"), and titled surnames whose commas were lost.
 */
import {
  findNames,
  AGENT_WORD,
  HONORIFICS,
  isNameToken,
  initialsOf,
  type FindOptions,
  type NameSpan,
} from '../names.ts';
import { isOrgLike, splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { COURTESY, declaredInitials, PLURAL_TITLE, trimToInitials, type Parsed } from './person.ts';

const NEXT_TITLE =
  /(?:\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Revd?)\.?)+\s*$/;

/** One name found in a run of text, with the text before it as role and after it split. */
export function fromRun(text: string, labelRole: string | null, opts: FindOptions): Parsed[] {
  // "Cllr Sam Naylor (Cheshire West and Chester)": beside a name, what is in brackets is the
  // person's council or role; only "Director City Services (Lance Titter)" brackets the person.
  const brackets = [...text.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
  const found = findNames(text, opts);
  const inBrackets = (n: NameSpan) => brackets.some(([a, b]) => n.start > a! && n.end < b!);
  const names = found.some((n) => !inBrackets(n)) ? found.filter((n) => !inBrackets(n)) : found;

  // "Ann Clark Ben Doyle Carla Evans Project Officer Minute Taker": three names or more with
  // nothing between them are a table's name column read before its role column, so what
  // follows the last name is everyone's roles, not that person's.
  const columnRun =
    names.length >= 3 &&
    names.every((n, i) => i === 0 || !text.slice(names[i - 1]!.end, n.start).trim());

  const out: Parsed[] = [];
  names.forEach((found, i) => {
    const span = trimToInitials(found, text.slice(found.end));
    const before = i === 0 ? text.slice(0, span.start) : '';
    const rawAfter = columnRun ? '' : text.slice(span.end, names[i + 1]?.start ?? text.length);
    // Bare initials after the name are the person's, not the first word of their role.
    const bare = /^\s+\S+/.exec(rawAfter)?.[0].trim();
    // "Ann Lee (AL) Chair": bracketed initials straight after the name are not an organisation.
    const bracketed = /^\s*\(([A-Z][A-Za-z']{1,4}(?:-[A-Z]{1,2})?)\)/.exec(rawAfter);
    const initials =
      bare && declaredInitials(span.name, rawAfter) === bare
        ? bare
        : bracketed && declaredInitials(span.name, rawAfter) === bracketed[1]
          ? bracketed[1]!
          : null;
    const joined = !initials
      ? rawAfter
      : initials === bare
        ? rawAfter.replace(/^\s+\S+/, '')
        : rawAfter.slice(bracketed![0].length);
    // "Tom Reed and Mr John Brown", "... Riverside Trust Ms Ann Lee": the "and" and the title
    // before the next name are not a role.
    // "F Grey (Clerk) and County Councillor H Blue": after the bracket, the next person's title.
    const after =
      i < names.length - 1
        ? joined
            .replace(NEXT_TITLE, '')
            .replace(/\s*(?:\band\b|&)\s*$/, '')
            .replace(/^(\s*\([^()]*\))\s+(?:and|&)\s+.*$/, '$1')
        : joined;
    const beforeTokens = squash(before.replace(/[\s,:(]+$/, ''))
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
    // "the Pro Chancellor (The Hon Justice C Wheeler)", "the Director of Legal Services (Mr K
    // Heitman)": an office, then its holder in brackets. The office is what stands before the
    // bracket (after any label's colon); the titles inside it are the holder's.
    const opening = text.lastIndexOf('(', span.start);
    const office = inBrackets(found)
      ? squash(text.slice(0, opening).replace(/^.*:/, ''))
          .replace(/^[\s.]*(?:the\s+)?/i, '')
          .trim()
      : '';
    if (office && i === 0) {
      out.push({ name: span.name, role: office, org: null, suffix: '' });
      return;
    }
    if (prefix) {
      if (honorific) [role, org] = [honorific, isOrgLike(prefix) ? prefix : null];
      else role = prefix;
      if (suffix.trim()) org = splitRoleOrg(suffix).org ?? (squash(suffix) || null);
    } else {
      ({ role, org } = splitRoleOrg(suffix));
      // "In the Chair: Cllr Ann Lee": the office the label names says more than her title.
      if (!role && honorific && !COURTESY.test(honorific)) role = labelRole ?? honorific;
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

/**
 * "- Graeme Mclay (GM) East Dunbartonshire Council": a line that opens with a name and its
 * initials holds that one person; the rest is their role and organisation, not more names.
 */
export function initialledPerson(line: string, opts: FindOptions): Parsed | null {
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
  // "(Acme)", "(Foo)": a short organisation in brackets, not initials, which have two capitals.
  if ((initials.match(/[A-Z]/g) ?? []).length < 2 && initials.length > 2) return null;
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
  // "Ann Lee (AL) Chair, Tom Reed, Raj Patel": more people after a comma, not one person's role.
  if (
    suffix
      .split(',')
      .slice(1)
      .some((part) => findNames(part, opts)[0]?.start === 1)
  )
    return null;
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
export function splitRunOn(items: string[], opts: FindOptions): string[] {
  if (items.filter((x) => TITLED_SURNAME.test(x.trim())).length < 3) return items;
  return items.flatMap((item) => {
    const m = TITLED_RUN_ON.exec(item.trim());
    return m && findNames(m[2]!, opts)[0]?.start === 0 ? [m[1]!, m[2]!] : [item];
  });
}

// "Information Management Specialist — Myers", "Clerk – Jane Smith": the role, then who holds it.
const ROLE_DASH_NAME = /^([A-Z][A-Za-z&,' ]{2,60}?)\s+[–—-]\s+(.+)$/;

export function roleThenName(line: string, opts: FindOptions): Parsed | null {
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

// A word that makes a run of words an office: "Fire Chief", "Town Attorney", "Executive
// Assistant", "Alderperson and Liaison to Board", "Information Management Specialist".
const OFFICE_WORD =
  /^(?:Chief|Attorney|Assistant|Superintendent|Engineer|Planner|Counsel|Administrator|Liaison|Alder(?:man|woman|person)|Director|Officer|Manager|Clerk|Secretary|Treasurer|Executive|Head|Advis[oe]r|Commissioner|Councill?or|Council(?:man|woman|member)|Co-?ordinator|Chair(?:man|woman|person)?|Mayor|President|Controller|Comptroller|Auditor|Inspector|Marshal|Deputy|Captain|Supervisor|Trustee)$/;

const isOffice = (words: string): boolean =>
  /^[A-Z]/.test(words) && words.split(' ').some((w) => OFFICE_WORD.test(w) || AGENT_WORD.test(w));

/**
 * "Fire Chief — Parsons City Attorney — Lavine Executive Assistant - Overslaugh": a row of
 * offices and their holders flattened into one line, each holder's name run into the next
 * office. The last holder says how many words a name has here (a surname, or a first name and a
 * surname); each part between two dashes is that many name words and then the next office, which
 * must read as one ("Attorney", "Assistant"). Otherwise the line is not of this form.
 */
export function rolesThenNames(line: string, opts: FindOptions): Parsed[] | null {
  const parts = line.split(/\s+[–—-]\s+/).map(squash);
  if (parts.length < 3 || findNames(parts[0]!, opts).length || !isOffice(parts[0]!)) return null;
  const lastWords = parts.at(-1)!.replace(/\.$/, '').split(' ');
  const width = lastWords.length;
  if (width > 2 || !lastWords.every(isNameToken)) return null;
  const out: Parsed[] = [];
  let role = parts[0]!;
  for (const part of parts.slice(1, -1)) {
    const words = part.split(' ');
    const holder = words.slice(0, width);
    const next = words.slice(width);
    if (
      next.length === 0 ||
      !holder.every(isNameToken) ||
      !/^[A-Z]/.test(next[0]!) ||
      !isOffice(next.join(' ')) ||
      findNames(next.join(' '), opts).length
    )
      return null;
    out.push({ name: holder.join(' '), role, org: null, suffix: '' });
    role = next.join(' ');
  }
  out.push({ name: lastWords.join(' '), role, org: null, suffix: '' });
  return out;
}
