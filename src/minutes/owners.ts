/**
 * Recognising an owner as minutes write one: initials (TG, JO'B), a full name, a group
 * ("All", "Officers", "MOPAC officers", "the Commissioning Group"), or an office ("the Chair",
 * "Director of Finance (Jane Smith)"). Purely syntactic: resolve.ts decides who it is.
 */
import { findNames, INITIALS, isNameToken } from './names.ts';
import { isOrgLike } from './roles.ts';
import { squash } from './text.ts';

export type OwnerToken =
  | { readonly kind: 'initials'; readonly written: string }
  | { readonly kind: 'name'; readonly written: string; readonly name: string }
  | { readonly kind: 'surname'; readonly written: string }
  | { readonly kind: 'group'; readonly written: string; readonly name: string }
  | { readonly kind: 'office'; readonly written: string; readonly name: string };

const GROUP_WORDS =
  '(?:officers?|team|teams|group|board|panel|committee|secretariat|partnership|partners|members|leads|colleagues|unit|staff|representatives|reps)';
const GROUP_SIMPLE = new RegExp(
  `^(?:the\\s+)?(?:all|everyone|members|officers|partners|secretariat|board|panel|committee|${GROUP_WORDS}|(?:all|each|every)\\s+(?:[\\w-]+\\s+){0,3}(?:members?|partners?|officers?|agencies|agency|boroughs?|attendees|colleagues|organisations?|leads?))$`,
  'i',
);
// "MOPAC officers", "the Commissioning Group": capitalised words, then a collective noun.
const GROUP_NAMED = new RegExp(`^(?:[Tt]he\\s+)?(?:[A-Z][\\w&'-]*\\s+){1,4}${GROUP_WORDS}$`);
const isGroup = (s: string) =>
  GROUP_SIMPLE.test(s) ||
  GROUP_NAMED.test(s) ||
  /^(?:[Tt]he\s+)?(?:[A-Z][\w&'-]*\s+){1,4}(?:Officers|Team|Group|Board|Panel|Committee|Secretariat|Partnership|Partners|Members|Unit)$/.test(
    s,
  );
const OFFICE =
  /^(?:the\s+)?(?:(?:deputy|vice|assistant|interim|acting)[\s-]+)?(?:chair(?:man|woman|person)?|clerk|chief executive|director|head|leader|mayor|secretary|treasurer|monitoring officer|commissioner|lead officer|scrutiny officer|democratic services officer|cabinet member|portfolio holder|town clerk)\b(?:\s+(?:of|for)\s+(?:(?!\bto\s)[A-Za-z&' ,-]){2,50})?$/i;

// "Community Liaison", "Committee Secretary", "Health and Safety Officer": a role written in
// capitals and ending in a role noun. Read only after an action marker, where it can only be
// the owner; in running text the same shape is too often a report's author or a subject.
const ROLE_NAMED =
  /^(?:[Tt]he\s+)?[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|for|&)){0,4}\s+(?:Officer|Lead|Liaison|Co-?ordinator|Manager|Adviser|Advisor|Secretary|Administrator|Treasurer)$/;

/** Public bodies minutes name as owners, in the case they write them (TfL, MoJ). */
export const ORG_ACRONYMS =
  /^(?:the\s+)?(?:MOPAC|MPS|GLA|TfL|CPS|NHS|NHSE|LFB|LAS|VRU|YJB|HMPPS|NPS|MoJ|MOJ|DfE|DHSC|DLUHC|MHCLG|HMCTS|LCRB|LCJB|ONS|OPCC|PCC|ICB|ICS|CCG|LGA|BTP|CoLP|NCA|IOPC|HMICFRS)$/;

/** "London Councils", "the Home Office", "Transport for London", "MOPAC": an organisation. */
function isOrganisation(s: string): boolean {
  if (ORG_ACRONYMS.test(s)) return true;
  const words = s.replace(/^the\s+/i, '').split(' ');
  if (words.length > 6) return false;
  if (!words.every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|&)$/.test(w))) return false;
  return isOrgLike(words.join(' ')) && !INITIALS.test(s);
}

/**
 * The surnames of this document's people, carrying the initials its attendance list declares.
 * Mixed-case initials ("Martin Whittle (MWh)", "DHo") are owners only when declared, since the
 * same shape is a plural or an abbreviation elsewhere ("GPs", "MPs", "PCs").
 */
export class DocumentNames extends Set<string> {
  readonly initials: ReadonlySet<string>;
  constructor(surnames: Iterable<string>, initials: Iterable<string | null | undefined> = []) {
    super(surnames);
    this.initials = new Set([...initials].filter((i): i is string => Boolean(i)));
  }
}

const MIXED_INITIALS = /^[A-Z][A-Za-z]{1,3}$/;
const declaredInitials = (written: string, surnames: ReadonlySet<string>): boolean =>
  surnames instanceof DocumentNames &&
  MIXED_INITIALS.test(written) &&
  /[a-z]/.test(written) &&
  surnames.initials.has(written);

// The titles an owner is written with before a surname, police and fire ranks among them
// ("DCS Hale", "Ch Insp Okafor", "Supt Hale"): a rank in capitals is read only before a name,
// so "DS" alone stays declared initials.
const PERSON_TITLE =
  /(?:Cllr\.?|Councillor|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Cmdr\.?|Lord|Lady|Baroness|(?:T\/)?(?:DCS|DCI|DI|DS|DC|PC|PS|ACC|DCC|Det\.?\s+(?:Supt|Insp|Sgt|Con)|Ch\.?\s+Supt|Ch\.?\s+Insp|C\/Supt|C\/Insp|Supt|Insp|Sgt|Inspector|Superintendent|Sergeant|Chief\s+(?:Inspector|Superintendent)|Station\s+Officer|Watch\s+Manager|Group\s+Manager|Area\s+Manager))/;

const PLURAL_TITLE = /^(?:Cllrs|Councillors|Messrs|Drs)\.?\s+/;

const NOT_OWNER =
  /^(?:action|actions|none|n\/a|na|tbc|tba|aob|ongoing|complete|open|closed|noted|agreed)$/i;

/** One owner phrase, or undefined when it is not one. */
export interface OwnerOptions {
  /** An owner cell or "Name to ..." where a first name alone ("Carol") names a person. */
  readonly firstNames?: boolean;
  /** After an action marker, where a role written in capitals ("Community Liaison") is one. */
  readonly roles?: boolean;
}

const NOT_FIRST_NAME =
  /^(?:This|That|These|Those|It|He|She|They|We|You|There|Here|Item|Items|Discussion|Members|Officers|Partners|Board|Everyone|All|Noted|Agreed|Ongoing|Update|Report|Verbal|Chair|Clerk|Tbc|Tba|None|Next|Each)$/;

// "ACTION: Append to Policy manual", "ACTION: Post": an action that names no owner opens with
// its verb, in capitals after the marker, where a first name would stand ("Kathy to update").
// Verbs that are also first names (Mark, Bill, Grant, Chase, Pat) are not listed: they stay names.
const VERB_NOT_NAME =
  /^(?:Add|Adhere|Append|Apply|Attach|Circulate|Commit|Contribute|Copy|Distribute|E-?mail|Escalate|Feed|Forward|Go|Introduce|Invite|Link|Move|Post|Present|Publish|Refer|Reply|Respond|Return|Send|Speak|Submit|Subscribe|Switch|Talk|Transfer|Upload|Write)$/;

export function ownerToken(
  raw: string,
  surnames: ReadonlySet<string> = new Set(),
  options: OwnerOptions = {},
): OwnerToken | undefined {
  let written = squash(raw.replace(/^[\s]+|[\s.,;:]+$/g, ''));
  // "(Office (A. Name)": one line of a list whose opening bracket was never closed.
  if (written.startsWith('(') && count(written, '(') > count(written, ')'))
    written = written.slice(1).trim();
  // Drop brackets around the whole phrase, or one left unbalanced by the caller.
  if (/^\(.*\)$/.test(written) && !/\).*\(/.test(written.slice(1, -1)))
    written = written.slice(1, -1);
  if (written.endsWith(')') && !written.includes('(')) written = written.slice(0, -1).trim();
  if (written.startsWith('(') && !written.includes(')')) written = written.slice(1).trim();
  if (!written || written.length > 80 || NOT_OWNER.test(written)) return undefined;
  // "Director of Finance (Jane Smith)": the person named in brackets is the owner.
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(written);
  if (bracket) {
    // ModernGov prints the holder in capitals: "DIRECTOR OF FINANCE (J. SMITH)".
    const inner =
      ownerToken(bracket[2]!, surnames) ??
      (isCapitals(bracket[2]!) ? ownerToken(titleCase(bracket[2]!), surnames) : undefined);
    if (inner && inner.kind !== 'group')
      return inner.kind === 'name' ? { ...inner, written } : inner;
    return ownerToken(bracket[1]!, surnames);
  }
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(written);
  if (dash) {
    const second = ownerToken(dash[2]!, surnames);
    if (second && (second.kind === 'name' || second.kind === 'initials'))
      return { ...second, written };
  }
  // "ACTION: ALL" is everyone, not someone's initials.
  if (/^all$/i.test(written)) return { kind: 'group', written, name: 'All' };
  if (/^(?:[A-Z]\.\s?){1,3}[A-Z]\.?$/.test(written))
    return { kind: 'initials', written: written.replace(/[.\s]/g, '') };
  if (INITIALS.test(written) || declaredInitials(written, surnames))
    return { kind: 'initials', written };
  if (ORG_ACRONYMS.test(written))
    return { kind: 'group', written, name: written.replace(/^the\s+/i, '') };
  const names = findNames(written);
  if (names.length === 1) {
    const before = written.slice(0, names[0]!.start).trim();
    const after = written.slice(names[0]!.end).trim();
    if (!after && (!before || new RegExp(`^${PERSON_TITLE.source}$`, 'i').test(before)))
      return { kind: 'name', written, name: names[0]!.name };
  }
  if (isGroup(written)) return { kind: 'group', written, name: written.replace(/^the\s+/i, '') };
  if (OFFICE.test(written) || (options.roles && ROLE_NAMED.test(written)))
    return { kind: 'office', written, name: written.replace(/^the\s+/i, '') };
  if (isOrganisation(written))
    return { kind: 'group', written, name: written.replace(/^the\s+/i, '') };
  const single = written.replace(new RegExp(`^${PERSON_TITLE.source}\\s+`, 'i'), '');
  if (isNameToken(single) && surnames.has(single.toLowerCase()))
    return { kind: 'surname', written };
  // "Carol", in an owner cell: a person by first name, resolved only if one attendee has it.
  if (
    options.firstNames &&
    isNameToken(written) &&
    !NOT_FIRST_NAME.test(written) &&
    !VERB_NOT_NAME.test(written)
  )
    return { kind: 'name', written, name: written };
  return undefined;
}

/** "TG and JH", "MN/JS", "All", "Christian Steenberg": every item must be an owner. */
export function ownerList(
  raw: string,
  surnames: ReadonlySet<string> = new Set(),
  options: OwnerOptions = {},
): OwnerToken[] | undefined {
  const phrase = squash(raw);
  if (!phrase) return undefined;
  const whole = ownerToken(phrase, surnames, options);
  if (whole && (whole.kind !== 'office' || !/\band\b|,|\//.test(phrase))) return [whole];
  // "Cllrs Smith and Price": a plural title is every name's after it, so each is a surname.
  const items = phrase
    .replace(PLURAL_TITLE, '')
    .split(/\s*(?:,|\/|&|\+|\band\b)\s*/i)
    .filter(Boolean);
  if (items.length < 2) return whole ? [whole] : undefined;
  const tokens: OwnerToken[] = [];
  for (const item of items) {
    const t = ownerToken(item, surnames, options);
    if (!t) return undefined;
    tokens.push(t);
  }
  return tokens;
}

// A request that hands the task to the person named after it.
const ASKED = /^(?:please\s+)?(?:ask|request|remind|get|encourage)\s+(?=(?:the\s+)?[A-Z])/i;

const LINK =
  /^(.{1,80}?)\s*(?:\b(?:was|were|is|are|has been|have been)\s+(?:asked|requested|invited|tasked|encouraged|reminded|to)\s+(?:to\s+)?|\b(?:encouraged|reminded) to\s+|\b(?:is|are) going to\s+|\b(?:to|will|would|should|shall|agreed to|undertook to|offered to|to be asked to)\s+|:\s+|\s[-–—]\s+)(.+)$/;

const NARROWED =
  /^((?:[Aa]ll\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?:who|that)\s+(?:have|has|had|are|is|were|was|did|do|does|can|could|wish|want)\b/;

/** "TG was asked to bring back ..." -> owners TG, text "Bring back ...". */
export function leadingOwner(
  text: string,
  surnames: ReadonlySet<string> = new Set(),
  options: OwnerOptions = {},
): { owners: OwnerToken[]; written: string; rest: string } | undefined {
  // "Ask Tom Reyes to sign the lease": the person asked does it, so owns it.
  const m = LINK.exec(text.replace(ASKED, ''));
  if (!m) return undefined;
  // "Jenny (Minute taker) to ...": the name owns it, the bracket is her role at the meeting.
  const role =
    /^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s+\((?![A-Z]{2,3}\))[A-Za-z][a-z]*(?: [a-z]+){0,2}\)$/.exec(
      m[1]!,
    );
  const owners =
    ownerList(m[1]!, surnames, options) ??
    (role ? ownerList(role[1]!, surnames, options) : undefined);
  if (!owners) {
    // "Members that have not accepted the terms are to respond to LF": a group narrowed by a
    // clause owns it, and the clause stays in the text, for it says which of them.
    const narrowed = NARROWED.exec(m[1]!);
    const group = narrowed ? ownerList(narrowed[1]!, surnames, options) : undefined;
    if (!group?.every((t) => t.kind === 'group')) return undefined;
    return { owners: group, written: narrowed![1]!, rest: capitalise(squash(text)) };
  }
  // "Papers to be issued", "Needs Assessment to be added": before a passive stands the thing
  // done, not a person.
  if (/^be\b/i.test(m[2]!) && owners.some((t) => t.kind === 'name')) return undefined;
  return { owners, written: squash(m[1]!), rest: capitalise(m[2]!) };
}

const count = (s: string, c: string): number => s.split(c).length - 1;
const isCapitals = (s: string): boolean => /[A-Z]{3}/.test(s) && !/[a-z]/.test(s);
const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(?<![a-z'])[a-z]/g, (c) => c.toUpperCase());

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
