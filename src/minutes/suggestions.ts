/**
 * Commitments the minutes imply without writing ACTION: "It was agreed that X would ...",
 * "MOPAC officers will ...", "Key deliverables:", "the proposal ... for the Commissioning Group
 * to: 4.23.1 ...", "... needed to be formalised", "The next steps were to ...". Offered apart
 * from the explicit actions, for the secretariat to accept one by one.
 */
import { looksLikeAction } from './actions.ts';
import { findNames } from './names.ts';
import type { Found } from './found.ts';
import { capitalise, ownerList, type OwnerToken } from './owners.ts';
import { isHeading, type Paragraph } from './sections.ts';
import { squash } from './text.ts';

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);

const GROUP_WILL =
  /^((?:The\s+)?(?:[A-Z][\w&'-]*\s+){0,3}(?:officers|team|secretariat|partners|Officers|Secretariat|Partners))\s+(?:will|would|are to|agreed to|undertook to)\s+(.+)$/;
const PERSON_AGREED =
  /^(.{2,40}?)\s+(?:agreed to|undertook to|offered to|will|would be asked to|was asked to)\s+(.+)$/;
const AGREED_THAT =
  /\b(?:it was agreed|the (?:board|group|committee|panel) agreed|members agreed)\s+that\s+(.{2,60}?)\s+(?:would|will|should|is to|are to|to)\s+(.+)$/i;
const NEEDED =
  /^(?:.*?\bthat\s+)?(.{10,200}?\b(?:needs|needed) to be [a-z]+ed\s+(?:after|before|by|no later than|in time for|at the next)\b[^.;]*?)(?:\s+and that\b.*)?[.;]?$/i;
// "They asked Mike to work with Dan ...", "The Panel requested the Clerk to ...".
const ASKED_TO =
  /^(?:.{0,60}?\b)?(?:asked|requested|invited|tasked)\s+(.{2,40}?)\s+to\s+(?!be\b)([a-z]+\b.+)$/;
// "Clerk to write to the Chief Executive ..." at the start of a sentence. After a dash
// ("Welcome Packs – RM to distribute ...") it is usually an action list's row, not a commitment.
const BARE_TO = /^([A-Z][\w.' ]{1,30}?)\s+to\s+(?!be\b|the\b|a\b)([a-z]+\b.+)$/;
const NEXT_STEPS = /\bthe next steps? (?:were|was|is|are) to\s+(.+)$/i;
const FOR_GROUP_TO = /\bfor\s+((?:the\s+)?[A-Z][\w&' -]{2,60}?)\s+to:$/;
const LEAD_LINE = /^(.{2,40}?)\s+((?:\(Interim lead\)|\(lead\)|Lead officer:|Lead:)\s*.+)$/i;

const trimEnd = (s: string) => squash(s).replace(/[\s.;]+$/, '') + '.';

/** Key deliverables belong to the strand named in the heading above, via the list of leads. */
function leads(paras: readonly Paragraph[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of paras) {
    const m = LEAD_LINE.exec(p.text);
    if (m && p.ref && findNames(m[2]!).length === 1) map.set(m[1]!.trim(), m[2]!.trim());
  }
  return map;
}

const acronym = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

function leadFor(heading: string | undefined, map: Map<string, string>): string | undefined {
  if (!heading) return undefined;
  for (const [topic, lead] of map) {
    const t = topic.toLowerCase();
    const h = heading.toLowerCase();
    if (t === h || h.startsWith(t) || acronym(heading) === topic) return lead;
  }
  return undefined;
}

export function suggestions(paras: readonly Paragraph[], surnames: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  const leadMap = leads(paras);
  let heading: string | undefined;
  const owner = (written: string, firstNames = false): OwnerToken[] =>
    ownerList(written, surnames, { firstNames }) ?? [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (looksLikeAction(p.text)) continue;
    if (isHeading(p) && !/:$/.test(p.text)) heading = p.text;
    if (/^key deliverables:?$/i.test(p.text)) {
      const items: string[] = [];
      while (i + 1 < paras.length && (paras[i + 1]!.bullet || /^To\s/.test(paras[i + 1]!.text))) {
        i++;
        items.push(
          ...paras[i]!.text.split(/;\s*(?:to\s+)?/).map((s) =>
            capitalise(s.replace(/^(?:The\s+)?To\s+/i, '').replace(/^the\s+/i, (m) => m)),
          ),
        );
      }
      if (!items.length) continue;
      const lead = leadFor(heading, leadMap);
      const leadName = lead ? findNames(lead)[0]?.name : undefined;
      out.push({
        kind: 'suggested',
        ref: heading ? `${heading} key deliverables` : null,
        text: items.map((s) => s.replace(/[.\s]+$/, '')).join('; ') + '.',
        ownersAsWritten: lead ?? null,
        owners: leadName ? [{ kind: 'name', written: lead!, name: leadName }] : [],
        confidence: 0.5,
      });
      continue;
    }
    const forGroup = FOR_GROUP_TO.exec(p.text);
    if (forGroup && p.ref) {
      const items: string[] = [];
      while (i + 1 < paras.length && paras[i + 1]!.ref?.startsWith(`${p.ref}.`)) {
        i++;
        items.push(paras[i]!.text.replace(/[.\s]+$/, ''));
      }
      if (items.length) {
        const written = forGroup[1]!.trim();
        out.push({
          kind: 'suggested',
          ref: p.ref,
          text: items.join('; ') + '.',
          ownersAsWritten: written,
          owners: owner(written),
          confidence: 0.5,
        });
        continue;
      }
    }
    for (const s of sentences(p.text)) {
      const found = fromSentence(s, p, owner);
      if (found) out.push(found);
    }
  }
  return out;
}

function fromSentence(
  s: string,
  p: Paragraph,
  owner: (w: string, firstNames?: boolean) => OwnerToken[],
): Found | undefined {
  const make = (text: string, written: string | null, confidence: number): Found => ({
    kind: 'suggested',
    ref: p.ref,
    text: capitalise(trimEnd(text)),
    ownersAsWritten: written,
    owners: written ? owner(written) : [],
    confidence,
  });
  const agreed = AGREED_THAT.exec(s);
  if (agreed && owner(agreed[1]!).length) return make(agreed[2]!, agreed[1]!, 0.5);
  const group = GROUP_WILL.exec(s);
  if (group) return make(group[2]!, group[1]!.replace(/^The\s+/, 'the '), 0.5);
  const person = PERSON_AGREED.exec(s);
  if (person && owner(person[1]!).some((t) => t.kind === 'name' || t.kind === 'initials'))
    return make(person[2]!, person[1]!, 0.45);
  const asked = ASKED_TO.exec(s);
  // Only "asked X to" is sure enough of a person to take a first name alone ("asked Mike to").
  if (asked && owner(asked[1]!, true).some((t) => t.kind !== 'group'))
    return {
      ...make(asked[2]!, null, 0.45),
      ownersAsWritten: asked[1]!,
      owners: owner(asked[1]!, true),
    };
  const bare = BARE_TO.exec(s);
  if (bare && owner(bare[1]!).some((t) => t.kind !== 'group'))
    return make(bare[2]!, bare[1]!, 0.45);
  const steps = NEXT_STEPS.exec(s);
  if (steps) return make(steps[1]!, null, 0.4);
  const needed = NEEDED.exec(s);
  if (needed && !/\bthere is\b/i.test(s)) return make(needed[1]!, null, 0.35);
  return undefined;
}
