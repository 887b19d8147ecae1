/**
 * Owners of marked actions written the way call notes write them: in brackets at the end of an
 * "Action item:" line, as a first name nobody listed, or as everyone ("(all)", "(everyone)");
 * first, with the auxiliary dropped ("Everyone encouraged to ...", "Members reminded to ...");
 * and a link in brackets after the action ("(see https://...)"), cut off or closed, which is
 * where to do it, not what is done. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const notes = (body: string) =>
  parseMinutes(
    `Dear All,\n\nPlease find below the notes from today's call of the Harbour Trails Working Group. The action items are:\n\n${body}\n\nBest regards\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, owners: a.owners, written: a.ownersAsWritten }));

describe('an owner in brackets at the end of a marked line', () => {
  it.each([
    ['Action item: Send the trail map to the printers (Ingrid)', 'Ingrid', 'Ingrid'],
    ['Action: Send the trail map to the printers (Ingrid).', 'Ingrid', 'Ingrid'],
    ['ACTION: Send the trail map to the printers (all)', 'All', 'all'],
    ['Action item: Send the trail map to the printers (All)', 'All', 'All'],
    ['Action item - Send the trail map to the printers (everyone)', 'everyone', 'everyone'],
  ])('%s', (line, owner, written) => {
    expect(brief(notes(line))).toEqual([
      { text: 'Send the trail map to the printers', owners: [owner], written },
    ]);
  });

  it('leaves a bracket that is no owner in the text (trap)', () => {
    const found = brief(notes('Action item: Send the trail map to the printers (draft)'));
    expect(found.map((a) => a.owners)).toEqual([[]]);
  });

  it('does not take a committee in brackets as the owner (trap), but takes (all)', () => {
    const found = brief(
      notes(
        'Action item: Send the trail map to the printers (Finance Committee)\n\nAction item: Read the survey results (all)',
      ),
    );
    expect(found.map((a) => a.owners)).toEqual([[], ['All']]);
  });
});

describe('"Everyone encouraged to ...": the owner first, the auxiliary dropped', () => {
  it.each([
    ['Action item: Everyone encouraged to comment on the route survey', 'Everyone'],
    ['Action item: All encouraged to comment on the route survey', 'All'],
    ['Action item: Members reminded to comment on the route survey', 'Members'],
    ['Action item: Everyone is encouraged to comment on the route survey', 'Everyone'],
  ])('%s', (line, owner) => {
    expect(brief(notes(line))).toEqual([
      { text: 'Comment on the route survey', owners: [owner], written: owner },
    ]);
  });
});

describe('a link in brackets after the action', () => {
  it.each([
    [
      'Action item: Comment on the route survey (see https://docs.example.org/d/1xYz/edit - please use suggest mode)',
    ],
    ['Action item: Comment on the route survey (https://docs.example.org/d/1xYz/edit) (all)'],
    [
      'Action item: Comment on the route survey (see https://docs.example.org/d/1xYz/edit?usp=sharing - please use the suggest mode so that your',
    ],
  ])('%s', (line) => {
    expect(brief(notes(line)).map((a) => a.text)).toEqual(['Comment on the route survey']);
  });
});
