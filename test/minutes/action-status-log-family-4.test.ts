/**
 * A two-column log (action, status) whose header ran together on one line ("ACTION from
 * 20120816 STATUS", "Action Status", "Actions agreed Status") and whose rows end in their status
 * cell, one a line. Closed rows are left out; an open row is an action when it says who does it.
 * Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Lumen Project Management Board\n\nMinutes of the call held on 30 August 2012\n\nPresent: Greta Holm, Piet Vos, Lina Roos\n\nReview of actions from previous meeting\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('a run-together "Action ... Status" header over rows ending in their status', () => {
  it.each([
    ['ACTION from 20120816 STATUS', 'DONE', 'in progress'],
    ['Action Status', 'Done', 'Ongoing'],
    ['Actions agreed Status', 'Completed', 'Open'],
    ['ACTIONS STATUS', 'CLOSED', 'ONGOING'],
  ])('%s', (header, closed, open) => {
    const body = [
      header,
      `Greta to check how the year 2 plan should be presented. ${closed}`,
      `All to think of measurable targets for the first deliverable. ${open}`,
      `Piet to send the revised budget to the officer. ${open}`,
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      { text: 'Think of measurable targets for the first deliverable.', owners: ['All'] },
      { text: 'Send the revised budget to the officer.', owners: ['Piet Vos'] },
    ]);
  });

  it('reads nothing when the lines below do not all end in a status (trap)', () => {
    const body = [
      'Action Status',
      'The board discussed where the status report should be kept.',
      'All to think of measurable targets for the first deliverable. Open',
    ].join('\n');
    expect(brief(minutes(body)).map((a) => a.text)).not.toContain(
      'The board discussed where the status report should be kept.',
    );
  });

  it('takes no row that names nobody (trap)', () => {
    const body = [
      'ACTION from 20120816 STATUS',
      'Website text for the new section to be finalised. in progress',
      'Lina to draft the newsletter for September. in progress',
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      { text: 'Draft the newsletter for September.', owners: ['Lina Roos'] },
    ]);
  });
});
