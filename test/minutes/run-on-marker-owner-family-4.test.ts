/**
 * Minutes run together into one paragraph where a marker naming only the owner closes the
 * sentence before it and the next sentence follows straight on: "... posted on the website.
 * Action: Clerk/Webmaster Standing Orders were suspended. 5.3.22 ...". The owner is the
 * action's; what follows it (a report, a resolution, the next minute) is not. Every minute here
 * is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Hollin Green Parish Council\n\nMinutes of the meeting held on 2 March 2022\n\nPresent: Cllrs Ann Bell, Tom Reed, Ravi Shah (RS)\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ text: a.text, written: a.ownersAsWritten }));

describe('a marker naming the owner, the next sentence run on after it', () => {
  it.each([
    ['Action: Clerk/Webmaster Standing Orders were suspended.', 'Clerk/Webmaster'],
    ['Action: Clerk Standing Orders were suspended.', 'Clerk'],
    ['ACTION: RS The Chair thanked the volunteers.', 'RS'],
    ['Action: Clerk RESOLVED to accept the quote.', 'Clerk'],
    ['Action: Clerk 5.3.22 Public participation. None.', 'Clerk'],
    ['Action - RS It was noted that the footpath had been cleared.', 'RS'],
  ])('%s', (after, written) => {
    const body = `4.3.22 To approve the minutes of 6 January 2022. Resolved. Approved minutes to be posted on the website. ${after}`;
    expect(brief(minutes(body))).toEqual([
      { text: 'Approved minutes to be posted on the website.', written },
    ]);
  });

  it('leaves "Action: Clerk to ..." whole: the owner is followed by the task (trap)', () => {
    const body = [
      '4.3.22 Approval of minutes. Resolved. Action: Clerk to write to the county about the verge.',
      '',
      '5.3.22 Footpaths. Paths to be signed again. Action: Clerk The Members noted the report.',
    ].join('\n');
    expect(brief(minutes(body))).toEqual([
      { text: 'Write to the county about the verge.', written: 'Clerk' },
      { text: 'Paths to be signed again.', written: 'Clerk' },
    ]);
  });
});
