/**
 * The pieces a command is made of, each read off the front of the text: an action reference,
 * a status, a note, an owner list, a quoted word, a `from 21` page. Pure, like the grammar.
 */
import { z } from 'zod';
import type { Status } from '../domain.ts';
import { PEOPLE_TEXT_RULES, checkPeopleText } from '../people-text.ts';
import type { CommandName, OwnerSpec, Parsed } from './command.ts';
import { USAGE } from './usage.ts';

export const MAX_NOTE_LENGTH = PEOPLE_TEXT_RULES.note.max;
export const MAX_ACTION_TEXT_LENGTH = PEOPLE_TEXT_RULES.action.max;

export const refSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,15}-\d{1,7}$/)
  .transform((s) => s.toUpperCase());

// A status word ends at a space, the end, or punctuation: "finished-ish" is not "finished".
const END = String.raw`(?=$|[\s:,.;!])`;
const STATUS_WORDS: ReadonlyArray<readonly [RegExp, Status]> = [
  [
    new RegExp(
      String.raw`^(in[\s_-]?progress|progress|started|ongoing|underway|under way)${END}`,
      'i',
    ),
    'in_progress',
  ],
  [new RegExp(String.raw`^(complete|completed|done|finished)${END}`, 'i'), 'complete'],
  [new RegExp(String.raw`^(open|reopen|re-open|not started)${END}`, 'i'), 'open'],
  [new RegExp(String.raw`^(closed?|agreed closed)${END}`, 'i'), 'closed'],
  [new RegExp(String.raw`^(dropped|drop|cancelled|canceled)${END}`, 'i'), 'dropped'],
  [new RegExp(String.raw`^(withdrawn|withdraw)${END}`, 'i'), 'withdrawn'],
];

/** Reads a status at the start of `text`; returns it and the rest. */
export function readStatus(text: string): { status: Status; rest: string } | undefined {
  for (const [pattern, status] of STATUS_WORDS) {
    const m = pattern.exec(text);
    if (m) return { status, rest: text.slice(m[0].length).replace(/^[\s:,.-]+/, '') };
  }
  return undefined;
}

/** Removes one pair of surrounding quotes ("...", “...”, '...'). */
export function unquote(text: string): string {
  const t = text.trim();
  const m = /^(["“”'‘’])([\s\S]*)(["“”'‘’])$/.exec(t);
  return m && t.length >= 2 ? m[2]!.trim() : t;
}

/** Splits off the first word; a quoted first word may contain spaces and commas. */
export function firstToken(text: string): { token: string; rest: string } {
  const t = text.trimStart();
  let token = '';
  let i = 0;
  let quote: string | null = null;
  for (; i < t.length; i++) {
    const ch = t[i]!;
    if (quote) {
      if (ch === quote || (quote === '“' && ch === '”')) quote = null;
      else token += ch;
    } else if (ch === '"' || ch === '“') {
      quote = ch;
    } else if (/\s/.test(ch)) {
      break;
    } else {
      token += ch;
    }
  }
  return { token, rest: t.slice(i).trim() };
}

export const fail = (hint: string): Parsed => ({ ok: false, hint });

export function readRef(
  name: CommandName | 'withdraw',
  text: string,
): { ref: string; rest: string } | { hint: string } {
  const { token, rest } = firstToken(text);
  if (!token) return { hint: `Which action? Try: ${USAGE[name]}` };
  const ref = refSchema.safeParse(token);
  if (!ref.success)
    return {
      hint: `“${token.slice(0, 40)}” is not an action reference like LCRB-12. Try: ${USAGE[name]}`,
    };
  return { ref: ref.data, rest };
}

export function readNote(
  text: string,
  what: string,
  name: CommandName,
): { note: string } | { hint: string } {
  // The same check, and the same reply, as a note from a button, a modal or a thread reply.
  const checked = checkPeopleText('note', unquote(text));
  if (!checked.ok) return { hint: `${checked.reply} Try: ${USAGE[name]}` };
  if (!checked.text) return { hint: `The ${what} is empty. Try: ${USAGE[name]}` };
  return { note: checked.text };
}

/** Reads an owner list: "TG", "Tim Godwin, JH", "group:MOPAC officers", "none". */
export function readOwners(text: string): OwnerSpec[] | { hint: string } {
  const raw = unquote(text);
  if (/^(none|nobody|unassigned|-)$/i.test(raw)) return [];
  const parts = raw
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((p) => unquote(p))
    .filter(Boolean);
  if (parts.length === 0) return { hint: 'Name at least one owner, or "none".' };
  return parts.map((p) => {
    const group = /^group:\s*(.+)$/i.exec(p);
    return group ? { kind: 'group', name: unquote(group[1]!) } : { kind: 'person', query: p };
  });
}

/** A trailing `from 21` (a later page of a long list), and what comes before it. */
export function readFrom(rest: string): { rest: string; from?: number } {
  const m = /^(.*?)\s*\bfrom\s+(\d{1,6})\s*$/i.exec(rest);
  if (!m) return { rest };
  const from = Number(m[2]);
  return from >= 1 ? { rest: m[1]!, from } : { rest: m[1]! };
}
