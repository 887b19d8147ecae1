import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar.ts';

const ok = (line: string) => {
  const parsed = parseCommand(line);
  if (!parsed.ok) throw new Error(`expected ${line} to parse: ${parsed.hint}`);
  return parsed.command;
};
const hint = (line: string) => {
  const parsed = parseCommand(line);
  if (parsed.ok) throw new Error(`expected ${line} to be refused`);
  return parsed.hint;
};

describe('the command grammar', () => {
  it('reads an update with a two-word status and a quoted note', () => {
    expect(ok('update lcrb-12 in progress "Draft paper with the Commissioner"')).toEqual({
      name: 'update',
      ref: 'LCRB-12',
      status: 'in_progress',
      note: 'Draft paper with the Commissioner',
    });
  });

  it('accepts the words people use for statuses', () => {
    expect(ok('update LCRB-1 in-progress')).toMatchObject({ status: 'in_progress' });
    expect(ok('update LCRB-1 Completed: all done')).toMatchObject({
      status: 'complete',
      note: 'all done',
    });
    expect(ok('update LCRB-1 dropped superseded')).toMatchObject({
      status: 'dropped',
      note: 'superseded',
    });
  });

  it('treats done and complete as shorthands, keeping the note as typed', () => {
    expect(ok('done LCRB-3 Paper circulated  to members')).toEqual({
      name: 'update',
      ref: 'LCRB-3',
      status: 'complete',
      note: 'Paper circulated  to members',
    });
    expect(ok('/actions complete LCRB-3')).toEqual({
      name: 'update',
      ref: 'LCRB-3',
      status: 'complete',
    });
  });

  it('keeps apostrophes and quotes inside a note', () => {
    expect(ok('note LCRB-2 The Mayor\'s office said "soon"')).toEqual({
      name: 'note',
      ref: 'LCRB-2',
      text: 'The Mayor\'s office said "soon"',
    });
  });

  it('reads add with quoted and comma-separated owners, a group, and a due date', () => {
    expect(ok('add lcrb "Tim Godwin",JH "Bring back a full proposal" due 7 Dec 2026')).toEqual({
      name: 'add',
      board: 'lcrb',
      owners: [
        { kind: 'person', query: 'Tim Godwin' },
        { kind: 'person', query: 'JH' },
      ],
      text: 'Bring back a full proposal',
      due: '7 Dec 2026',
    });
    expect(ok('add lcrb group:"MOPAC officers" Restructure the strategy')).toMatchObject({
      owners: [{ kind: 'group', name: 'MOPAC officers' }],
    });
    expect(ok('add lcrb none Suggested list of priorities')).toMatchObject({ owners: [] });
  });

  it('reads assign with several owners joined by commas or "and"', () => {
    expect(ok('assign LCRB-4 Tim Godwin and Jane Harwood')).toEqual({
      name: 'assign',
      ref: 'LCRB-4',
      owners: [
        { kind: 'person', query: 'Tim Godwin' },
        { kind: 'person', query: 'Jane Harwood' },
      ],
    });
  });

  it('answers an empty line and "help" with help', () => {
    expect(ok('')).toEqual({ name: 'help' });
    expect(ok('/actions')).toEqual({ name: 'help' });
    expect(ok('help update')).toEqual({ name: 'help', topic: 'update' });
  });

  it('tells what to type instead for an unknown command', () => {
    expect(hint('frobnicate')).toMatch(/I don't know “frobnicate”. Type help/);
    // Found by fuzzing: object property names are not commands.
    expect(hint('__proto__')).toMatch(/I don't know “__proto__”/);
    expect(hint('constructor')).toMatch(/I don't know “constructor”/);
  });

  it('tells what to type instead for a bad ref, a bad status or a missing note', () => {
    expect(hint('show 12')).toMatch(/not an action reference like LCRB-12/);
    expect(hint('update LCRB-12 finished-ish')).toMatch(
      /Use open, in progress, complete or dropped/,
    );
    expect(hint('update LCRB-12 sideways')).toMatch(/Try: update LCRB-12 in progress/);
    expect(hint('note LCRB-12')).toMatch(/The note is empty. Try: note LCRB-12/);
    expect(hint('note LCRB-12 ""')).toMatch(/The note is empty/);
    expect(hint('show')).toMatch(/Which action\?/);
  });

  it('refuses a 10,000 character note, saying how long it is and what to do', () => {
    expect(hint(`note LCRB-12 ${'x'.repeat(10_000)}`)).toMatch(
      /^Notes can be up to 2,000 characters; yours has 10,000. Shorten it and send it again. Try: note LCRB-12/,
    );
  });

  it('refuses control characters in a note', () => {
    expect(hint('note LCRB-12 bell\u0007')).toMatch(/control characters/);
    expect(hint('note LCRB-12 "paper \u202Edetfard"')).toMatch(/can't contain control characters/);
    expect(hint('add lcrb TG "Bring back \u001b]0;owned\u0007 a proposal"')).toMatch(
      /Action texts can't contain control characters/,
    );
  });
});
