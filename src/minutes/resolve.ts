/**
 * Who an owner as written is: initials against this document's attendees first (TG, JO'B),
 * then people already in the register; a name one or two letters away from a known person
 * (Balachrishnan / Balakrishnan) is offered as that person, for the secretariat to confirm.
 * Groups stay groups. Nothing is guessed: an owner that matches no one is left unassigned.
 */
import type { Attendee, DraftOwner } from './draft.ts';
import { isNick } from './meetbot.ts';
import { editDistance, findNames } from './names.ts';
import { ORG_ACRONYMS, type OwnerToken } from './owners.ts';
import { key } from './text.ts';

/** A person already in the register, as the importer needs them. */
export interface KnownPerson {
  readonly id: number;
  readonly name: string;
  readonly initials: string | null;
}

export interface Directory {
  readonly attendees: readonly Attendee[];
  readonly known: readonly KnownPerson[];
  /**
   * Offices the document says who holds ("Clerk: Mrs Jane Smith"), by office in lower case;
   * null where it names two people for the office.
   */
  readonly holders?: ReadonlyMap<string, string | null>;
}

const OFFICES =
  '(?:Town |Parish |Assistant )?Clerk|Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Secretary|Treasurer|Responsible Financial Officer|RFO|Minute[- ]taker';
const TITLE = '(?:(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\\.?\\s+)?';
const PERSON = "([A-Z][a-z'-]+(?:\\s+[A-Z][a-z'-]+){1,2})";
// "Clerk: Mrs Jane Smith", "Clerk – Jane Smith", "Jane Smith (Clerk)", "Jane Smith, Clerk".
const OFFICE_FIRST = new RegExp(`\\b(${OFFICES})\\s*(?:[:–—]|-\\s)\\s*${TITLE}${PERSON}`, 'g');
const NAME_FIRST = new RegExp(
  `${TITLE}${PERSON}\\s*(?:\\((${OFFICES})\\)|,\\s*(${OFFICES})\\b)`,
  'g',
);

/**
 * Who holds each office, where the document says so. An office named with two different
 * people is null: nobody is guessed.
 */
export function officeHolders(text: string): Map<string, string | null> {
  const seen = new Map<string, Set<string>>();
  const add = (office: string, name: string) => {
    const names = findNames(name);
    if (names.length !== 1 || !names[0]!.name.includes(' ')) return;
    const k = officeKey(office);
    seen.set(k, (seen.get(k) ?? new Set()).add(names[0]!.name));
  };
  for (const m of text.matchAll(OFFICE_FIRST)) add(m[1]!, m[2]!);
  for (const m of text.matchAll(NAME_FIRST)) add(m[2] ?? m[3]!, m[1]!);
  const out = new Map<string, string | null>();
  for (const [office, names] of seen) out.set(office, names.size === 1 ? [...names][0]! : null);
  return out;
}

/** "Parish Clerk", "Chairman" and "Clerk", "Chair" are one office. */
const officeKey = (office: string): string =>
  key(office)
    .replace(/^(?:town|parish) /, '')
    .replace(/(?:man|woman|person)$/, '');

export interface Resolution {
  readonly owners: DraftOwner[];
  readonly flags: string[];
}

const surname = (name: string) => key(name).split(' ').pop() ?? '';
const forename = (name: string) => key(name).split(' ')[0] ?? '';

/** Same first name, surname a small spelling slip apart (not a different family). */
function nearlySame(a: string, b: string): boolean {
  if (key(a) === key(b)) return false;
  if (forename(a) !== forename(b)) return false;
  const [sa, sb] = [surname(a), surname(b)];
  const d = editDistance(sa, sb);
  return d > 0 && d <= 2 && Math.min(sa.length, sb.length) >= 6 && sa[0] === sb[0];
}

/** Links a name to a known person: exactly, else by a near spelling (flagged). */
export function linkKnown(
  name: string,
  known: readonly KnownPerson[],
): { person: KnownPerson; near: boolean } | undefined {
  const exact = known.filter((k) => key(k.name) === key(name));
  if (exact.length === 1) return { person: exact[0]!, near: false };
  if (exact.length > 1) return undefined;
  const near = known.filter((k) => nearlySame(k.name, name));
  return near.length === 1 ? { person: near[0]!, near: true } : undefined;
}

function asPerson(
  name: string,
  written: string,
  dir: Directory,
  via: 'attendee' | 'named',
  flags: string[],
): DraftOwner {
  const link = linkKnown(name, dir.known);
  if (link?.near) {
    flags.push(
      `"${written}" is spelled "${name}" in the minutes; offered as ${link.person.name}, who is in the register: confirm.`,
    );
    return {
      written,
      kind: 'person',
      name: link.person.name,
      match: 'near',
      personId: link.person.id,
    };
  }
  if (link)
    return {
      written,
      kind: 'person',
      name: link.person.name,
      match: via === 'attendee' ? 'attendee' : 'known',
      personId: link.person.id,
    };
  if (via === 'named')
    flags.push(
      `${name} is not in the register or the attendance list: will be added as a new person.`,
    );
  return { written, kind: 'person', name, match: via, personId: null };
}

export function resolveOwners(tokens: readonly OwnerToken[], dir: Directory): Resolution {
  const owners: DraftOwner[] = [];
  const flags: string[] = [];
  for (const t of tokens) {
    const owner = resolveOne(t, dir, flags);
    if (owner && !owners.some((o) => o.name === owner.name)) owners.push(owner);
  }
  return { owners, flags };
}

