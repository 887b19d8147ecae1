/**
 * Help text. Commands are shown bare ("mine"): in Slack people type them after /actions, in
 * Teams and the local chat on their own; the closing line says how, for the platform asking.
 */
import type { Source } from '../domain.ts';
import type { Message, Span } from '../message.ts';
import { code, context, heading, paragraph } from '../message.ts';
import type { CommandName } from './grammar.ts';
import { USAGE } from './usage.ts';

// The usage lines live in usage.ts so the grammar can quote them without importing help.
USAGE satisfies Readonly<Record<CommandName | 'done' | 'withdraw', string>>;

interface Entry {
  readonly name: CommandName | 'done' | 'withdraw';
  readonly what: string;
  readonly more?: string;
}

const ENTRIES: readonly Entry[] = [
  { name: 'mine', what: 'your open actions, with buttons to update each' },
  { name: 'show', what: 'one action with its whole history' },
  {
    name: 'update',
    what: 'set the status, with an optional note',
    more: 'Statuses: open, in progress, complete (you have done it; the board agrees the closure), dropped, closed and withdrawn (secretariat only).',
  },
  { name: 'done', what: 'mark an action complete, with an optional note' },
  { name: 'note', what: 'add a note without changing the status' },
  {
    name: 'outstanding',
    what: "a board's open actions, overdue and carried forward first",
    more: "Without a board, the boards you sit on. Narrow it: outstanding lcrb overdue, outstanding lcrb carried (carried forward twice or more), outstanding lcrb TG (one owner). You can also ask: what's outstanding? what is overdue on lcrb? what does TG owe?",
  },
  { name: 'boards', what: 'the boards you sit on and their next meetings' },
  {
    name: 'add',
    what: 'add an action (secretariat)',
    more: 'Owner: initials, a name in quotes, an email, several joined with commas, group:"MOPAC officers", or none. Due: next meeting (the default) or a date such as 2026-12-07 or "7 Dec". In Slack and Teams, the New action button on a board\'s outstanding list opens a form with its people to choose from.',
  },
  {
    name: 'assign',
    what: 'set who owns an action (secretariat)',
    more: 'Several owners joined with commas; group:"MOPAC officers" for a group; none to unassign.',
  },
  {
    name: 'digest',
    what: "the action log for a board's next meeting (chair and secretariat)",
    more: 'Add public for the edition without restricted actions: digest lcrb public. The message links to the full document (Word, web page, CSV, Markdown).',
  },
  {
    name: 'close-agreed',
    what: 'after a meeting, close every action the board agreed was complete (secretariat)',
    more: 'Closes the actions that were complete when the meeting began, in one step, each with a history entry. Actions completed since wait for the next meeting.',
  },
  {
    name: 'edit',
    what: "correct an action's due date or wording (secretariat)",
    more: 'edit LCRB-12 due next meeting, due 2027-02-01 (a date the board meets on means that meeting), or edit LCRB-12 text "The new wording". The history keeps what it was. In Slack and Teams, the Edit button on an action\'s card opens a form for its wording, owners, due date and restriction.',
  },
  {
    name: 'restrict',
    what: 'leave an action out of the public edition (secretariat)',
    more: 'Members who are not chair or secretariat no longer see it. publish LCRB-12 undoes it.',
  },
  {
    name: 'withdraw',
    what: 'withdraw an action entered in error, with the reason (secretariat)',
    more: 'It leaves every list and the action log, and keeps its history: show LCRB-12 still tells the story. update LCRB-12 open puts it back.',
  },
  { name: 'publish', what: 'put a restricted action back in the public edition (secretariat)' },
  {
    name: 'link',
    what: 'link a Slack or Teams user the register does not know to a person (secretariat)',
    more: 'In Slack: /actions link @someone "Tim Godwin". In Teams: @Matters Arising link @someone "Tim Godwin", in a channel you both belong to. Most people need no link: their Slack or Teams email matches the register on first contact.',
  },
  {
    name: 'chase',
    what: 'remind an action’s owners now, or a person of all their open actions (secretariat)',
    more: 'chase LCRB-12, chase TG or chase "Tim Godwin". The reminder goes at once, with the update buttons, and is written in each action’s history. Each owner is chased about an action at most once a day.',
  },
  {
    name: 'unlink',
    what: "remove a person's linked Slack or Teams account (secretariat of every board they sit on)",
    more: 'Without slack or teams, every account. Then link the right account with link @someone "Their Name". Every link and unlink is recorded.',
  },
  { name: 'help', what: 'this list, or more on one command' },
];

/** How to type a command where the person is asking from. */
function howToType(source: Source | undefined): Span[] {
  switch (source) {
    case 'slack':
      return ['Type /actions before each command, for example ', code('/actions mine'), '. '];
    case 'teams':
      return [
        'Send a command to me in a chat, or mention me in a channel, for example ',
        code('mine'),
        '. ',
      ];
    case 'cli':
      return ['Type a command at the prompt, for example ', code('mine'), '. '];
    default:
      return ['In Slack, type /actions before each command; in Teams, send it to me. '];
  }
}

export function helpMessage(topic?: string, source?: Source): Message {
  const entry = topic ? ENTRIES.find((e) => e.name === topic) : undefined;
  if (entry) {
    return {
      summary: `${entry.name}: ${entry.what}`,
      blocks: [
        heading(`Help: ${entry.name}`),
        paragraph(entry.what.charAt(0).toUpperCase() + entry.what.slice(1), '.'),
        paragraph('Type: ', code(USAGE[entry.name])),
        ...(entry.more ? [paragraph(entry.more)] : []),
      ],
    };
  }
  const unknown = topic
    ? [paragraph(`There is no command “${topic.slice(0, 30)}”. These are the commands:`)]
    : [];
  return {
    summary: 'Matters Arising commands',
    blocks: [
      heading('Matters Arising: what you can type'),
      ...unknown,
      ...ENTRIES.map((e) => paragraph(code(USAGE[e.name]), ` — ${e.what}`)),
      context(...howToType(source), 'More on one command: ', code('help update')),
    ],
  };
}
