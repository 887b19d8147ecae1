/**
 * A log of action points reviewed several rows at a time, each with its status first:
 * "Action Points 11 and 12: Ongoing – Members that have not ... are to respond to LF." The rows
 * still open are actions (their status dropped), closed ones are left out, a row that only
 * reports progress ("Action Point 13: LN updated - ...") is no task of its own, and a group
 * narrowed by a clause ("Members that have not replied") owns what it is to do. Every minute
 * here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(`Coastal Paths Partnership Forum - 12 March 2024

- Nadia Okafor (NO) Harbour District Council (CHAIR)
- Tom Reilly (TR) Coastal Trust
- Wendy Baird (WB) Ramblers

Agenda Item 1: Welcome and Introductions
The Chair welcomed the group.

Agenda Item 2: Action Points from previous meeting 14/11/23
${body}
`);

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }));

describe('action points reviewed with their status first', () => {
  it.each([
    ['Action Points 4 and 5: Ongoing – TR to send the path survey to WB.', '4 and 5'],
    ['Action Points 4, 5 & 7 - Open - TR to send the path survey to WB.', '4, 5 & 7'],
    ['Action Point 4: Outstanding: TR to send the path survey to WB.', '4'],
    ['Action Points 4-5: In progress – TR to send the path survey to WB.', '4-5'],
  ])('%s', (line, ref) => {
    expect(brief(minutes(line))).toEqual([
      { ref, text: 'Send the path survey to WB.', owners: ['Tom Reilly'] },
    ]);
  });

  it.each([
    ['Action Points 2 and 3: Complete – WB to book the minibus.'],
    ['Action Point 2: Closed - WB to book the minibus.'],
    ['Action Points 2 & 3: Done. WB to book the minibus.'],
  ])('leaves out %s', (line) => {
    expect(
      brief(minutes(`${line}\nAction Point 4: Ongoing – TR to send the path survey to WB.`)),
    ).toEqual([{ ref: '4', text: 'Send the path survey to WB.', owners: ['Tom Reilly'] }]);
  });
});

describe('a group narrowed by a clause owns the point', () => {
  it.each([
    ['Members that have not returned the form are to send it to NO.', 'Members'],
    ['Partners who have not replied are to respond to NO by email.', 'Partners'],
    ['All members who wish to attend the walk are to tell WB.', 'All members'],
  ])('%s', (text, owner) => {
    const [action] = minutes(`Action Points 8 and 9: Ongoing – ${text}`).actions;
    expect(action).toMatchObject({ kind: 'explicit', text, ownersAsWritten: owner });
  });
});

describe('traps', () => {
  const OPEN = 'Action Point 4: Ongoing – TR to send the path survey to WB.';

  it('takes no task from progress reported on a point', () => {
    expect(
      brief(minutes(`Action Point 6: WB updated - the stile at Gull Cove is repaired\n${OPEN}`)),
    ).toEqual([{ ref: '4', text: 'Send the path survey to WB.', owners: ['Tom Reilly'] }]);
  });

  it('still reads a point whose report goes on to a task', () => {
    expect(
      brief(
        minutes(
          `Action Points 6 and 7: Ongoing – WB reported the stile is broken; TR to ask the landowner.\n${OPEN}`,
        ),
      ),
    ).toHaveLength(2);
  });

  it('does not make a person narrowed by a clause an owner', () => {
    const actions = minutes(
      'Action Points 8 and 9: Ongoing – Nadia who is away is to respond later.\nAction Point 10: Ongoing – Members who have not paid are to pay NO.',
    ).actions;
    expect(actions.map((a) => a.ownersAsWritten)).toEqual([null, 'Members']);
  });
});
