/**
 * Implicit commitments offered as suggestions: one family of form per block, several invented
 * variants each (names, roles, spacing, run-together lines), and the traps that must not be
 * suggested. The minutes are written for these tests; no corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { suggestionsUnder } from '../support/suggestions.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD = [
  'Minutes of the Elmfield Community Trust Board',
  '',
  '12 March 2024',
  '',
  'Present: Anna Kowalski (Chair), Tom Reyes, Priya Shah, Gareth Lewis, Wendy Marsh, Mohammed Idris (Clerk)',
  '',
  '',
].join('\n');

/** "written | text" for each suggestion found in the body. */
const suggest = suggestionsUnder(HEAD);

const ownersOf = (body: string): string[][] =>
  parseMinutes(HEAD + body)
    .actions.filter((a) => a.kind === 'suggested')
    .map((a) => a.owners);

describe('a commitment on a line run into the one before (no full stop at the line end)', () => {
  it('reads "X will ..." after a line that stops without a full stop', () => {
    expect(
      suggest(
        '1. Suppliers\nNeither supplier had been contacted\nPriya will contact the supplier in Leeds.\nTom will contact the supplier in York.\n',
      ),
    ).toEqual(['Priya | Contact the supplier in Leeds.', 'Tom | Contact the supplier in York.']);
  });

  it('reads "X to ..." under a heading line with no full stop', () => {
    expect(suggest('Parking review\nGareth to write to residents about the new scheme.\n')).toEqual(
      ['Gareth | Write to residents about the new scheme.'],
    );
    expect(
      suggest(
        '2. Finance\nThe budget was reviewed\nTom Reyes to circulate the figures to members\n',
      ),
    ).toEqual(['Tom Reyes | Circulate the figures to members.']);
  });

  it('does not cut a line that was wrapped mid-sentence', () => {
    expect(
      suggest(
        '3. Grounds\nThe Board discussed the state of the hedges along the northern boundary of the\nPlaying Field and Priya will obtain quotes.\n',
      ),
    ).toEqual(['Priya | Obtain quotes.']);
  });
});

describe('a commitment after a topic and a dash', () => {
  it('reads "Topic—X will ..." and "Topic – X will ..."', () => {
    expect(suggest('4. Website\nBooking form—Wendy will ask the designer for a quote.\n')).toEqual([
      'Wendy | Ask the designer for a quote.',
    ]);
    expect(
      suggest('4. Website\nReview of the old actions – Priya will write to the trustees.\n'),
    ).toEqual(['Priya | Write to the trustees.']);
  });

  it('drops an adverb between "will" and the verb', () => {
    expect(suggest('5. Grants\nPriya will eventually write to the trustees.\n')).toEqual([
      'Priya | Write to the trustees.',
    ]);
    expect(suggest('5. Grants\nThe Clerk will also notify the insurers.\n')).toEqual([
      'The Clerk | Notify the insurers.',
    ]);
  });

  it('reads two commitments either side of a dash', () => {
    expect(
      suggest(
        '6. Invitations\nThe summer fair was mentioned. Cllrs Lewis and Shah would attend the fair – The Clerk would reply to the organisers.\n',
      ),
    ).toEqual(['Cllrs Lewis and Shah | Attend the fair.', 'The Clerk | Reply to the organisers.']);
  });

  it('gives each councillor the title a plural "Cllrs" carries', () => {
    expect(
      ownersOf('6. Invitations\nCllrs Lewis and Shah would attend the summer fair.\n'),
    ).toEqual([['Gareth Lewis', 'Priya Shah']]);
  });
});

