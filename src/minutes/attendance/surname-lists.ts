/**
 * Short lists that name people by less than a full name: a plural title over surnames
 * ("Councillors Smith, Jones and Patel", "Cllrs Fay Moon, Gill Stewart"), first names alone
 * ("Jez, Gareth, Adam") and initials alone ("KT(Chair), POH, AyS").
 */
import {
  AGENT_WORD,
  findNames,
  HONORIFICS,
  isNameToken,
  isVocabulary,
  type FindOptions,
} from '../names.ts';
import { splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { PLURAL_TITLE, SURNAME_SHAPE, type Parsed } from './person.ts';
import { fromRun } from './run-line.ts';

/**
 * "Councillor Lee (Chair) Hart (Vice-Chair) and Moss (Labour)": in a list without commas each
 * bracket closes a person; one singular title over such a list of surnames is the plural title.
 */
export function closeBrackets(line: string): string {
  if ((line.match(/\([^()]*\)/g) ?? []).length < 2) return line;
  // "Ann Lee (AL) Chair, Tom Reed (TR)": in a list with its commas, initials in brackets are
  // followed by the person's role, not by the next person.
  const closed = line.replace(
    /(\([^()]*\))\s+(?:(?:and|&)\s+)?(?=[A-Z][a-z])/g,
    (m, bracket: string) =>
      line.includes(',') && /^\([A-Z][A-Za-z']{1,4}\)$/.test(bracket) ? m : `${bracket}, `,
  );
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

export function titledList(line: string, opts: FindOptions): Parsed[] | null {
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
    .replace(/(?<=[a-z]{2})(?<!\b(?:Messrs|Mesdames))\.\s+[A-Z].*$/, '')
    .replace(/\s*\|\s*$/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.]\s*$/, '')
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/);
  for (const raw of items) {
    // "Mesdames Hart and Cole, Messrs. Lee and Reid": a second plural title opens its own run.
    const item = squash(raw).replace(new RegExp(`^${PLURAL_TITLE.source.slice(2)}`), '');
    if (!item) continue;
    const names = findNames(item, opts);
    if (names.length) {
      out.push(...fromRun(item, null, opts));
      continue;
    }
    const [token, second] = item.split(' ') as [string, string | undefined];
    // "Planning Officer", "Town Clerk": an office in the list, held by nobody it names.
    if (second && (isVocabulary(second) || AGENT_WORD.test(second))) continue;
    // A surname alone, even one that is also a word ("Crown", "Price"); anything else (a role,
    // a note) ends the list.
    if (item.split(' ').length <= 2 && SURNAME_SHAPE.test(token) && !HONORIFICS.test(token))
      out.push({ name: token, role: null, org: null, suffix: item.slice(token.length) });
    else break;
  }
  return out.length ? out : null;
}

// "Attending: Jez, Gareth, Adam", "Councillors; Johnson, Ashfield and Lawson": one name each.
export function singleNames(line: string): Parsed[] | null {
  const items = line
    // "Becker, Kendall, and Pintar": the serial comma before the last "and" opens no item.
    .split(/\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean);
  // "Councillors; Johnson, Ashfield": a plural title heads the list, it is not a name.
  if (items.length && PLURAL_TITLE.test(`${items[0]} `) && isNameToken(items[0]!)) return null;
  // "Alan (Chair), Joan, Peter": a small body's list, an office in brackets after a first name;
  // "..., Sue and Dr Ade": one titled surname among them is read too. "Amy H., Conni M, Wayne":
  // a fellowship's or a co-op's list gives a first name and the surname's initial alone.
  const parts = items.map((x) =>
    /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Revd|Rev|Prof)\.?\s+)?(\S+(?: \p{Lu}\.?(?=$|\s))?)(?:\s*\(([^()]+)\))?$/u.exec(
      x,
    ),
  );
  const bare = parts.filter((m) => m && m[0].startsWith(m[1]!)).length;
  if (
    items.length < 2 ||
    bare < Math.max(2, items.length - 1) ||
    !parts.every((m) => m && isNameToken(m[1]!.split(' ')[0]!))
  )
    return null;
  return parts.map((m) => ({
    name: m![1]!,
    ...(m![2] ? splitRoleOrg(m![2]) : { role: null, org: null }),
    suffix: m![2] ? ` (${m![2]})` : '',
  }));
}

// "KT(Chair), POH, MS, AL, SW(minutes)": a list of initials alone. "P B", "K.T.": the capitals
// of one person spaced or stopped by the typist, among the others.
const INITIALS_ITEM =
  /^([A-Z](?:[A-Za-z]{0,2})[A-Z]|[A-Z] [A-Z](?: [A-Z])?|[A-Z](?:\.\s?[A-Z]){1,2}\.?)\s*(?:\(([^)]*)\))?$/;

export function initialsList(line: string): Parsed[] | null {
  const items = line
    .split(/\s*[,;]\s*/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean);
  if (items.length < 2) return null;
  const parsed = items.map((x) => INITIALS_ITEM.exec(x));
  if (parsed.some((m) => !m)) return null;
  return parsed.map((m) => ({ name: m![1]!, role: m![2] ?? null, org: null, suffix: '' }));
}
