/**
 * Explicit actions by family, round two: an "ACTION:" line that gives each owner's status of
 * the action written above it ("ACTION: AB Done; CD Carried forward"), an action marked at
 * the end of its paragraph after a dash (" - Action - Sharon"), and "Action Items:" /
 * "Action Item 2:" labels among "Discussion:" / "Conclusion:" lines. Every minute here is
 * invented; each family has variants in names, spacing, dashes, icons and case.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present: Rosa Lindqvist (RL) (Chair); Omar Haddad (OH); Nia Fenwick (NF); Tobias Crane (TC)`;

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Hillside Allotment Society\n\nMinutes of the committee meeting held on Tuesday 14 January 2025\n\n${attendance}\n\n${body}\n`,
  );

// Case and a closing full stop are the draft's presentation, not what was found.
const plain = (text: string) => text.toLowerCase().replace(/\.$/, '');

const explicit = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: plain(a.text), owners: a.owners }));
const suggested = (d: Draft) => d.actions.filter((a) => a.kind === 'suggested');

describe('"ACTION: AB <status>; CD <status>" under the action it reports on', () => {
  it.each([
    ['Done', 'Carried forward', ''],
    ['Yes check.svg Done', 'Go-next-red.svg Carried forward', ''],
    ['- done', '- ongoing', ''],
    ['Completed', 'In progress', ' NF'],
  ])('done %j, open %j', (done, open, tail) => {
    const d = minutes(
      `Matters arising\n\nThe following actions were carried forward:\n\nOH to write to the landlord about the water supply. RL will provide the address.\n\nACTION: RL ${done}; OH ${open}${tail}\n\nTC to order the new padlocks for the gates.\n\nACTION: TC ${done}\n\nNF will ask the council to cut back the hedge on the north side.\n\nACTION: NF ${open}`,
    );
    expect(explicit(d)).toEqual([
      { text: 'write to the landlord about the water supply', owners: ['Omar Haddad'] },
      { text: 'ask the council to cut back the hedge on the north side', owners: ['Nia Fenwick'] },
    ]);
    // The sentences above a status line are that action's text, not commitments to suggest.
    expect(suggested(d)).toEqual([]);
  });

  it('an owner no one attending has is never guessed', () => {
    const d = minutes('ZQ to check the fence posts.\n\nACTION: ZQ Carried forward');
    expect(d.actions.flatMap((a) => a.owners)).not.toContain('Rosa Lindqvist');
    expect(d.actions.every((a) => a.ownerDetails.every((o) => o.match !== 'attendee'))).toBe(true);
  });

  it('a line that only looks like one is left alone', () => {
    const d = minutes(
      'The shed roof was discussed.\n\nACTION: RL to get two quotes for the shed roof by March.',
    );
    expect(explicit(d)).toEqual([
      { text: 'get two quotes for the shed roof by march', owners: ['Rosa Lindqvist'] },
    ]);
  });
});

describe('an action marked at the end of its paragraph after a dash', () => {
  it.each([' - Action - ', ' – Action – ', ' - Action: ', ' — ACTION - '])(
    'marker %j',
    (marker) => {
      const d = minutes(
        `2.2 Membership\n\nRosa agreed to contact the two new plot holders about the water rota.${marker}Rosa\n\nOmar agreed to follow up with the bank.${marker}Omar\n\nThe committee agreed that leaflets would go to every plot holder before the open day.${marker}ALL`,
      );
      expect(explicit(d)).toEqual([
        {
          text: 'rosa agreed to contact the two new plot holders about the water rota',
          owners: ['Rosa Lindqvist'],
        },
        { text: 'omar agreed to follow up with the bank', owners: ['Omar Haddad'] },
        // What a paragraph's marker closes is the clause after its "agreed that".
        { text: 'leaflets would go to every plot holder before the open day', owners: ['All'] },
      ]);
      expect(suggested(d)).toEqual([]);
    },
  );

  it('a first name nobody attending has stays as written, never an attendee', () => {
    const d = minutes('Brenda agreed to phone the water board. - Action - Brenda');
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got).toHaveLength(1);
    expect(got[0]!.ownerDetails.every((o) => o.match !== 'attendee')).toBe(true);
  });

  it('a name with "Action" in it is not a marker', () => {
    const d = minutes(
      'The Climate Action - Hillside group will hold a stall.\n\nMembers welcomed the Youth Action - Summer scheme.',
    );
    expect(explicit(d)).toEqual([]);
  });
});

describe('"Action Items:" and "Action Item 2:" among labelled lines', () => {
  it.each([
    ['Action Items: ', 'Action Item 1: '],
    ['Action items: ', 'Action item 2 - '],
    ['Action Item: ', 'Action Point 3: '],
  ])('labels %j and %j', (items, numbered) => {
    const d = minutes(
      `Agenda items\nfinancials - Omar\nDiscussion: Discussed the costs of the new water tank.\nConclusion: Current balance of $4,200 in the account\nGrant application - Rosa & TC\nDiscussion: Discussed the county grant.\n${items}Rosa & TC to meet with the county officer about the application\nPath repairs\nDiscussion: Discussed the state of the main path.\nConclusion: Path to be resurfaced in spring.\n${numbered}Work day set for the path\nDate: 4/12/25 at 10 a.m.`,
    );
    expect(explicit(d)).toEqual([
      {
        text: 'meet with the county officer about the application',
        owners: ['Rosa Lindqvist', 'Tobias Crane'],
      },
      { text: 'work day set for the path', owners: [] },
    ]);
  });

  it('"Conclusion:" and "Discussion:" lines alone give no actions', () => {
    const d = minutes(
      'Path repairs\nDiscussion: Discussed the state of the main path.\nConclusion: Path to be resurfaced in spring.\nDate: 4/12/25',
    );
    expect(explicit(d)).toEqual([]);
  });
});

describe('an action list whose items end with the owner in brackets', () => {
  it.each([
    ['Summary of actions\n\n', '1. ', '2. ', '3. '],
    ['Actions arising\n', '1) ', '2) ', '3) '],
    ['Action points:\n\n', '(a) ', '(b) ', '(c) '],
  ])('heading %j, numbers %j', (heading, one, two, three) => {
    const d = minutes(
      `${heading}${one}Write to the landlord about the water supply (OH)\n${two}Order new padlocks for both gates (Tobias Crane)\n${three}Ask the council to cut back the hedge (RL/NF)`,
    );
    expect(explicit(d)).toEqual([
      { text: 'write to the landlord about the water supply', owners: ['Omar Haddad'] },
      { text: 'order new padlocks for both gates', owners: ['Tobias Crane'] },
      { text: 'ask the council to cut back the hedge', owners: ['Rosa Lindqvist', 'Nia Fenwick'] },
    ]);
  });

  it('takes an attendee first name in brackets, and a "- due" date after it', () => {
    const d = minutes(
      'Action items:\n- Send the grant letter to the county (Omar)\n- Book the hall for the AGM (Rosa) - due 15 Feb 2025\n- Update the website (Zebedee)',
    );
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got.map((a) => [plain(a.text), a.owners])).toEqual([
      ['send the grant letter to the county', ['Omar Haddad']],
      ['book the hall for the AGM'.toLowerCase(), ['Rosa Lindqvist']],
      ['update the website (zebedee)', []],
    ]);
    expect(got[1]!.due).toEqual({ kind: 'date', date: '2025-02-15' });
  });

  it('still ends the list at an agenda line with its presenter in brackets', () => {
    const d = minutes(
      'Action points:\n\n1) OH to order the bench\n2) Membership applications (Rosa Lindqvist)\n3) Treasurer report (Omar Haddad)',
    );
    expect(explicit(d)).toEqual([{ text: 'order the bench', owners: ['Omar Haddad'] }]);
  });
});

describe("an attendee's initials alone after a paragraph's last sentence", () => {
  it.each(['RL', 'RL/NF', 'TC.'])('initials %j', (initials) => {
    const d = minutes(
      `4. Hedge\nThe hedge on the north side is overgrown and blocks the path. The council will be asked to cut it back. ${initials}`,
    );
    expect(explicit(d).map((a) => a.text)).toEqual(['the council will be asked to cut it back']);
  });

  it('initials nobody attending has, or a word in capitals, are not owners', () => {
    const d = minutes(
      '4. Hedge\nThe hedge is overgrown and the council will be asked to cut it back. ZQ\n\n5. Lease\nThe lease was signed and returned to the council. AGM',
    );
    expect(explicit(d)).toEqual([]);
  });
});

describe('Markdown minutes: "## Action items", "**Action items**", "**Action:**", "@name"', () => {
  it.each([
    ['## Action items\n\n', '- '],
    ['### Actions\n\n', '* '],
    ['**Action items**\n\n', '- '],
    ['__Next steps:__\n\n', '1. '],
    ['#### Action Items:\n', '- '],
  ])('heading %j, bullet %j', (heading, bullet) => {
    const d = minutes(
      `## Notes\n\nThe hedge and the water supply were discussed.\n\n${heading}${bullet}RL to ask the council about the hedge\n${bullet}Omar to write to the landlord\n${bullet}@Nia to draft the newsletter`,
    );
    expect(explicit(d)).toEqual([
      { text: 'ask the council about the hedge', owners: ['Rosa Lindqvist'] },
      { text: 'write to the landlord', owners: ['Omar Haddad'] },
      { text: 'draft the newsletter', owners: ['Nia Fenwick'] },
    ]);
    expect(suggested(d)).toEqual([]);
  });

  it.each([
    ['**Action:** ', ''],
    ['**ACTION**: ', ''],
    ['*Action:* ', ''],
    ['__Action__ - ', ''],
  ])('marker %j', (marker) => {
    const d = minutes(
      `4. Hedge\nThe hedge is overgrown.\n\n${marker}RL to ask the council to cut it back.`,
    );
    expect(explicit(d)).toEqual([
      { text: 'ask the council to cut it back', owners: ['Rosa Lindqvist'] },
    ]);
  });

  it('a Markdown heading that is not about actions starts no list', () => {
    const d = minutes('## Treasurer report\n\n- RL to ask the council about the hedge');
    expect(explicit(d)).toEqual([]);
  });

  it('an @handle nobody attending has is never an attendee', () => {
    const d = minutes('## Action items\n\n- @zeb to book the hall');
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got.every((a) => a.ownerDetails.every((o) => o.match !== 'attendee'))).toBe(true);
  });
});

describe('owners with a date after them, action-point codes, "Action for X:"', () => {
  it.each([
    ['(Action – RL/OH by 31 January 2025)'],
    ['(ACTION: RL/OH by 31 January 2025)'],
    ['[Action RL/OH - by 31 January 2025]'],
  ])('bracket %j', (bracket) => {
    const d = minutes(`4. Hedge\nThe council will be asked to cut back the hedge ${bracket}.`);
    const got = d.actions.filter((a) => a.kind === 'explicit');
    expect(got.map((a) => [plain(a.text), a.owners, a.due])).toEqual([
      [
        'the council will be asked to cut back the hedge',
        ['Rosa Lindqvist', 'Omar Haddad'],
        { kind: 'date', date: '2025-01-31' },
      ],
    ]);
  });

  it.each(['Action - RL - 31/01/2025', 'ACTION: RL – 31 January 2025', 'Action – RL, 31 Jan 2025'])(
    'marker %j owns the sentence before it and dates it',
    (marker) => {
      const d = minutes(`4. Hedge\nThe council will be asked to cut back the hedge. ${marker}`);
      const got = d.actions.filter((a) => a.kind === 'explicit');
      expect(got.map((a) => [plain(a.text), a.owners, a.due])).toEqual([
        [
          'the council will be asked to cut back the hedge',
          ['Rosa Lindqvist'],
          { kind: 'date', date: '2025-01-31' },
        ],
      ]);
    },
  );

  it.each(['AP1: ', 'AP 12 - ', 'ACT3: '])('code %j marks the action outside any list', (code) => {
    const d = minutes(`4. Hedge\n\n${code}RL to ask the council to cut back the hedge.`);
    expect(explicit(d)).toEqual([
      { text: 'ask the council to cut back the hedge', owners: ['Rosa Lindqvist'] },
    ]);
    expect(suggested(d)).toEqual([]);
  });

  it('a closed action-point code is left out', () => {
    const d = minutes('4. Hedge\n\nAP7: RL to ask the council to cut back the hedge - CLOSED');
    expect(explicit(d)).toEqual([]);
  });

  it.each(['Action for RL: ', 'ACTION FOR Rosa: ', 'Action for Omar and Nia: '])(
    'label %j names the owner',
    (label) => {
      const d = minutes(`4. Hedge\n\n${label}ask the council to cut back the hedge.`);
      expect(explicit(d).map((a) => a.text)).toEqual(['ask the council to cut back the hedge']);
      expect(explicit(d)[0]!.owners.length).toBeGreaterThan(0);
    },
  );

  it('"Action for Children" is a charity, not an owner', () => {
    const d = minutes('4. Grants\n\nAction for Children: the grant was paid in March.');
    expect(explicit(d)).toEqual([]);
  });
});

describe('a run of bullets each opening with its owner: an action list without its heading', () => {
  it.each([
    ['- ', ': '],
    ['* ', ': to '],
    ['• ', ' – '],
  ])('bullet %j, separator %j', (bullet, sep) => {
    const d = minutes(
      `Table of Contents\n${bullet}Rosa Lindqvist${sep}draft the proposal for the new plot rules\n${bullet}All${sep}review the slides and send comments\n${bullet}Former user (Deleted)${sep}work with the county on the grant\n${bullet}Omar Haddad${sep}schedule an email vote on the rules - NOT COMPLETED\n${bullet}Nia Fenwick (Deactivated)${sep}send the revised charter to the group`,
    );
    expect(explicit(d)).toEqual([
      { text: 'draft the proposal for the new plot rules', owners: ['Rosa Lindqvist'] },
      { text: 'review the slides and send comments', owners: ['All'] },
      { text: 'work with the county on the grant', owners: [] },
      { text: 'schedule an email vote on the rules', owners: ['Omar Haddad'] },
      { text: 'send the revised charter to the group', owners: ['Nia Fenwick'] },
    ]);
  });

  it('notes of who said what are not actions', () => {
    const d = minutes(
      '- Rosa Lindqvist: reported that the plot rents were paid\n- Omar Haddad: said the water tank leaks\n- Nia Fenwick: thanked everyone for the open day\n- Tobias Crane: was unable to attend the last work day',
    );
    expect(explicit(d)).toEqual([]);
  });

  it('two such bullets are not enough to call it a list', () => {
    const d = minutes(
      '3. Updates\n- Rosa Lindqvist: review of the plot rules is under way\n- Omar Haddad: water tank leaks',
    );
    expect(explicit(d)).toEqual([]);
  });

  it('topics before the colon are not owners', () => {
    const d = minutes(
      '- Budget: review next month\n- Website: update the gallery\n- Hedges: cut back in spring\n- Gates: fit new padlocks',
    );
    expect(d.actions.flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('a sentence that an "ACTION: XX to ..." line below it restates', () => {
  it.each(['ACTION: ', 'Action: ', 'ACTION – '])('marker %j', (marker) => {
    const d = minutes(
      `Matters arising\n\nHedge\n\nOH to continue investigations with the council about the hedge.\n\n${marker}OH to report back at next meeting.\n\nNewsletter\n\nNF to ask the members for articles about the open day.\n\n${marker}NF to send e-mail.\n\nRosa will draft the spring rota for the water tanks.\n\n${marker}TC to book the hall.`,
    );
    expect(explicit(d).map((a) => a.owners)).toEqual([
      ['Omar Haddad'],
      ['Nia Fenwick'],
      ['Tobias Crane'],
    ]);
    // Rosa's commitment is not what the line below it records, so it is still offered.
    expect(suggested(d).map((a) => a.owners)).toEqual([['Rosa Lindqvist']]);
  });
});

describe('"ACTION XX" with no colon after the last sentence, and coded lines under "Actions"', () => {
  it.each(['ACTION RL', 'ACTION RL/OH', 'ACTIONS RL, OH', 'ACTION BY RL'])(
    'marker %j',
    (marker) => {
      const d = minutes(
        `4. Hedge\nIt was agreed that the council would be asked to cut back the hedge. ${marker}`,
      );
      const got = explicit(d);
      expect(got.map((a) => a.text)).toEqual(['the council would be asked to cut back the hedge']);
      expect(got[0]!.owners[0]).toBe('Rosa Lindqvist');
      expect(suggested(d)).toEqual([]);
    },
  );

  it('"ACTION PLAN" after a sentence is a name, not a marker', () => {
    const d = minutes('4. Plan\nThe group reviewed the draft of the new allotment. ACTION PLAN');
    expect(explicit(d)).toEqual([]);
  });

  it.each(['A1 ', 'AP1 ', 'ACT 1 '])('code %j before each line', (code) => {
    const two = code.replace('1', '2');
    const d = minutes(
      `Actions\n\n${code}RL to ask the council about the hedge\n${two}TC to order padlocks for the gates`,
    );
    expect(explicit(d)).toEqual([
      { text: 'ask the council about the hedge', owners: ['Rosa Lindqvist'] },
      { text: 'order padlocks for the gates', owners: ['Tobias Crane'] },
    ]);
  });
});

describe('"Follow-ups:" and "TODO:" lists, label lines under an unmarked action, "Decision:" text', () => {
  it.each(['Follow-ups:', 'Follow ups', 'TODO:', 'To do:', 'To-dos'])('heading %j', (heading) => {
    const d = minutes(
      `${heading}\n- RL: ask the council about the hedge\n- TC: order padlocks\n- Omar: write to the landlord`,
    );
    expect(explicit(d)).toEqual([
      { text: 'ask the council about the hedge', owners: ['Rosa Lindqvist'] },
      { text: 'order padlocks', owners: ['Tobias Crane'] },
      { text: 'write to the landlord', owners: ['Omar Haddad'] },
    ]);
  });

  it.each([
    ['Owner: RL', 'Rosa Lindqvist'],
    ['Responsible: TC\nDeadline: 31 March 2025', 'Tobias Crane'],
    ['Lead: OH\nTarget date: 31 March 2025', 'Omar Haddad'],
  ])('labels %j own the sentence above them', (labels, owner) => {
    const d = minutes(
      `4. Hedge\n\nAsk the council to cut back the hedge on the north side.\n${labels}`,
    );
    const got = explicit(d);
    expect(got.map((a) => a.text)).toEqual([
      'ask the council to cut back the hedge on the north side',
    ]);
    expect(got[0]!.owners).toEqual([owner]);
  });

  it('labels that belong to the marked action below them are not taken by the line above', () => {
    const d = minutes(
      '- Is the water supply a concern for the new plots?\n- OWNERS: Rosa and Omar\n- ACTIONS: ask the water board about a second tap',
    );
    expect(explicit(d).map((a) => a.text)).toEqual(['ask the water board about a second tap']);
  });

  it('an agenda line with its lead and no date is not an action', () => {
    const d = minutes('4. Finance report\nTo receive the quarterly finance report.\nLead: OH');
    expect(explicit(d)).toEqual([]);
  });

  it('"Decision:" before the text a marker closes is the label, not the action', () => {
    const d = minutes('Decision: padlocks to be bought for both gates.\nAction: TC');
    expect(explicit(d).map((a) => a.text)).toEqual(['padlocks to be bought for both gates']);
  });
});