describe('a commitment joined to the sentence by "and"', () => {
  it('reads "... and X will ..." with a new subject', () => {
    expect(
      suggest('7. Lease\nThe item was deferred and Priya will ask the landlord for a date.\n'),
    ).toEqual(['Priya | Ask the landlord for a date.']);
    expect(
      suggest(
        '7. Lease\nNo reply had come from the council, and the Clerk will write to them again.\n',
      ),
    ).toEqual(['the Clerk | Write to them again: No reply had come from the council.']);
  });

  it('reads "X did A, did B and will C" for the subject of the sentence', () => {
    expect(
      suggest(
        '8. Car park\nTom raised the state of the car park, arranged a survey and will report to the board on the survey.\n',
      ),
    ).toEqual(['Tom | Report to the board on the survey.']);
  });

  it('a short commitment carries the clause before it', () => {
    expect(
      suggest(
        '8. Car park\nGareth Lewis raised the lighting of the car park with the landlord and will report back.\n',
      ),
    ).toEqual([
      'Gareth Lewis | Report back: Gareth Lewis raised the lighting of the car park with the landlord.',
    ]);
  });

  it('does not read "and would" after a report of what someone said', () => {
    expect(
      suggest('8. Roof\nTom reported that the roof had leaked and would need repair.\n'),
    ).toEqual([]);
    expect(
      suggest('8. Roof\nPriya said the grant had arrived and would cover the repair.\n'),
    ).toEqual([]);
  });
});

describe('a commitment of one verb', () => {
  it('carries the sentence before it, which says what', () => {
    expect(
      suggest(
        '21. Events\nThe summer fair on 6 July was mentioned. Cllrs Lewis and Shah would attend.\n',
      ),
    ).toEqual(['Cllrs Lewis and Shah | Attend: The summer fair on 6 July was mentioned.']);
    expect(
      suggest(
        '21. Lane\nFly-tipping on Mill Lane was reported again. The Clerk will investigate.\n',
      ),
    ).toEqual(['The Clerk | Investigate: Fly-tipping on Mill Lane was reported again.']);
  });

  it('"X will send it to ..." carries what "it" is, said before a short remark', () => {
    expect(
      suggest(
        '21. AGM\nThe date stays, and we agreed to hold the AGM online. All present voted in favour.\nWendy will announce it to members.\n',
      ),
    ).toEqual([
      'Wendy | Announce it to members: The date stays, and we agreed to hold the AGM online.',
    ]);
    expect(suggest('21. AGM\nWendy will announce it to members.\n')).toEqual([
      'Wendy | Announce it to members.',
    ]);
  });

  it('is not suggested with nothing before it', () => {
    expect(suggest('21. Lane\nThe Clerk will investigate.\n')).toEqual([]);
  });
});

describe('forms met in parish and allotment minutes', () => {
  it('reads a parish office in lower case after a clause', () => {
    expect(
      suggest(
        '23. Footpaths\nAs the county had approved the work, the clerk agreed to ask them to consult the parish first.\n',
      ),
    ).toEqual(['The clerk | Ask them to consult the parish first.']);
  });

  it('reads a commitment after "although", "but" or "while"', () => {
    expect(
      suggest('23. Car park\nThe plan was approved although Tom will provide a second quote.\n'),
    ).toEqual(['Tom | Provide a second quote.']);
    expect(
      suggest('23. Car park\nNo date was set, but the Clerk will ask the contractor for one.\n'),
    ).toEqual(['the Clerk | Ask the contractor for one.']);
  });

  it('reads "... and X was asked to ..." even after what was noted', () => {
    expect(
      suggest(
        '23. Attendance\nThe group noted that one member had missed four meetings and Wendy was asked to write to him about it.\n',
      ),
    ).toEqual([
      'Wendy | Write to him about it: The group noted that one member had missed four meetings.',
    ]);
  });

  it('does not suggest an action carried from the last meeting', () => {
    expect(
      suggest(
        '23. Matters arising\nAction from last meeting: Clerk to add the renewal to the agenda.\n',
      ),
    ).toEqual([]);
    expect(
      suggest(
        '23. Matters arising\nActions from the previous meeting: Tom to chase the council.\n',
      ),
    ).toEqual([]);
    expect(
      suggest(
        '23. Matters arising\nActions from last meeting: Tom to chase the council. Priya to liaise with the school.\n',
      ),
    ).toEqual([]);
  });
});

