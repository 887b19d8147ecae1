/**
 * The command grammar: one line of text (after `/actions`, or a chat message) to a typed
 * Command, or a hint saying what to type instead. Pure: no database, no clock. The pieces of a
 * command are read in pieces.ts, questions about what is outstanding in questions.ts.
 *
 *   parseCommand('update lcrb-12 in progress "Paper drafted"')
 *   // { ok: true, command: { name: 'update', ref: 'LCRB-12', status: 'in_progress', note: 'Paper drafted' } }
 */
import { checkPeopleText } from '../people-text.ts';
import type { CommandName, Parsed } from './command.ts';
import {
  fail,
  firstToken,
  readFrom,
  readNote,
  readOwners,
  readRef,
  readStatus,
  refSchema,
  unquote,
} from './pieces.ts';
import { readOutstanding, readQuestion } from './questions.ts';
import { USAGE } from './usage.ts';

export type {
  ChaseTarget,
  Command,
  CommandName,
  EditSpec,
  OutstandingFilter,
  OwnerSpec,
  Parsed,
} from './command.ts';
export {
  MAX_ACTION_TEXT_LENGTH,
  MAX_NOTE_LENGTH,
  readOwners,
  readStatus,
  unquote,
} from './pieces.ts';

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
