/**
 * Commitments offered as suggestions, and what is not one: a proposal under a label
 * ("Suggestion: ..."), a row's action given to its owner cell in a " / " table, an item's title
 * before a dash ("Any Other Business - Peter will ..."), a role in apposition ("Mike, as outgoing
 * Chair, will ..."), "and it was resolved that ...", "SK – to ...", an office reporting that she
 * would, a change of committee, and a web page's links. Every minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE =
  'Present: Peter Sand (PS), Mike Moss (MM), Irene Gale (IG), Sam Kerr (SK), Cllr Eve Simms, Cllr Jo Green';

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Fenwick Village Forum\n\nMinutes of the meeting held on 4 March 2024\n\n${attendance}\n\n${body}\n`,
  );

const suggested = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'suggested')
    .map((a) => ({ text: a.text, by: a.ownersAsWritten }));

describe('a proposal under a label is not yet taken on', () => {
  it.each([
    ['Suggestion', 'The Secretary to keep the membership rolls.'],
    ['Proposal', 'Mike Moss will chair a membership working group.'],
    ['Recommendation', 'The Treasurer to open a second account.'],
  ])('%s: %s', (label, sentence) => {
    expect(suggested(minutes(`Membership\n\n${label}: ${sentence}`))).toEqual([]);
    // Under a topic, the same sentence is still read.
    expect(suggested(minutes(`Membership\n\nRolls: ${sentence}`))).toHaveLength(1);
  });
});

describe("a row's action in a ' / ' table belongs to its owner cell", () => {
  it.each([
    [
      '4. / Procurement: The hall needs a new boiler. IG will put this request to the trustees. / IG',
    ],
    ['3. / Visits: Members agreed they would tell Dan if they wanted to join a visit. / ALL'],
  ])('%s', (line) => {
    expect(suggested(minutes(`Item / Notes / Action\n${line}`))).toEqual([]);
  });

  it('keeps a commitment on a line of the row without the cell, the cell cut from the text', () => {
    expect(
      suggested(
        minutes(
          'Item / Notes / Action\n4. / Boiler: The hall needs a new boiler. Peter Sand will ask for three quotes.\nIG will write to the trustees. / IG',
        ),
      ),
    ).toEqual([{ text: 'Ask for three quotes.', by: 'Peter Sand' }]);
    expect(
      suggested(
        minutes(
          'Item / Notes / Action\n4. / Boiler: The hall needs a new boiler. Peter Sand will ask for three quotes. / PS',
        ),
      ).map((s) => s.text),
    ).not.toContain('Ask for three quotes. / PS.');
  });
});

describe("an item's title, a dash, then a person's commitment", () => {
  it.each([
    ['3. Any Other Business - Peter will find and circulate the approved voting format.'],
    ['3. Any Other Business – Peter will find and circulate the approved voting format.'],
    ['3. Voting Format — Peter will find and circulate the approved voting format.'],
  ])('%s', (line) => {
    expect(suggested(minutes(line))).toEqual([
      { text: 'Find and circulate the approved voting format.', by: 'Peter' },
    ]);
    // Not after a title that is a sentence, nor for a body.
    expect(
      suggested(minutes('3. The format is agreed - the group will circulate it next week.')),
    ).toEqual([]);
  });
});

describe('a role in apposition with a word before it', () => {
  it.each([
    ['- Mike, as outgoing Chair, will preside over the elections.'],
    ['- Mike, as the new Treasurer, will preside over the elections.'],
    ['- Mike, as acting Secretary, will preside over the elections.'],
  ])('%s', (line) => {
    expect(suggested(minutes(`Elections\n${line}`))).toEqual([
      { text: 'Preside over the elections.', by: 'Mike' },
    ]);
  });
});

describe('"and it was resolved that" inside a sentence', () => {
  it.each([
    ['following a good reference'],
    ['subject to a good reference'],
    ['once references are in'],
  ])('reads the commitment and stops at a condition for the next clause (%s)', (condition) => {
    expect(
      suggested(
        minutes(
          `5. Clerk Vacancy\n\nAn application was received on 2 February and it was resolved that Cllr Simms and Cllr Green would interview the applicant and ${condition}, the post would be offered.`,
        ),
      ),
    ).toEqual([{ text: 'Interview the applicant.', by: 'Cllr Simms and Cllr Green' }]);
    // The body's own resolution is not a commitment.
    expect(
      suggested(
        minutes(
          '5. Budget\n\nThe accounts were presented and it was resolved that the Council will adopt the budget.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('initials, a dash, then "to"', () => {
  it.each([
    ['SK – to clarify and update the performance data for the next meeting.'],
    ['SK - to clarify and update the performance data for the next meeting.'],
    ['SK — to clarify and update the performance data for the next meeting.'],
  ])('%s', (line) => {
    expect(suggested(minutes(`Performance\n\nKR asked about the figures.\n\n${line}`))).toEqual([
      { text: 'Clarify and update the performance data for the next meeting.', by: 'SK' },
    ]);
    // A topic before the dash is no one.
    expect(
      suggested(minutes('Performance\n\nWebsite – to update the pages before the summer.')),
    ).toEqual([]);
  });
});

describe('an office, after "but", reporting that she would', () => {
  it.each([['reported'], ['advised'], ['indicated']])(
    'the Head of Democratic Services %s',
    (verb) => {
      expect(
        suggested(
          minutes(
            `4. Quorum\n\nThe Board was told the changes could be made quickly but the Head of Democratic Services ${verb} that she would check on any further approvals required.`,
          ),
        ),
      ).toEqual([
        {
          text: 'Check on any further approvals required.',
          by: 'the Head of Democratic Services',
        },
      ]);
    },
  );
});

describe('what is no task', () => {
  it.each([
    ['3.2 MM agreed to transfer from the Finance Committee to the Premises Committee.'],
    ['3.2 MM agreed to join the Premises Committee.'],
    ['3.2 MM agreed to move to the Premises Sub-Committee.'],
  ])('a change of committee: %s', (line) => {
    expect(suggested(minutes(`Governance\n\n${line}`))).toEqual([]);
    // A duty towards a committee is still one.
    expect(
      suggested(minutes('Governance\n\n3.2 MM agreed to write to the Finance Committee.')),
    ).toEqual([{ text: 'Write to the Finance Committee.', by: 'MM' }]);
  });

  it.each([['Jump to navigation Jump to search'], ['Skip to content Skip to content']])(
    "a web page's links: %s",
    (line) => {
      expect(
        suggested(
          parseMinutes(
            `${line}\n\nFenwick Village Forum\n\n1. Hall\n\nThe hall was discussed with Marek and Odile. Odile agreed with Marek.`,
          ),
        ),
      ).toEqual([]);
    },
  );
});

describe('a promise, after what was said in the same sentence', () => {
  it.each([
    [
      'The Chair raised the rota but the Chief Constable assured him that plans were on track and promised an update on the rota by end of April.',
      { text: 'Provide an update on the rota by end of April.', by: 'the Chief Constable' },
    ],
    [
      'Mike Moss promised a written report on the roof by the next meeting.',
      { text: 'Provide a written report on the roof by the next meeting.', by: 'Mike Moss' },
    ],
    [
      'The Clerk explained the delay and promised to chase the contractor.',
      { text: 'Chase the contractor.', by: 'The Clerk' },
    ],
  ])('%s', (line, expected) => {
    expect(suggested(minutes(`6. Roof\n\n${line}`))).toEqual([expected]);
    // A body's promise, or one of a thing not to provide, is not read.
    expect(
      suggested(
        minutes('6. Roof\n\nThe Committee promised an update. The builder promised good weather.'),
      ),
    ).toEqual([]);
  });
});

describe('an office written before a name: "President Megan will ..."', () => {
  it.each([
    ['Club Secretary Christine will develop a membership roster before March.', 'Christine'],
    ['President Megan will appoint a membership chair as soon as possible.', 'Megan'],
    ['Treasurer Ken Hale will present a ledger statement each month.', 'Ken Hale'],
    ['Vice Chair Irene agreed to draft the bylaws.', 'Irene'],
  ])('%s', (sentence, by) => {
    const found = suggested(minutes(`Membership\n\n${sentence}`, ''));
    expect(found).toHaveLength(1);
    expect(found[0]!.by).toBe(by);
  });

  it('takes nothing from an office and a name that only "will be" something', () => {
    expect(
      suggested(minutes('Membership\n\nPresident Lincoln will be remembered fondly.', '')),
    ).toEqual([]);
  });
});

describe('offices named without "the", one or several: "Fire Chief to ...", "Clerk and Treasurer to ..."', () => {
  it.each([
    ['Chief to attend to the hydrant survey annually.', 'Chief'],
    ['Deputy Chief to meet with the county fire officer for an update.', 'Deputy Chief'],
    [
      'Chief and Deputy Chief to meet with the county fire officer for an update.',
      'Chief and Deputy Chief',
    ],
    ['Fire Chief will review the call-out rota before May.', 'Fire Chief'],
  ])('%s', (sentence, by) => {
    const found = suggested(
      minutes(`3. Fire hall\nThe hall was discussed at length by the members.\n${sentence}`),
    );
    expect(found.map((f) => f.by)).toEqual([by]);
  });

  it('takes no one from a chief named as a place or outside body', () => {
    expect(
      suggested(
        minutes(
          '3. Fire hall\nThe hall was discussed.\nChief Constable Road to be resurfaced in May.',
        ),
      ),
    ).toEqual([]);
  });
});