describe('the subject of a commitment', () => {
  it('reads attendees named by first name together ("Tom and Priya will ...")', () => {
    expect(suggest('9. Hall\nTom and Priya will review the hire charges.\n')).toEqual([
      'Tom and Priya | Review the hire charges.',
    ]);
    expect(ownersOf('9. Hall\nWendy & Gareth agreed to repaint the noticeboard.\n')).toEqual([
      ['Wendy Marsh', 'Gareth Lewis'],
    ]);
  });

  it('does not take a list of first names nobody attending has', () => {
    expect(suggest('9. Hall\nBilly and Mandy will review the hire charges.\n')).toEqual([]);
  });

  it('reads a group described by where its people come from', () => {
    expect(
      suggest(
        '10. Forum\nIt was agreed that representatives from each working group would present their findings at the forum.\n',
      ),
    ).toEqual(['representatives from each working group | Present their findings at the forum.']);
  });

  it('reads officers asked by members ("Members asked officers to ...")', () => {
    expect(
      suggest('11. Parking\nMembers asked officers to prepare a report on parking charges.\n'),
    ).toEqual(['officers | Prepare a report on parking charges.']);
    expect(
      suggest('11. Parking\nThe Board asked council officers to look again at the signage.\n'),
    ).toEqual(['council officers | Look again at the signage.']);
  });

  it('reads officers asked that they do something, and people who "were asked to" or "are to"', () => {
    expect(
      suggest('11. Map\nMembers asked that officers circulate the map before the next meeting.\n'),
    ).toEqual(['officers | Circulate the map before the next meeting.']);
    expect(suggest('11. Risks\nTR and PS were asked to review the risk register.\n')).toEqual([
      'TR and PS | Review the risk register.',
    ]);
    expect(
      suggest('11. Crossing\nCllr Shah is to write to the school about the crossing.\n'),
    ).toEqual(['Cllr Shah | Write to the school about the crossing.']);
    expect(suggest('11. Crossing\nPriya is to be consulted on the crossing.\n')).toEqual([]);
  });

  it('reads past a role between commas, a courtesy, "will be asked to" and a dropped "that"', () => {
    expect(suggest('11. Bank\nTom, as Treasurer, will write to the bank.\n')).toEqual([
      'Tom | Write to the bank.',
    ]);
    expect(suggest('11. Minutes\nPriya kindly agreed to take the minutes in June.\n')).toEqual([
      'Priya | Take the minutes in June.',
    ]);
    expect(suggest('11. Policy\nGareth Lewis will also be asked to review the policy.\n')).toEqual([
      'Gareth Lewis | Review the policy.',
    ]);
    expect(suggest('11. Land\nIt was agreed the Clerk would write to the landowner.\n')).toEqual([
      'the Clerk | Write to the landowner.',
    ]);
    expect(suggest('11. Land\nMembers agreed the budget would rise by 2%.\n')).toEqual([]);
  });

  it('does not take an outside body asked to act for a commitment', () => {
    expect(
      suggest('11. Parking\nThe Board asked the Government to reconsider the funding formula.\n'),
    ).toEqual([]);
    expect(suggest('11. Parking\nMembers asked residents to report fly-tipping.\n')).toEqual([]);
  });

  it('reads "It was resolved that the Clerk would ..." (a person\'s commitment, not a motion)', () => {
    expect(
      suggest(
        '12. Verge\nIt was resolved that the Clerk would write to the council about the verge.\n',
      ),
    ).toEqual(['the Clerk | Write to the council about the verge.']);
    expect(
      suggest('12. Verge\nIt was resolved that Tom Reyes should obtain two more quotes.\n'),
    ).toEqual(['Tom Reyes | Obtain two more quotes.']);
  });
});

