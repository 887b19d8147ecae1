/**
 * The command grammar: one line of text (after `/actions`, or a chat message) to a typed
 * Command, or a hint saying what to type instead. Pure: no database, no clock.
 *
 *   parseCommand('update lcrb-12 in progress "Paper drafted"')
 *   // { ok: true, command: { name: 'update', ref: 'LCRB-12', status: 'in_progress', note: 'Paper drafted' } }
 */
import { z } from 'zod';
import type { Status } from '../domain.ts';
import type { OutstandingFilter } from '../message.ts';
import { USAGE } from './usage.ts';
import { PEOPLE_TEXT_RULES, checkPeopleText } from '../people-text.ts';

/** An owner as typed: a person to look up, or a group named as the minutes name it. */
export type OwnerSpec =
  | { readonly kind: 'person'; readonly query: string }
  | { readonly kind: 'group'; readonly name: string };

export type Command =
  | { readonly name: 'help'; readonly topic?: string }
  /** `from`: the 1-based position a later page starts at (`mine from 21`). */
  | { readonly name: 'mine'; readonly from?: number }
  | { readonly name: 'boards' }
  | { readonly name: 'show'; readonly ref: string }
  | {
      readonly name: 'update';
      readonly ref: string;
      readonly status: Status;
      readonly note?: string;
    }
  | { readonly name: 'note'; readonly ref: string; readonly text: string }
  | {
      readonly name: 'outstanding';
      readonly board?: string;
      readonly filter?: OutstandingFilter;
      /** Set when it was asked in words ("what's overdue?"): the reply shows the command. */
      readonly asked?: boolean;
      /** The 1-based position a later page starts at (`outstanding lcrb from 21`). */
      readonly from?: number;
    }
  | {
      readonly name: 'add';
      readonly board: string;
      readonly owners: readonly OwnerSpec[];
      readonly text: string;
      /** As typed after "due": "next meeting", "2026-12-07", "7 Dec". */
      readonly due?: string;
    }
  | { readonly name: 'assign'; readonly ref: string; readonly owners: readonly OwnerSpec[] }
  /** The pre-meeting digest; `public` leaves out restricted actions. */
  | { readonly name: 'digest'; readonly board?: string; readonly edition: 'full' | 'public' }
  /** After a meeting: the board agreed to close every action completed before it. */
  | { readonly name: 'close-agreed'; readonly board?: string }
  /** Secretariat: corrects an action's wording or due date; each change is in the history. */
  | { readonly name: 'edit'; readonly ref: string; readonly change: EditSpec }
  /** Secretariat: hides an action from the public edition, or shows it again. */
  | { readonly name: 'restrict'; readonly ref: string }
  | { readonly name: 'publish'; readonly ref: string }
  /**
   * `link @someone "Name"`: Slack and Teams read it themselves (it names a platform user); where
   * it reaches the grammar (the local chat) the reply says where and how to type it.
   */
  | { readonly name: 'link' }
  /** Secretariat: removes a person's linked accounts (one platform when named). */
  | { readonly name: 'unlink'; readonly person: string; readonly platform?: 'slack' | 'teams' }
  /** Secretariat: remind an action's owners, or a person of all their open actions, at once. */
  | { readonly name: 'chase'; readonly target: ChaseTarget };

/** What `chase` names: one action, or a person (initials, a quoted name, an email). */
export type ChaseTarget =
  | { readonly kind: 'action'; readonly ref: string }
  | { readonly kind: 'person'; readonly query: string };

/** Which of a board's outstanding actions to list. */
export type { OutstandingFilter };

export type EditSpec =
  | { readonly field: 'text'; readonly text: string }
  /** As typed after "due": "next meeting", a meeting's date, "2027-02-01". */
  | { readonly field: 'due'; readonly due: string };

export type CommandName = Command['name'];

export type Parsed =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly hint: string };

export const MAX_NOTE_LENGTH = PEOPLE_TEXT_RULES.note.max;
export const MAX_ACTION_TEXT_LENGTH = PEOPLE_TEXT_RULES.action.max;

