/**
 * An action closed on the line below it, as minutes kept up to date after the meeting write it:
 * "ACTION: Priya to order the banners" then "Action completed 4 March 2024", "Done.",
 * "Completed 14/03 - sent to all", "Action closed: superseded". A closed action is not an open
 * one; a sentence that merely opens with "Completed" ("Completed forms to be returned ...") does
 * not close anything. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Harbourside Rowing Club Committee\n\nMinutes of the meeting held on 2 March 2024\n\nPresent: Ms Priya Nair, Mr Tomas Berg, Ms Ada Quinn\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('an action closed on the line below it', () => {
  it.each([
    ['Action completed 4 March 2024'],
    ['Action completed 4 Mar 2024 - we will use the supplier from last year'],
    ['Done.'],
    ['Completed 14/03 - sent to all members'],
    ['Action closed: superseded by the new kit order'],
    ['Completed March 6, 2024'],
    ['DONE'],
  ])('%s', (status) => {
    expect(
      brief(
        minutes(
          `1. Kit\nACTION: Priya to order the banners\n${status}\nACTION: Tomas to book the minibus for the regatta`,
        ),
      ),
    ).toEqual([{ text: 'Book the minibus for the regatta', owners: ['Tomas Berg'] }]);
  });

  it('keeps an action whose next line is a sentence opening with "Completed"', () => {
    expect(
      brief(
        minutes(
          `1. Membership\nACTION: Priya to order the banners\nDone.\nACTION: Ada to send out the renewal forms\nCompleted forms are to be returned to the treasurer by April.`,
        ),
      ),
    ).toEqual([{ text: 'Send out the renewal forms', owners: ['Ada Quinn'] }]);
  });

  it('keeps an action whose next line is the next action', () => {
    expect(
      brief(
        minutes(
          `1. Boats\nACTION: Tomas to service the trailer\nACTION: Priya to renew the boat insurance\nACTION: Ada to repaint the hull\nAction completed 9 March 2024`,
        ),
      ),
    ).toEqual([
      { text: 'Service the trailer', owners: ['Tomas Berg'] },
      { text: 'Renew the boat insurance', owners: ['Priya Nair'] },
    ]);
  });
});
