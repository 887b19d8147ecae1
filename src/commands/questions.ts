/**
 * Asking what is outstanding: the `outstanding [board] [overdue | carried | owner]` command and
 * the questions people type instead ("what's overdue on lcrb?", "what does TG owe?").
 */
import { checkPeopleText } from '../people-text.ts';
import type { OutstandingFilter, Parsed } from './command.ts';
import { fail, firstToken, readFrom, unquote } from './pieces.ts';
import { USAGE } from './usage.ts';

const FILTER_WORDS: ReadonlyArray<readonly [RegExp, OutstandingFilter]> = [
  [/^(overdue|late|behind)$/i, { kind: 'overdue' }],
  [/^(carried|carried-forward|carried\s+forward|stuck)$/i, { kind: 'carried' }],
];

/** `outstanding [board] [overdue | carried | owner]`: a board, then what to narrow it to. */
export function readOutstanding(text: string, asked = false): Parsed {
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

// Built once: every line typed is tried against them before it is read as a command.
const ON_BOARD = String.raw`(?:\s+(?:on|for|at|in)\s+(?:the\s+)?(\S+))?`;
const ASKS_OUTSTANDING = new RegExp(
  String.raw`^(?:what(?:'s|\s+is|\s+are|s)|which\s+actions\s+are|show\s+(?:me\s+)?(?:what(?:'s|\s+is)\s+)?)\s+(?:still\s+)?(outstanding|open|overdue|late|carried\s+forward)${ON_BOARD}$`,
  'i',
);
const ASKS_OWED = new RegExp(
  String.raw`^what\s+(?:does|do|is|has)\s+("[^"]+"|“[^”]+”|\S+(?:\s+\S+)?)\s+(?:owe|got\s+outstanding|still\s+owe|have\s+outstanding|have\s+open|still\s+to\s+do|owe\s+us)${ON_BOARD}$`,
  'i',
);

/**
 * Questions people type instead of a command, read as the command they mean:
 * "what's outstanding?", "what is overdue on lcrb", "what does TG owe?".
 */
export function readQuestion(text: string): Parsed | undefined {
  const q = text
    .replace(/[?!.]+\s*$/, '')
    .replace(/[’‘]/g, "'")
    .trim();
  const outstanding = ASKS_OUTSTANDING.exec(q);
  if (outstanding) {
    const kind = outstanding[1]!.toLowerCase();
    const filter = /^(overdue|late)$/.test(kind)
      ? 'overdue'
      : kind.startsWith('carried')
        ? 'carried'
        : '';
    return readOutstanding([outstanding[2] ?? '', filter].filter(Boolean).join(' '), true);
  }
  const owes = ASKS_OWED.exec(q);
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