const refSchema = z
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
function firstToken(text: string): { token: string; rest: string } {
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

const fail = (hint: string): Parsed => ({ ok: false, hint });

function readRef(
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

function readNote(
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
function readFrom(rest: string): { rest: string; from?: number } {
  const m = /^(.*?)\s*\bfrom\s+(\d{1,6})\s*$/i.exec(rest);
  if (!m) return { rest };
  const from = Number(m[2]);
  return from >= 1 ? { rest: m[1]!, from } : { rest: m[1]! };
}

type CommandParser = (rest: string) => Parsed;

const PARSERS: Readonly<Record<CommandName, CommandParser>> = {
  help: (rest) => ({
    ok: true,
    command: rest ? { name: 'help', topic: rest.split(/\s+/)[0]!.toLowerCase() } : { name: 'help' },
  }),
  mine: (rest) => {
    const page = readFrom(rest);
    return { ok: true, command: page.from ? { name: 'mine', from: page.from } : { name: 'mine' } };
  },
  boards: () => ({ ok: true, command: { name: 'boards' } }),
  show: (rest) => {
    const r = readRef('show', rest);
    return 'hint' in r ? fail(r.hint) : { ok: true, command: { name: 'show', ref: r.ref } };
  },
  update: (rest) => {
    const r = readRef('update', rest);
    if ('hint' in r) return fail(r.hint);
    const s = readStatus(r.rest);
    if (!s) {
      const word = r.rest.split(/\s+/)[0] || 'nothing';
      return fail(
        `“${word.slice(0, 30)}” is not a status. Use open, in progress, complete or dropped. Try: ${USAGE.update}`,
      );
    }
    if (!s.rest) return { ok: true, command: { name: 'update', ref: r.ref, status: s.status } };
    const n = readNote(s.rest, 'note', 'update');
    return 'hint' in n
      ? fail(n.hint)
      : { ok: true, command: { name: 'update', ref: r.ref, status: s.status, note: n.note } };
  },
  note: (rest) => {
    const r = readRef('note', rest);
    if ('hint' in r) return fail(r.hint);
    const n = readNote(r.rest, 'note', 'note');
    return 'hint' in n
      ? fail(n.hint)
      : { ok: true, command: { name: 'note', ref: r.ref, text: n.note } };
  },
  outstanding: (rest) => readOutstanding(rest),
  edit: (rest) => {
    const r = readRef('edit', rest);
    if ('hint' in r) return fail(r.hint);
    const field = /^(due|text)\b\s*/i.exec(r.rest);
    if (!field) return fail(`Edit what: due or text? Try: ${USAGE.edit}`);
    const value = r.rest.slice(field[0].length).trim();
    if (field[1]!.toLowerCase() === 'due') {
      if (!value)
        return fail(`Due when? Next meeting, a meeting date or a date. Try: ${USAGE.edit}`);
      return {
        ok: true,
        command: { name: 'edit', ref: r.ref, change: { field: 'due', due: unquote(value) } },
      };
    }
    const checked = checkPeopleText('action', unquote(value));
    if (!checked.ok) return fail(`${checked.reply} Try: ${USAGE.edit}`);
    if (!checked.text) return fail(`What should it say? Try: edit ${r.ref} text "The new wording"`);
    return {
      ok: true,
      command: { name: 'edit', ref: r.ref, change: { field: 'text', text: checked.text } },
    };
  },
  link: () => ({ ok: true, command: { name: 'link' } }),
  restrict: (rest) => {
    const r = readRef('restrict', rest);
    return 'hint' in r ? fail(r.hint) : { ok: true, command: { name: 'restrict', ref: r.ref } };
  },
  publish: (rest) => {
    const r = readRef('publish', rest);
    return 'hint' in r ? fail(r.hint) : { ok: true, command: { name: 'publish', ref: r.ref } };
  },
  add: (rest) => {
    const b = firstToken(rest);
    if (!b.token) return fail(`Which board? Try: ${USAGE.add}`);
    const o = firstToken(b.rest);
    if (!o.token)
      return fail(
        `Who owns it? Name a person, a group (group:"MOPAC officers") or none. Try: ${USAGE.add}`,
      );
    const owners = readOwners(o.token);
    if ('hint' in owners) return fail(`${owners.hint} Try: ${USAGE.add}`);
    let text = o.rest;
    let due: string | undefined;
    const dueMatch = /\s+due\s+(.+)$/i.exec(text);
    if (dueMatch) {
      due = unquote(dueMatch[1]!);
      text = text.slice(0, dueMatch.index);
    }
    const checked = checkPeopleText('action', unquote(text));
    if (!checked.ok) return fail(`${checked.reply} Try: ${USAGE.add}`);
    text = checked.text;
    if (!text) return fail(`What is the action? Try: ${USAGE.add}`);
    return {
      ok: true,
      command: { name: 'add', board: b.token, owners, text, ...(due ? { due } : {}) },
    };
  },
  assign: (rest) => {
    const r = readRef('assign', rest);
    if ('hint' in r) return fail(r.hint);
    if (!r.rest) return fail(`Assign to whom? Try: ${USAGE.assign}`);
    const owners = readOwners(r.rest);
    return 'hint' in owners
      ? fail(`${owners.hint} Try: ${USAGE.assign}`)
      : { ok: true, command: { name: 'assign', ref: r.ref, owners } };
  },
  digest: (rest) => {
    const words = rest.split(/\s+/).filter(Boolean);
    const isPublic = words.some((w) => /^public$/i.test(w));
    const board = words.find((w) => !/^public$/i.test(w));
    if (words.length > (board ? 1 : 0) + (isPublic ? 1 : 0))
      return fail(`Name one board, and public for the public edition. Try: ${USAGE.digest}`);
    return {
      ok: true,
      command: {
        name: 'digest',
        edition: isPublic ? 'public' : 'full',
        ...(board ? { board } : {}),
      },
    };
  },
  'close-agreed': (rest) => {
    const board = firstToken(rest).token;
    return {
      ok: true,
      command: board ? { name: 'close-agreed', board } : { name: 'close-agreed' },
    };
  },
  unlink: (rest) => {
    const who = firstToken(rest);
    const words = who.rest.split(/\s+/).filter(Boolean);
    const platform = words[0]?.toLowerCase();
    if (!who.token) return fail(`Whose accounts? Try: ${USAGE.unlink}`);
    if (words.length > 1 || (platform && platform !== 'slack' && platform !== 'teams'))
      return fail(`Put the name in quotes, then slack or teams. Try: ${USAGE.unlink}`);
    return {
      ok: true,
      command: {
        name: 'unlink',
        person: who.token,
        ...(platform === 'slack' || platform === 'teams' ? { platform } : {}),
      },
    };
  },
  chase: (rest) => {
    const { token, rest: more } = firstToken(rest);
    if (!token) return fail(`Whom? Name an action or a person. Try: ${USAGE.chase}`);
    const ref = refSchema.safeParse(token);
    if (ref.success) {
      if (more) return fail(`Chase one action at a time. Try: ${USAGE.chase}`);
      return { ok: true, command: { name: 'chase', target: { kind: 'action', ref: ref.data } } };
    }
    // A person: initials, an email, or a name, quoted or not ("chase Tim Godwin").
    const checked = checkPeopleText('name', unquote(rest));
    if (!checked.ok) return fail(`${checked.reply} Try: ${USAGE.chase}`);
    return {
      ok: true,
      command: { name: 'chase', target: { kind: 'person', query: checked.text } },
    };
  },
};

const FILTER_WORDS: ReadonlyArray<readonly [RegExp, OutstandingFilter]> = [
  [/^(overdue|late|behind)$/i, { kind: 'overdue' }],
  [/^(carried|carried-forward|carried\s+forward|stuck)$/i, { kind: 'carried' }],
];

/** `outstanding [board] [overdue | carried | owner]`: a board, then what to narrow it to. */
function readOutstanding(text: string, asked = false): Parsed {
  const { rest, from } = readFrom(text);
  const words: string[] = [];
  for (let t = firstToken(rest); t.token; t = firstToken(t.rest)) words.push(t.token);
  if (words.length > 3)
    return fail(`Name a board, then overdue, carried or an owner. Try: ${USAGE.outstanding}`);
  const filterOf = (word: string): OutstandingFilter | undefined =>
    FILTER_WORDS.find(([re]) => re.test(word))?.[1];
  let board: string | undefined;
  let filter: OutstandingFilter | undefined;
  for (const word of words) {
    const f = filterOf(word);
    if (f && !filter) filter = f;
    else if (!board) board = word;
    else if (!filter) filter = { kind: 'owner', query: word };
    else return fail(`Name a board, then overdue, carried or an owner. Try: ${USAGE.outstanding}`);
  }
  return {
    ok: true,
    command: {
      name: 'outstanding',
      ...(board ? { board } : {}),
      ...(filter ? { filter } : {}),
      ...(asked ? { asked } : {}),
      ...(from ? { from } : {}),
    },
  };
}

/**
 * Questions people type instead of a command, read as the command they mean:
 * "what's outstanding?", "what is overdue on lcrb", "what does TG owe?".
 */
function readQuestion(text: string): Parsed | undefined {
  const q = text
    .replace(/[?!.]+\s*$/, '')
    .replace(/[’‘]/g, "'")
    .trim();
  const board = String.raw`(?:\s+(?:on|for|at|in)\s+(?:the\s+)?(\S+))?`;
  const outstanding = new RegExp(
    String.raw`^(?:what(?:'s|\s+is|\s+are|s)|which\s+actions\s+are|show\s+(?:me\s+)?(?:what(?:'s|\s+is)\s+)?)\s+(?:still\s+)?(outstanding|open|overdue|late|carried\s+forward)${board}$`,
    'i',
  ).exec(q);
  if (outstanding) {
    const kind = outstanding[1]!.toLowerCase();
    const filter = /^(overdue|late)$/.test(kind)
      ? 'overdue'
      : kind.startsWith('carried')
        ? 'carried'
        : '';
    return readOutstanding([outstanding[2] ?? '', filter].filter(Boolean).join(' '), true);
  }
  const owes = new RegExp(
    String.raw`^what\s+(?:does|do|is|has)\s+("[^"]+"|“[^”]+”|\S+(?:\s+\S+)?)\s+(?:owe|got\s+outstanding|still\s+owe|have\s+outstanding|have\s+open|still\s+to\s+do|owe\s+us)${board}$`,
    'i',
  ).exec(q);
  if (owes) {
    const who = unquote(owes[1]!);
    const checked = checkPeopleText('name', who);
    if (!checked.ok || !checked.text) return undefined;
    return {
      ok: true,
      command: {
        name: 'outstanding',
        ...(owes[2] ? { board: owes[2] } : {}),
        filter: { kind: 'owner', query: checked.text },
        asked: true,
      },
    };
  }
  return undefined;
}

/** Other words people use for a command. */
const ALIASES: Readonly<Record<string, CommandName>> = {
  '?': 'help',
  list: 'mine',
  my: 'mine',
  status: 'update',
  comment: 'note',
  amend: 'edit',
  correct: 'edit',
  unrestrict: 'publish',
  new: 'add',
  reassign: 'assign',
  'action-log': 'digest',
  closeagreed: 'close-agreed',
  chivvy: 'chase',
  nudge: 'chase',
};

/** Parses one line of text into a command, or a hint. Never throws. */
export function parseCommand(line: string): Parsed {
  const text = line.replace(/^\s*\/?actions\b/i, '').trim();
  if (!text) return { ok: true, command: { name: 'help' } };
  const question = readQuestion(text);
  if (question) return question;
  const { token, rest } = firstToken(text);
  const word = token.toLowerCase();
  // "overdue lcrb" is outstanding lcrb overdue.
  if (word === 'overdue') return readOutstanding(`${rest} overdue`.trim());
  // "withdraw LCRB-12 reason": update ... withdrawn, and the reason is required.
  if (word === 'withdraw') {
    const r = readRef('withdraw', rest);
    if ('hint' in r) return fail(r.hint);
    if (!r.rest) return fail(`Say why it is withdrawn. Try: ${USAGE.withdraw}`);
    return PARSERS.update(`${r.ref} withdrawn ${r.rest}`);
  }
  // "done LCRB-12 note" and "complete LCRB-12" are shorthands for update ... complete.
  if (word === 'done' || word === 'complete') {
    const r = firstToken(rest);
    if (!r.token) return fail(`Which action? Try: ${USAGE.done}`);
    return PARSERS.update(`${r.token} complete ${r.rest}`.trim());
  }
  // Own properties only: "__proto__" or "constructor" typed as a command is just unknown.
  const name = (
    Object.hasOwn(PARSERS, word) ? word : Object.hasOwn(ALIASES, word) ? ALIASES[word] : undefined
  ) as CommandName | undefined;
  if (!name) {
    return fail(
      `I don't know “${token.slice(0, 30)}”. Type help for the list of commands, or try: ${USAGE.mine}`,
    );
  }
  return PARSERS[name](rest);
}
