/**
 * Implicit commitments, by family of form (round 3): several invented variants of each shape,
 * and the traps beside them that must not be suggested. No corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { suggestionsUnder } from '../support/suggestions.ts';

const HEAD = [
  'Minutes of the Larchmoor Residents Committee',
  '',
  '9 October 2025',
  '',
  'Present: Ruth Okafor (Chair), Dev Patel (DP), Sian Hughes (SH), Colin Marsh (CM), Lena Berg',
  '',
  '',
].join('\n');

/** "written | text" for each suggestion found in the body. */
const suggest = suggestionsUnder(HEAD);

describe('the body itself as the subject of "it was agreed that ... would"', () => {
  it.each([
    'It was agreed that the Committee would write to the housing trust about the bins.',
    'It was agreed that the Association would make interim arrangements for rent payments.',
    'It was agreed that the Society would hold a coffee morning in the spring.',
    'It was agreed that the Board will review the policy once a year.',
  ])('is the body deciding, not a commitment: %s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });

  it('still reads a named sub-body or a person', () => {
    expect(
      suggest(
        'It was agreed that the Finance Committee would check the accounts. It was agreed that Sian would book the hall.\n',
      ),
    ).toEqual(['the Finance Committee | Check the accounts.', 'Sian | Book the hall.']);
  });
});

describe('items numbered inline in a run-on paragraph', () => {
  it('ends a commitment at the next inline item number', () => {
    expect(
      suggest(
        'Repairs 1 The lifts were out of order again. DP to contact the landlord. 2 SH reported that the bike store had been mended. 3 Concern was raised about the lighting.\n',
      ),
    ).toEqual(['DP | Contact the landlord.']);
  });

  it("reads each item's own commitment", () => {
    expect(
      suggest(
        'Estate 4 Leaks were reported in block C. CM to write to the agent. 5 Lena will ask the caretaker about the gates. 6 No further issues.\n',
      ),
    ).toEqual(['CM | Write to the agent.', 'Lena | Ask the caretaker about the gates.']);
  });
});

describe('"X <did something> and said he would ..."', () => {
  it.each([
    [
      'Colin apologised and said he would circulate the survey results to everyone.',
      'Colin | Circulate the survey results to everyone.',
    ],
    [
      'SH agreed and confirmed that she would book the community hall for March.',
      'SH | Book the community hall for March.',
    ],
    [
      'Dev nodded and said that he would check the service charge figures.',
      'Dev | Check the service charge figures.',
    ],
  ])('%s', (line, want) => {
    expect(suggest(`${line}\n`)).toEqual([want]);
  });

  it('after a report, in the clause where the person speaks for themselves', () => {
    expect(
      suggest(
        'Dev reported that the forms had gone to the wrong office and Sian apologised and said she would send them out to everyone.\n',
      ),
    ).toEqual([
      'Sian | Send them out to everyone: Dev reported that the forms had gone to the wrong office.',
    ]);
    expect(
      suggest('Dev reported that the hall was booked and Sian would collect the keys.\n'),
    ).toEqual([]);
  });

  it('not when the subject is nobody attending', () => {
    expect(suggest('The agent apologised and said he would look at it.\n')).toEqual([]);
  });
});

describe('"it was agreed that" a thing be done by a time (no owner named)', () => {
  it.each([
    [
      'The questions were answered briefly but it was agreed that a full written reply be sent after the meeting.',
      '- | A full written reply to be sent after the meeting.',
    ],
    [
      'It was agreed that the revised budget would be circulated before the next meeting.',
      '- | The revised budget to be circulated before the next meeting.',
    ],
    [
      'It was agreed that the tenancy figures should be checked by the end of May.',
      '- | The tenancy figures to be checked by the end of May.',
    ],
  ])('%s', (line, want) => {
    expect(suggest(`${line}\n`)).toEqual([want]);
  });

  it.each([
    'It was agreed that the policy be adopted.',
    'It was agreed that a copy of the lease should be made available to members.',
    'It was agreed that room bookings will not be made for the summer.',
    'It was agreed that the minutes be approved at the next meeting.',
    'It was agreed that the next meeting be held after Easter.',
    'It was agreed that the item be deferred until after the elections.',
  ])('not a decision with no time to do it by: %s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});

describe('commitments chained with "then"', () => {
  it("reads both people's parts", () => {
    expect(
      suggest(
        'Not sent yet, DP to send his comments to SH, then SH to sign the form and post it to the council.\n',
      ),
    ).toEqual(['DP | Send his comments to SH.', 'SH | Sign the form and post it to the council.']);
  });

  it('reads a short status clause before a comma as prose', () => {
    expect(suggest('Still no reply, CM to chase the agent.\n')).toEqual(['CM | Chase the agent.']);
  });
});

describe('"He ..." after a sentence that names nobody', () => {
  it('keeps the person named before in view', () => {
    expect(
      suggest(
        'Colin Marsh reported on the estate walkabout. Several lamps were broken and two bins were missing. He was following up the repair of the lamps with the council.\n',
      ),
    ).toEqual(['Colin Marsh | Follow up the repair of the lamps with the council.']);
  });

  it('not after a sentence naming someone else', () => {
    expect(
      suggest(
        'Colin Marsh reported on the estate walkabout. Janet from the council had joined them. He will send the photos to the council.\n',
      ),
    ).toEqual([]);
  });
});

describe('a proposal the meeting agreed: "X suggested doing Y. The group agreed."', () => {
  it.each([
    [
      'Dev suggested sharing the survey with all residents by email. The committee agreed this would be a good idea.',
      '- | Sharing the survey with all residents by email.',
    ],
    [
      'SH proposed holding a litter pick in the spring. Members agreed.',
      '- | Holding a litter pick in the spring.',
    ],
  ])('%s', (line, want) => {
    expect(suggest(`${line}\n`)).toEqual([want]);
  });

  it.each([
    'Dev suggested moving the bins to the car park. The committee did not agree.',
    'Dev suggested moving the bins to the car park. Sian disagreed.',
    'Dev suggested that the bins were too small for the block. The committee agreed.',
    'Dev suggested moving the bins to the car park. The committee agreed not to.',
  ])('not one refused or a view agreed with: %s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});