function resolveOne(t: OwnerToken, dir: Directory, flags: string[]): DraftOwner | undefined {
  switch (t.kind) {
    case 'group':
      return { written: t.written, kind: 'group', name: t.name, match: 'group', personId: null };
    case 'initials': {
      const want = t.written.toUpperCase();
      const attendees = dir.attendees.filter((a) => a.initials?.toUpperCase() === want);
      if (attendees.length === 1)
        return asPerson(attendees[0]!.name, t.written, dir, 'attendee', flags);
      const known = dir.known.filter((k) => k.initials?.toUpperCase() === want);
      if (attendees.length === 0 && known.length === 1)
        return {
          written: t.written,
          kind: 'person',
          name: known[0]!.name,
          match: 'known',
          personId: known[0]!.id,
        };
      const org = dir.attendees.find((a) => a.org === t.written);
      if (org || ORG_ACRONYMS.test(t.written))
        return {
          written: t.written,
          kind: 'group',
          name: t.written,
          match: 'group',
          personId: null,
        };
      flags.push(
        `"${t.written}" matches no one in the attendance list or the register: assign it by hand.`,
      );
      return undefined;
    }
    case 'name': {
      if (!t.name.includes(' ')) {
        // A first name alone: the one attendee who has it, else kept as written, flagged.
        const firsts = dir.attendees.filter((a) => key(a.name).split(' ')[0] === key(t.name));
        if (firsts.length === 1)
          return asPerson(firsts[0]!.name, t.written, dir, 'attendee', flags);
        // "henne", the nick "Hendrik Vogelsang (henne)" declares.
        const nicked = dir.attendees.filter(
          (a) => a.org !== null && isNick(a.org) && a.org.toLowerCase() === t.name.toLowerCase(),
        );
        if (firsts.length === 0 && nicked.length === 1)
          return asPerson(nicked[0]!.name, t.written, dir, 'attendee', flags);
        flags.push(
          firsts.length > 1
            ? `"${t.written}" could be more than one person: assign it by hand.`
            : `"${t.written}" is a first name only and matches no one in the attendance list: confirm who it is.`,
        );
        if (firsts.length > 1) return undefined;
        return { written: t.written, kind: 'person', name: t.name, match: 'named', personId: null };
      }
      const attendee = dir.attendees.find((a) => key(a.name) === key(t.name));
      if (attendee) return asPerson(attendee.name, t.written, dir, 'attendee', flags);
      // "T. Reed", "T Reed": an initial and a surname are the one attendee they fit.
      const initialled = /^([A-Z])\.?\s+([A-Z][\w'-]+)$/.exec(t.name.trim());
      const fitting = initialled
        ? dir.attendees.filter(
            (a) =>
              surname(a.name) === key(initialled[2]!) &&
              forename(a.name).charAt(0) === initialled[1]!.toLowerCase() &&
              forename(a.name).length > 1,
          )
        : [];
      if (fitting.length === 1) {
        flags.push(
          `"${t.written}" taken to be ${fitting[0]!.name}, the one attendee it fits: confirm.`,
        );
        return asPerson(fitting[0]!.name, t.written, dir, 'attendee', flags);
      }
      const nearAttendee = dir.attendees.filter((a) => nearlySame(a.name, t.name));
      if (nearAttendee.length === 1) {
        flags.push(
          `"${t.written}" is spelled "${nearAttendee[0]!.name}" in the attendance list: confirm.`,
        );
        return {
          ...asPerson(nearAttendee[0]!.name, t.written, dir, 'attendee', flags),
          match: 'near',
        };
      }
      return asPerson(t.name, t.written, dir, 'named', flags);
    }
    case 'surname': {
      const matches = dir.attendees.filter(
        (a) => surname(a.name) === key(t.written).split(' ').pop(),
      );
      if (matches.length === 1)
        return asPerson(matches[0]!.name, t.written, dir, 'attendee', flags);
      flags.push(`"${t.written}" could be more than one person: assign it by hand.`);
      return undefined;
    }
    case 'office': {
      // "the Mayor" is the one attendee whose role begins with that office, if there is one.
      const office = key(t.name);
      const holders = dir.attendees.filter((a) => {
        const role = key(a.role ?? '');
        // Only the head offices are read loosely: "the Mayor" is the "Mayor for London".
        const loose = office === 'mayor' || office === 'chair';
        return (
          role === office ||
          (loose && (role.startsWith(`${office} for `) || role.startsWith(`${office} of `))) ||
          (loose &&
            role.endsWith(` ${office}`) &&
            !role.includes('deputy') &&
            !role.includes('vice'))
        );
      });
      // Two people named for the office ("Clerk: Ann Lee" and "Tom Baker (Clerk)"): nobody is.
      const named = dir.holders?.get(officeKey(office));
      if (holders.length === 1 && named !== null && findNames(holders[0]!.name).length) {
        flags.push(
          `"${t.written}" taken to be ${holders[0]!.name} (${holders[0]!.role}): confirm.`,
        );
        return asPerson(holders[0]!.name, t.written, dir, 'attendee', flags);
      }
      // No attendee has the role, but the document says who holds it: "Clerk: Mrs Jane Smith".
      const holder = holders.length === 0 ? named : undefined;
      if (holder) {
        flags.push(
          `"${t.written}" taken to be ${holder}, named as ${t.written} in the minutes: confirm.`,
        );
        const attendee = dir.attendees.find((a) => key(a.name) === key(holder));
        return asPerson(
          attendee?.name ?? holder,
          t.written,
          dir,
          attendee ? 'attendee' : 'named',
          flags,
        );
      }
      return { written: t.written, kind: 'group', name: t.name, match: 'group', personId: null };
    }
  }
}
