/**
 * Action markers by family, second batch: "Ask X to ..." after a marker (X is the owner),
 * IRC meeting-bot logs and summaries ("#action nick to ...", "* ACTION: @nick Do ... (chair,
 * 19:03:10)", a summary flattened onto one line), and a " / " cell that says who does what in a
 * line under a "Matters arising" heading, and a nick the attendance list declares ("Ana Lima
 * (alima)") owning "AI: alima to ...", and a table flattened with each cell closed by " |" whose
 * action column holds initials, and an owner closing an approval ("... with minor errors to be
 * amended by IL. / IL"), "ACTION: All further comments to X" (everyone's), and an "OWNER:" bullet
 * before its action. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE =
  'Present: Cllr Anna Kowalski (Chair), Tom Reyes, Priya Shah (PS), Gareth Lewis\nIn attendance: Mohammed Idris (Clerk)';

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Millbrook Village Hall Committee\n\nMinutes of the meeting held on Tuesday 4 March 2025\n\n${attendance}\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('a marker asking someone to do something: the person asked owns it', () => {
  it.each([
    ['ACTION: Ask Tom Reyes to obtain two quotes for the verge.', 'Tom Reyes'],
    ['Action – Request Priya Shah to check the bin collection schedule.', 'Priya Shah'],
    ['ACTION: Remind Gareth Lewis to renew the hall insurance.', 'Gareth Lewis'],
    ['Action: ask PS to send the hire agreement to the playgroup.', 'Priya Shah'],
  ])('%s', (line, owner) => {
    const found = brief(minutes(`3. Premises\nThe matter was discussed.\n${line}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.owners).toEqual([owner]);
    expect(found[0]!.text).not.toMatch(/^(?:Ask|Request|Remind)\b/i);
  });

  it('keeps the one who asks when the marker names them first', () => {
    expect(
      brief(minutes('3. Premises\nACTION: Clerk to ask Tom Reyes to sign the lease.', ATTENDANCE)),
    ).toEqual([{ text: 'Ask Tom Reyes to sign the lease.', owners: ['Mohammed Idris'] }]);
  });

  it('names no one when nobody is asked', () => {
    const found = brief(
      minutes('3. Premises\nACTION: Ask for quotes to be obtained for the roof.'),
    );
    expect(found.every((a) => a.owners.length === 0)).toBe(true);
  });
});

describe('IRC meeting-bot logs: "#action nick to ..." lines', () => {
  const LOG = (lines: string) =>
    brief(parseMinutes(`Riverside docs team meeting, 5 March 2024\n\n${lines}\n`));

  it.each([
    [
      '19:00 <maria> #startmeeting docs\n19:02 <kbolt> I can fix the install page\n19:03 <maria> #action kbolt to fix the install page\n19:03 * docbot kbolt to fix the install page\n19:05 <maria> #action maria to tag the release candidate\n19:06 <maria> #endmeeting',
    ],
    [
      '[19:00] <@maria> #startmeeting docs\n[19:03] <@maria> #ACTION kbolt to fix the install page\n[19:04] <+kbolt> #info the page is out of date\n[19:05] <@maria> #action maria to tag the release candidate\n[19:06] <@maria> #endmeeting',
    ],
    [
      '19:00:01 maria: #startmeeting docs\n19:03:12 maria: #action kbolt to fix the install page\n19:04:40 maria: #agreed we ship on Friday\n19:05:02 maria: #action maria to tag the release candidate',
    ],
  ])('reads each recorded action with its nick as owner (%#)', (log) => {
    expect(LOG(log)).toEqual([
      { text: 'Fix the install page', owners: ['kbolt'] },
      { text: 'Tag the release candidate', owners: ['maria'] },
    ]);
  });

  it('leaves an action unassigned when it does not open with a nick', () => {
    expect(
      LOG(
        '19:00 <maria> #startmeeting docs\n19:03 <maria> #action need to decide on the theme\n19:04 <maria> #endmeeting',
      ),
    ).toEqual([{ text: 'Need to decide on the theme', owners: [] }]);
  });
});

describe("a meeting bot's summary: '* ACTION:' items with who minuted them and when", () => {
  it('drops the trailing (chair, time) and reads the nick before "to"', () => {
    const d = parseMinutes(
      'Riverside docs team meeting\n\nMeeting started by maria at 19:00:01 UTC\n\nMeeting summary\n---------------\n* Docs (maria, 19:01:02)\n  * ACTION: kbolt to fix the install page (maria, 19:03:10)\n  * AGREED: we ship on Friday (maria, 19:04:00)\n* Release (maria, 19:04:30)\n  * ACTION: maria to tag the release candidate (maria, 19:05:12)\n',
    );
    expect(brief(d)).toEqual([
      { text: 'Fix the install page', owners: ['kbolt'] },
      { text: 'Tag the release candidate', owners: ['maria'] },
    ]);
  });

  it.each([
    ['@kbolt:example.org', '@maria:example.org'],
    ['@kbolt', 'maria'],
  ])('reads a summary flattened onto one line, owner %s', (owner, chair) => {
    const d = parseMinutes(
      `===== #meeting: infra ===== Meeting started by ${chair} at 2024-03-05 19:00:01 Meeting summary ------- * TOPIC: Docs (${chair}, 19:01:02) * ACTION: ${owner} Fix the install page and tell the list (${chair}, 19:03:10) * AGREED: We ship on Friday, 8 March. (${chair}, 19:04:00) * IDEA: @kbolt suggests more tests (${chair}, 19:04:30) * ACTION: @maria Tag the release candidate (${chair}, 19:05:12) * INFO: next`,
    );
    expect(brief(d)).toEqual([
      { text: 'Fix the install page and tell the list', owners: ['kbolt'] },
      { text: 'Tag the release candidate', owners: ['maria'] },
    ]);
  });
});

describe('a " / " cell that names its doer, in a line under "Matters arising"', () => {
  it.each([
    'Gareth asked whether the hall is insured for weddings? / Priya to ask the broker about wedding cover.',
    'Query on wedding cover raised by Gareth / Priya to ask the broker about wedding cover',
  ])('%s', (line) => {
    const found = brief(
      minutes(
        `Matters arising:\nTom to book the sweep for the chimney\n${line}\nNew bins have arrived\n\n4. Finance\nThe accounts were noted.`,
        'Present: Tom Reyes, Priya Shah, Gareth Lewis',
      ),
    );
    expect(found.map((a) => a.owners)).toEqual([['Tom Reyes'], ['Priya Shah']]);
    expect(found[1]!.text).toMatch(/^Ask the broker about wedding cover/);
  });

  it('does not take a first name nobody present has', () => {
    const found = brief(
      minutes(
        'Matters arising:\nTom to book the sweep for the chimney\nQuery about cover / Janet to ask the broker about it.\n\n4. Finance\nNoted.',
        'Present: Tom Reyes, Priya Shah, Gareth Lewis',
      ),
    );
    expect(found.map((a) => a.owners)).toEqual([['Tom Reyes']]);
  });
});

describe('a nick the attendance list declares after a name owns an action written with it', () => {
  const BOARD = (body: string) =>
    brief(
      parseMinutes(
        `Harbour Linux board meeting\nMarch 5th 2024, via IRC\nParticipants: Ana Lima (alima), Ben Ode (bode42),\nCarla Stein (cstein)\nRegrets: Dan Roe\n\n${body}\n`,
      ),
    );

  it.each([
    ['AI: alima to draft the trademark policy', 'Ana Lima'],
    ['ACTION: bode42 to update the mirror list', 'Ben Ode'],
    ['Action - cstein to chase the sponsors for the summit', 'Carla Stein'],
  ])('%s', (line, owner) => {
    expect(BOARD(`*Open items\n- the policy is late\n\n${line}`).map((a) => a.owners)).toEqual([
      [owner],
    ]);
  });

  it('gives no owner to a lower-case word no one declared', () => {
    const found = BOARD('*Open items\n\nACTION: joe to check the build farm');
    expect(found.flatMap((a) => a.owners)).not.toContain('joe');
    expect(BOARD('*Open items\n\nAI: joe to check the build farm')).toEqual([]);
  });
});

describe("a table flattened one cell a line, each cell closed by ' |', initials in its action column", () => {
  const REPORT = (rows: string) =>
    brief(
      parseMinutes(
        `Amenities Sub-Committee\nMeeting held on Monday 12th May 2025 in the Pavilion\nCouncillors present | Ann Baker, Colin Dune, Eve Frost |\nApologies | Gail Hart. |\n${rows}\nDate of next meeting – Monday 9th June 2025 |\n`,
      ),
    );

  it.each([
    [
      'one cell a line',
      '1 |\nPlay area |\nThe swings need new chains. Quotes to be sought from two firms. |\nAB | |\n2 |\nVerges | |\nThe verges were cut in May and look tidy. | Agenda item | |\n3 |\nBus shelter |\nThe shelter roof leaks and needs repair before winter. | CD/EF | |',
    ],
    [
      'a row a line',
      '1 | Play area | The swings need new chains. Quotes to be sought from two firms. | AB | |\n2 | Verges | The verges were cut in May and look tidy. | Agenda item | |\n3 | Bus shelter | The shelter roof leaks and needs repair before winter. | CD/EF | |',
    ],
  ])('reads the rows with initials, not "Agenda item" (%s)', (_, rows) => {
    const found = REPORT(rows);
    expect(found.map((a) => a.owners)).toEqual([['Ann Baker'], ['Colin Dune', 'Eve Frost']]);
    expect(found[0]!.text).toMatch(/^The swings need new chains\. Quotes to be sought/);
    expect(found[1]!.text).toMatch(/^The shelter roof leaks and needs repair before winter/);
  });

  it('takes no initials nobody present has, nor a row with no action column', () => {
    expect(
      REPORT(
        '1 |\nPlay area |\nThe swings need new chains before the summer. |\nXY | |\n2 |\nVerges |\nThe verges were cut in May and look tidy. |',
      ).flatMap((a) => a.owners),
    ).toEqual([]);
  });
});

describe('a marker or owner cell closing an approval: its part is the passive it is named in', () => {
  it.each([
    [
      '4 / Minutes of the last meeting\nApproved and signed by the chair with two small corrections to be made by PS. / PS',
      'Two small corrections to be made',
    ],
    [
      '4. Previous minutes\nThe minutes were agreed, with the attendance list to be corrected by the Clerk.\nAction: Clerk',
      'The attendance list to be corrected',
    ],
  ])('%s', (body, text) => {
    const found = brief(minutes(body));
    expect(found).toHaveLength(1);
    expect(found[0]!.text.replace(/\.$/, '')).toBe(text);
  });

  it('keeps the whole sentence when the passive names someone else', () => {
    const found = brief(
      minutes(
        '4 / Report\nThe report was agreed and the plan is to be circulated by the Clerk to members. / PS',
      ),
    );
    expect(found.map((a) => a.text)).toEqual([
      'The report was agreed and the plan is to be circulated by the Clerk to members',
    ]);
  });
});

describe('a marker sending everyone\'s comments somewhere: "All" owns it', () => {
  it.each([
    'ACTION: All further comments to Priya asap.',
    'Action – All comments on the draft lease to the Clerk by Friday.',
    'ACTION: All remaining feedback to be sent to Tom Reyes before the next meeting.',
  ])('%s', (line) => {
    expect(
      brief(minutes(`3. Lease\nThe draft was circulated.\n${line}`)).map((a) => a.owners),
    ).toEqual([['All']]);
  });

  it('gives no owner to "Any comments to ..."', () => {
    expect(
      brief(minutes('3. Lease\nACTION: Any comments on the draft lease to the Clerk.')).flatMap(
        (a) => a.owners,
      ),
    ).not.toContain('All');
  });
});

describe('an owner label on the bullet before its action, as wiki minutes write it', () => {
  const WIKI = (bullets: string) =>
    brief(
      parseMinutes(
        `Harbour Project Board Meeting :: Tuesday 2024-03-05\n\nAttendees: Dana Price, Ravi Kumar, Lena Ortiz, Omar Said\n\nStorage (2024-02-20)\n\n${bullets}\n`,
      ),
    );

  it.each([
    ['  • OWNER: Dana Price\n  • ACTION: draft the storage proposal', [['Dana Price']]],
    [
      '  • OWNERS: Ravi and Lena; Omar also assisting\n  • ACTIONS: contact the mirror hosts about space',
      [['Ravi Kumar', 'Lena Ortiz']],
    ],
    ['  • ACTION: check back on status in one month\n  • OWNER: Dana Price', [['Dana Price']]],
  ])('%s', (bullets, owners) => {
    expect(WIKI(bullets).map((a) => a.owners)).toEqual(owners);
  });

  it('does not give the next action an owner the action above already took', () => {
    expect(
      WIKI(
        '  • ACTION: check back on status in one month\n  • OWNER: Dana Price\n  • ACTION: write up the storage options',
      ).map((a) => a.owners),
    ).toEqual([['Dana Price'], []]);
  });
});