describe('a first name the minutes write in full elsewhere', () => {
  it('names the one person the minutes show doing something under that first name', () => {
    const body =
      '22. Newsletter\nThe draft was reviewed. Rosa will ask the printer for a quote.\n\nActions\n- Rosa Delgado to send the newsletter to members\n';
    expect(suggest(body)).toEqual(['Rosa | Ask the printer for a quote.']);
    expect(ownersOf(body)).toEqual([['Rosa Delgado']]);
  });

  it('or names as the subject of a sentence', () => {
    const body =
      '22. Health\nRosa Delgado, Director of Public Health, reported on the bid. Rosa would keep the Board informed of progress.\n';
    expect(suggest(body)).toEqual(['Rosa | Keep the Board informed of progress.']);
    expect(ownersOf(body)).toEqual([['Rosa Delgado']]);
  });

  it('not when two people with that first name act, nor when none is written in full', () => {
    expect(
      suggest(
        '22. Newsletter\nRosa will ask the printer for a quote.\n\nActions\n- Rosa Delgado to send the newsletter\n- Rosa Finch to update the website\n',
      ),
    ).toEqual([]);
    expect(suggest('22. Newsletter\nRosa will ask the printer for a quote.\n')).toEqual([]);
  });
});

describe('"He will ..." after the person was named', () => {
  it('the person named a sentence or two before, with nobody else named between', () => {
    expect(
      suggest(
        '13. Contractors\nYesterday Gareth left a message with the contractor. No reply yet. He will try again to arrange a visit.\n',
      ),
    ).toEqual(['Gareth | Try again to arrange a visit.']);
  });

  it('through sentences that begin "He ..." or "She ...", to work in hand', () => {
    expect(
      suggest(
        '13. Planning\nCllr Lewis reported on the planning review. He attended a talk on the new rules. He was also following up the repair of a junction box on Mill Road.\n',
      ),
    ).toEqual(['Cllr Lewis | Follow up the repair of a junction box on Mill Road.']);
    expect(
      suggest('13. Drains\nThe Clerk is looking into the blocked drain on Church Street.\n'),
    ).toEqual(['The Clerk | Look into the blocked drain on Church Street.']);
    expect(suggest('13. Drains\nThe council is looking into the blocked drain.\n')).toEqual([]);
  });

  it('not across a sentence that names someone else', () => {
    expect(
      suggest(
        '13. Contractors\nGareth left a message. The contractor told Priya Shah it was too late. He will try again to arrange a visit.\n',
      ),
    ).toEqual([]);
  });
});

describe('forms read before, still read', () => {
  it.each([
    [
      'It was agreed that Tom Reyes would draft the budget letter.',
      'Tom Reyes | Draft the budget letter.',
    ],
    [
      'PS agreed to contact the auditors about the fee.',
      'PS | Contact the auditors about the fee.',
    ],
    ['Tom undertook to check the insurance renewal.', 'Tom | Check the insurance renewal.'],
    ['Cllr Lewis offered to speak to the landlord.', 'Cllr Lewis | Speak to the landlord.'],
    [
      'Priya said she would circulate the revised figures.',
      'Priya | Circulate the revised figures.',
    ],
    ['The Board asked that the Clerk write to the bank.', 'the Clerk | Write to the bank.'],
    [
      'The Clerk was asked to obtain three quotes for the roof.',
      'The Clerk | Obtain three quotes for the roof.',
    ],
    [
      'Gareth Lewis would report back to the next meeting on the tender.',
      'Gareth Lewis | Report back to the next meeting on the tender.',
    ],
  ])('%s', (sentence, want) => {
    expect(suggest(`14. Matters\n${sentence}\n`)).toEqual([want]);
  });
});

