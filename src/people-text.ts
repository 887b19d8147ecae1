/**
 * The one check of text typed by a person, at the core's boundary: a note from a modal, a card's
 * note box, a thread reply, a typed command, `add` text, an owner or link name, and (sanitised,
 * not refused) the minutes importer's action text. Every path has the same limits and the same
 * reply, so what Slack's `max_length` or a Teams input merely suggests is enforced here. Pure.
 *
 *   checkPeopleText('note', 'x'.repeat(10_000))
 *   // { ok: false, code: 'too_long', reply: 'Notes can be up to 2,000 characters; yours has 10,000. ...' }
 */

/** What the text is for; each has its own limit and may or may not span lines. */
export const PEOPLE_TEXT_FIELDS = ['note', 'action', 'name'] as const;
export type PeopleTextField = (typeof PEOPLE_TEXT_FIELDS)[number];

interface FieldRule {
  /** Characters (code points), after trimming and NFC. */
  readonly max: number;
  /** Newlines and tabs are legitimate in a multiline note; not in a name. */
  readonly multiline: boolean;
  /** How a reply names the field: "Notes can be up to ...". */
  readonly plural: string;
}

export const PEOPLE_TEXT_RULES: Readonly<Record<PeopleTextField, FieldRule>> = {
  note: { max: 2000, multiline: true, plural: 'Notes' },
  // The grammar's limit for typed actions; the longest action in the seed minutes is ~600.
  action: { max: 1000, multiline: true, plural: 'Action texts' },
  // Person queries, group names and link names: a long name is a mistake or an attack.
  name: { max: 200, multiline: false, plural: 'Names' },
};

export type PeopleTextProblem = 'too_long' | 'control';

export type PeopleText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: PeopleTextProblem; readonly reply: string };

/**
 * Characters that have no business in a note: C0 and C1 controls and DEL (terminal escapes, bells),
 * bidi embeddings, overrides and isolates (which make text read differently from what it is), and
 * invisible zero-width spaces, word joiners and byte-order marks. ZWJ/ZWNJ stay: emoji sequences
 * and several scripts need them. LRM/RLM marks stay too: they do not reorder text around them.
 */
const FORBIDDEN_ALWAYS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/u;
const LINE_BREAKS = /[\t\n\r]/;

const count = (s: string): number => [...s].length;
const n = (k: number): string => k.toLocaleString('en-GB');

/** Unicode NFC, one kind of line break, trimmed: the form every stored text has. */
function normalise(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .trim();
}

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Checks one text a person sent for `field`: normalised, or a refusal saying what to do. */
export function checkPeopleText(field: PeopleTextField, value: string): PeopleText {
  const rule = PEOPLE_TEXT_RULES[field];
  const text = normalise(value);
  const bad = FORBIDDEN_ALWAYS.exec(text) ?? (rule.multiline ? null : LINE_BREAKS.exec(text));
  if (bad) {
    const what = rule.multiline
      ? 'control characters or hidden direction marks'
      : 'line breaks, control characters or hidden direction marks';
    return {
      ok: false,
      code: 'control',
      reply: `${rule.plural} can't contain ${what} (found ${describe(bad[0])}). Remove them and send it again.`,
    };
  }
  const length = count(text);
  if (length > rule.max) {
    return {
      ok: false,
      code: 'too_long',
      reply: `${rule.plural} can be up to ${n(rule.max)} characters; yours has ${n(length)}. Shorten it and send it again.`,
    };
  }
  return { ok: true, text };
}

/**
 * The same rules for text from a document (the minutes importer): forbidden characters are
 * removed and an over-long text is cut with a visible note, so one odd paragraph never refuses
 * a whole set of minutes.
 */
export function sanitisePeopleText(field: PeopleTextField, value: string): string {
  const rule = PEOPLE_TEXT_RULES[field];
  const forbidden = new RegExp(FORBIDDEN_ALWAYS.source, 'gu');
  let text = normalise(value).replace(forbidden, '');
  if (!rule.multiline) text = text.replace(/\s+/g, ' ');
  const chars = [...text];
  if (chars.length <= rule.max) return text;
  const note = ' … (cut: too long)';
  return (
    chars
      .slice(0, rule.max - note.length)
      .join('')
      .trimEnd() + note
  );
}
