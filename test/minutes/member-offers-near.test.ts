import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forBoard } from '../../src/minutes/in-register.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { reviewMessage, reviewText } from '../../src/minutes/review.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { aBoard, aPerson } from '../support/builders.ts';

// An attendee whose name is a near spelling of someone in the register is that person when the
// import adds members: the review must name who will be made a member (here, the chair), so the
// secretariat can see it is not a stranger.
describe('attendees offered as members who match a register person by a near spelling', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.close();
  });

  it('names the register person the offer will make a member', async () => {
    const board = await aBoard(t.db, { slug: 'ssb', name: 'Safer Streets Board' });
    await aPerson(t.db, { name: 'Will Balakrishnan' });
    const draft = parseMinutes(
      [
        'Safer Streets Board',
        'Minutes of the meeting held on Tuesday 3 October 2023, 10am, Civic Centre',
        'Present',
        'Will Balachrishnan (Chair), Anytown Council',
        'Priya Shah (Secretariat), Anytown Council',
        '1. Lighting',
        '1.1 ACTION: PS to survey the park lighting by 30 November 2023.',
      ].join('\n'),
      { source: 'minutes.txt' },
    );
    const marked = await forBoard(t.db, board, draft);
    expect(marked.members).toEqual([
      expect.objectContaining({
        name: 'Will Balachrishnan',
        role: 'chair',
        knownAs: 'Will Balakrishnan',
      }),
      expect.not.objectContaining({ knownAs: expect.anything() }),
    ]);
    expect(reviewText(marked)).toMatch(
      /Will Balachrishnan \(chair; in the register as Will Balakrishnan: check\)/,
    );
    expect(JSON.stringify(reviewMessage(marked))).toMatch(
      /Will Balachrishnan \(chair; in the register as Will Balakrishnan: check\)/,
    );
  });
});