describe('a sentence run on without its full stop', () => {
  it('reads "X will ..." run on after a line filling the width', () => {
    expect(
      suggest(
        '17. Applicants\nNone of the three applicants had been contacted because of the holidays\nTom will contact the applicant from Leeds.\n',
      ),
    ).toEqual(['Tom | Contact the applicant from Leeds.']);
  });

  it('not after a preposition, where the name belongs to the clause before', () => {
    expect(
      suggest('17. Papers\nThe paper circulated by Tom will go to the council in May.\n'),
    ).toEqual([]);
  });

  it('ends the commitment where a new sentence opens with a pronoun and a verb', () => {
    expect(
      suggest(
        '18. Campaign\nPriya agreed to lead the letter-writing campaign It may be useful to ask supporters for help.\n',
      ),
    ).toEqual(['Priya | Lead the letter-writing campaign.']);
  });

  it('a bare "X to ..." after a line of prose without its full stop is a list row, not suggested', () => {
    expect(
      suggest(
        '19. Roads\nThe state of the verges on the road into the village was discussed at length\nTom to write to the highways department.\n',
      ),
    ).toEqual([]);
  });
});

describe('a page flattened onto one line', () => {
  const flat = (last: string) =>
    '1. Hall The hall roof was discussed at length by members who were concerned about the cost of the repairs and about the time it would take to obtain the quotes needed. Several residents had written in about the leaks. Tom will obtain three quotes for the roof. 2. Grounds The state of the playing field was reported by residents and members agreed that it must be dealt with before the summer holidays begin. ' +
    last +
    '\n';

  it('reads the commitment run on after an item title', () => {
    // Long enough to be read as a whole page run together (sections.ts cuts it at item numbers).
    expect(flat('').length).toBeGreaterThan(400);
    expect(suggest(flat('3. Finance Priya said she would circulate the revised budget.'))).toEqual([
      'Tom | Obtain three quotes for the roof.',
      'Priya | Circulate the revised budget.',
    ]);
    expect(
      suggest(flat('3. Budget and Accounts The Clerk would send the accounts to the auditor.')),
    ).toEqual([
      'Tom | Obtain three quotes for the roof.',
      'The Clerk | Send the accounts to the auditor.',
    ]);
  });

  it('not a thing after the title', () => {
    expect(suggest(flat('3. Finance Reserves will be reviewed in the autumn.'))).toEqual([
      'Tom | Obtain three quotes for the roof.',
    ]);
  });
});

describe('statements that are not commitments', () => {
  it.each([
    'Priya will be on leave in May.',
    'Tom will not attend the June meeting.',
    'The proposal was discussed – Cllr Lewis would vote against it.',
    'The grant was welcomed and Priya would agree with the approach.',
    'Tom Reyes will give a presentation on the budget at this meeting.',
    'Tom reported that the hall was booked and Priya would collect the keys.',
    'Gareth explained that the survey had been done and will be reported in June.',
    'The Chair will be stepping down in May and Tom will take over as Chair.',
    'Priya would stand down as Treasurer at the AGM.',
  ])('%s', (sentence) => {
    expect(suggest(`20. Matters\n${sentence}\n`)).toEqual([]);
  });
});

describe('traps: not suggested', () => {
  it.each([
    'RESOLVED that the report be noted.',
    'It was resolved that the Council will adopt the policy.',
    'The action plan will be updated in June.',
    'The strategy will deliver savings across the district.',
    'The report will be presented to the next meeting.',
    'The next meeting will be held on 4 May 2024.',
    'The building will open in September.',
    'It will be reviewed in the autumn. This will help the team. They will write to residents.',
    'The report was noted.',
    'If funding is secured, Tom will order the benches.',
    'Should the grant be refused, Priya would approach the bank.',
    'Unless the landlord objects, the Clerk will renew the lease.',
    'Would Priya contact the school?',
    'Tom asked whether Priya will contact the school?',
  ])('%s', (sentence) => {
    expect(suggest(`15. Matters\n${sentence}\n`)).toEqual([]);
  });

  it('an explicit action is not also a suggestion', () => {
    const d = parseMinutes(
      `${HEAD}16. Audit\nACTION: Tom Reyes to contact the auditors about the fee.\n`,
    );
    expect(d.actions.map((a) => a.kind)).toEqual(['explicit']);
  });
});
