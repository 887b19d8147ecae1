/**
 * Implicit commitments, by family of form (round 4): invented variants of each shape, and the
 * traps beside them that must not be suggested. No corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { suggestionsUnder } from '../support/suggestions.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD = [
  'Minutes of the Ashcombe Village Hall Committee',
  '',
  '14 May 2025',
  '',
  'Present: Maria Lowe (Chair) (ML), Tomas Reed (TR), Jen Okoro (JO), Bill Hart (BH), Ravi Shah (RS)',
  '',
  '',
].join('\n');

/** "written | text" for each suggestion found in the body. */
const suggest = suggestionsUnder(HEAD);

describe('taking on an office is not a task', () => {
  it.each([
    'Bill Hart volunteered to be a trustee.',
    'Jen agreed to stand as vice chair for another year.',
    'Ravi offered to become the new treasurer.',
    'TR agreed to serve as the hall’s safeguarding lead.',
    'Maria agreed to remain as chair until the AGM.',
    'BH volunteered to continue as secretary.',
  ])('%s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });

  it('still reads a duty taken on', () => {
    expect(suggest('Jen agreed to be responsible for the lettings diary.\n')).toEqual([
      'Jen | Be responsible for the lettings diary.',
    ]);
  });
});

describe('a place or a thing that "will need" something', () => {
  it.each([
    'Mill Lane will need its drains cleared before winter.',
    'The Main Hall will need new curtains next year.',
    'Church Road will require resurfacing in the next budget.',
    'Bell Meadow Park will need a new bench by the pond.',
  ])('%s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});

describe('a sentence carried over a blank line', () => {
  it.each([
    [
      'It was agreed that JO and BH would meet with P Grant and\n\nK Weller to agree the lease terms.\n',
      'JO and BH | Meet with P Grant and K Weller to agree the lease terms.',
    ],
    [
      'It was agreed that TR would write to the surveyor and\n\nA Nolan to ask for a revised quote.\n',
      'TR | Write to the surveyor and A Nolan to ask for a revised quote.',
    ],
    [
      'Jen agreed to take the draft lease to\n\nMessrs Cole and Dunn for their advice.\n',
      'Jen | Take the draft lease to Messrs Cole and Dunn for their advice.',
    ],
  ])('reads it as one sentence, not a second commitment: %s', (body, expected) => {
    expect(suggest(`Lease of the hall.\n\n${body}`)).toEqual([expected]);
  });
});

describe('"X, Y & Z to ..." with an ampersand or commas', () => {
  it.each([
    ['TR & JO to walk the car park boundary before the autumn.', 'TR & JO'],
    ['ML,BH & RS to draw up a list of repairs for the kitchen.', 'ML,BH & RS'],
    ['JO, RS & BH to count the chairs and tables in the store.', 'JO, RS & BH'],
  ])('%s', (line, who) => {
    const found = suggest(`Hall maintenance was discussed at length. ${line}\n`);
    expect(found.map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it('does not take a clause of prose before the comma for the owners', () => {
    expect(
      suggest('Given the cost, a new quote to be sought. Following the audit, RS to file it.\n'),
    ).not.toContain('Given the cost, a new quote | Be sought.');
  });
});
describe('"agreed ... for X to ..."', () => {
  it.each([
    [
      'Agreed to publish the booking terms and for TR to update them before the next meeting.',
      'TR | Update them before the next meeting',
    ],
    [
      'It was agreed for the Secretary to write to the brewery about the licence.',
      'the Secretary | Write to the brewery about the licence.',
    ],
    [
      'The committee agreed for Jen Okoro to contact the fire officer about the exits.',
      'Jen Okoro | Contact the fire officer about the exits.',
    ],
  ])('%s', (line, expected) => {
    const found = suggest(`${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.toLowerCase()).toContain(expected.toLowerCase().replace(/\.$/, ''));
  });

  it.each([
    'It was agreed for the hall to be closed over Christmas.',
    'Agreed for residents to be consulted on the new layout.',
    'It was agreed for the Committee to meet again in July.',
  ])('not a thing or the body itself: %s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});

describe('a person reporting what they themselves will do', () => {
  it.each([
    [
      'The chair added that she would follow up the parking complaint with the council.',
      'The chair',
    ],
    ['Tomas Reed replied that he would ask the caretaker to check the boiler.', 'Tomas Reed'],
    ['BH responded that he would send the insurance schedule to all trustees.', 'BH'],
    ['Ravi explained that he would move the surplus into the deposit account.', 'Ravi'],
  ])('%s', (line, who) => {
    expect(suggest(`${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it.each([
    'BH explained that he would be away for the June meeting.',
    'Ravi replied that he would not be able to attend the fete.',
    'The chair added that the council would resurface the path in spring.',
    'Jen explained that she would have liked more notice.',
  ])('not a state, a refusal or somebody else: %s', (line) => {
    expect(suggest(`${line}\n`)).toEqual([]);
  });
});

describe('offices beyond the clerk and the chair', () => {
  it.each([
    ['The Head Teacher will report on attendance at the next meeting.', 'The Head Teacher'],
    ['The Headteacher agreed to write to parents about the car park.', 'The Headteacher'],
    ['The Principal will circulate the revised behaviour policy.', 'The Principal'],
    ['The Leader will write to the Minister about the funding gap.', 'The Leader'],
    ['The Bursar will obtain three quotes for the new boiler.', 'The Bursar'],
  ])('%s', (line, who) => {
    expect(suggest(`${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });
});

describe('more ways of saying who took it on', () => {
  it.each([
    ['Tomas Reed was requested to contact the insurers about the claim.', 'Tomas Reed'],
    ['BH was tasked to find a new cleaner for the hall.', 'BH'],
    ['It was decided that Jen would organise the quiz night in March.', 'Jen'],
    [
      'Governors agreed that the Head Teacher would write to parents about parking.',
      'the Head Teacher',
    ],
    ['Trustees agreed that RS should draft the reserves policy.', 'RS'],
    ['Tomas has agreed to contact the scout group about the lettings.', 'Tomas'],
    ['JO and BH have offered to repaint the porch in the summer.', 'JO and BH'],
    ['Maria is going to ask the district council for a grant.', 'Maria'],
    ['The Chair will write to the Trust about the lease renewal.', 'The Chair'],
    ['The Vice Chair agreed to write to the Trust about the lease.', 'The Vice Chair'],
  ])('%s', (line, who) => {
    expect(suggest(`Hall news.\n\n${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it.each([
    'The Chair will move that the minutes be signed as a correct record.',
    'The Chair will welcome the new members at the start of the AGM.',
    'It was decided that the Committee would meet monthly.',
    'Tomas has agreed to be the hall’s fire marshal.',
    'The contractor is going to start on the roof in June.',
    'It was decided that the hall would close for August.',
  ])('not a commitment: %s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});

describe('a report or an update due back at the next meeting, its doer unnamed', () => {
  it.each([
    'It was agreed that a report would be brought back to the next meeting.',
    'It was agreed that an update be provided at the next meeting.',
    'It was agreed that the revised budget would be presented to the next meeting.',
  ])('%s', (line) => {
    const found = suggest(`Hall news.\n\n${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith('- | ')).toBe(true);
  });

  it.each([
    'It was agreed that the next meeting would be held at the school.',
    'It was agreed that the minutes be approved at the next meeting.',
    'It was agreed that the item be deferred to the next meeting.',
  ])('not a date set, an approval or a matter put off: %s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});

describe('officers asked, chief executives, and a list of names after "agreed that"', () => {
  it.each([
    ['Officers were asked to bring a report on the backlog to the next meeting.', 'Officers'],
    [
      'The Chief Executive undertook to provide a written response to the parish.',
      'The Chief Executive',
    ],
    ['The Borough Engineer will inspect the culvert after the storm.', 'The Borough Engineer'],
    [
      'It was agreed that Tomas, Jen and Ravi would form a group to review the constitution.',
      'Tomas, Jen and Ravi',
    ],
    ['It was agreed that TR, JO and BH would sort the lost property.', 'TR, JO and BH'],
    ['It was agreed that, from June, BH would lock up after events.', 'BH'],
  ])('%s', (line, who) => {
    expect(suggest(`Hall news.\n\n${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });
});

describe('offices by their initials, councillors and constables', () => {
  it.each([
    ['The PCC agreed to provide the Panel with the latest figures.', 'The PCC'],
    ['The DCS will share the audit findings with the Board.', 'The DCS'],
    ['The Chief Constable offered to arrange a briefing for members.', 'The Chief Constable'],
    ['The Cabinet Member agreed to look into the delays at the depot.', 'The Cabinet Member'],
    ['The Portfolio Holder will respond in writing to the petitioners.', 'The Portfolio Holder'],
    ['The Ward Councillor would take this up with the highways team.', 'The Ward Councillor'],
    ['The Clerk was instructed to write to the landowner about the fence.', 'The Clerk'],
    ['Jen took an action to contact the school about the car park.', 'Jen'],
  ])('%s', (line, who) => {
    expect(suggest(`Hall news.\n\n${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it.each([
    'The CCG will hold its AGM in September.',
    'The LSCB agreed to publish its annual report.',
    'The police agreed to step up patrols in the area.',
  ])('not a body: %s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});

describe('a report requested for the next meeting, its doer unnamed', () => {
  it.each([
    'Members requested that a further report be brought to the next meeting.',
    'The Panel asked that an update be provided at the next meeting.',
    'It was requested that the revised figures be circulated before the next meeting.',
  ])('%s', (line) => {
    const found = suggest(`Hall news.\n\n${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith('- | ')).toBe(true);
  });

  it.each([
    'It was requested that the item be deferred to the next meeting.',
    'Members requested that the report be noted.',
  ])('not a matter put off or noted: %s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});

describe('"Title – X to ..." in running minutes', () => {
  it.each([
    ['Heating – JO to get three quotes for a new boiler.', 'JO'],
    ['Car park lighting – BH to ask the council about a new lamp.', 'BH'],
    ['Welcome Packs - Ravi to send the packs to new members.', 'Ravi'],
  ])('%s', (line, who) => {
    expect(suggest(`Hall news.\n\n${line}\n`).map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it.each([
    'Heating – RS to note.',
    'The boiler was inspected – the engineer to return in May.',
    'Heating – to be discussed at the next meeting.',
  ])('not a lone verb, a thing or a passive: %s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});

describe('a commitment in a table flattened with its cell separators', () => {
  it.each([
    [
      'Lines were faded. BH will repaint the car park lines in June. | Agenda item | | 4 | Beacon | The post is in place.',
      'BH | Repaint the car park lines in June.',
    ],
    [
      'It was agreed that JO would write to the brewery | Agenda item | 5 |',
      'JO | Write to the brewery.',
    ],
  ])('ends at its cell: %s', (line, expected) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([expected]);
  });
});

describe('consent to a thing and leaving the room are not tasks', () => {
  it.each([
    'Jen agreed to the proposal.',
    'Tomas agreed to the minutes being published on the website.',
    'BH agreed to this.',
    'Ravi agreed to Maria’s suggestion of a summer fete.',
    'BH was asked to leave the room for this item.',
    'Cllr Reed was asked to withdraw from the meeting during the discussion.',
  ])('%s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });

  it('still reads an agreement to do something', () => {
    expect(suggest('Hall news.\n\nJen agreed to draft the proposal for the fete.\n')).toEqual([
      'Jen | Draft the proposal for the fete.',
    ]);
  });
});

describe('first names in minutes with no attendance list', () => {
  const bare = (body: string): string[] =>
    parseMinutes(`Allotment committee notes\n\n3 March 2024\n\n${body}`)
      .actions.filter((a) => a.kind === 'suggested')
      .map((a) => `${a.ownersAsWritten ?? '-'} | ${a.text}`);

  it.each([
    [
      'The shed roof was discussed with Marek and Odile. Marek offered to price a new felt roof.\n',
      'Marek',
    ],
    [
      'Funding was raised. Agreed to apply for a grant and for Odile to draft the application.\n',
      'Odile',
    ],
    ['Thanks went to Priya for the plant sale. Priya will run the sale again in May.\n', 'Priya'],
    [
      'The trough leaks again, as Marek and Odile found. Odile to ask the council for a new one.\n',
      'Odile',
    ],
  ])('%s', (body, who) => {
    expect(bare(body).map((f) => f.split(' | ')[0])).toEqual([who]);
  });

  it.each([
    // A word that only opens a sentence, or that the minutes also write in lower case.
    'Notices\n\nContinue to water the seedlings in the greenhouse.\n',
    'Prior to the sale, the tables were set out. Prior to discuss the rota next time.\n',
    'The newsletter was late. Newsletter will go out in the spring with the rota.\n',
    // A participle or a plural.
    'Trying to finish the compost bays before the frost.\n',
    'Volunteers to bring their own gloves. Volunteers will meet at the gate.\n',
    // A list's rows: actions, not suggestions.
    'Actions\n\n- Marek to price a new felt roof.\n- Odile to draft the grant application.\n',
  ])('not taken for a person: %s', (body) => {
    expect(bare(body)).toEqual([]);
  });
});

describe('a commitment already marked done', () => {
  it.each([
    'It was agreed that JO would add the grants to the website. done.',
    'BH will send the invoice to the brewery, completed.',
  ])('%s', (line) => {
    expect(suggest(`Hall news.\n\n${line}\n`)).toEqual([]);
  });
});
