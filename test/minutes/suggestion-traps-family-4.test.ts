/**
 * What is not a commitment to suggest, each beside a true one that still is: a closed row (its
 * status a sentence after it, or after a dash with the next row run on), a sentence cut at an
 * initial's full stop, staying in attendance, a standing duty, a sentence cut off where the
 * excerpt ends, an outside organisation's plan, a proposal or offer not taken up. And what is one:
 * a thing to be done with its doer after "by", being in contact with someone. Every minute here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Fenwick Village Forum\n\nMinutes of the meeting held on 4 March 2024\n\nPresent: Peter Sand (PS), Mike Moss (MM), Irene Gale (IG), Sam Kerr (SK)\n\n${body}\n`,
  );
const suggested = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'suggested')
    .map((a) => ({ text: a.text, by: a.ownersAsWritten }));
// The trap in one item, a true commitment in the next: only the true one is suggested.
const beside = (trap: string, guard: string) =>
  suggested(minutes(`1. Business\n\n${trap}\n\n2. Fair\n\nThe fair was discussed. ${guard}`));

describe('a closed row is no commitment', () => {
  it.each([
    ['Irene to check the hall insurance (renewal due in May). DONE Mike to order the chairs. DONE'],
    ['AP. P. Sand to book the hall. - COMPLETED AP. M. Moss to order the chairs. - COMPLETED'],
    ['The hall was discussed. P. Sand will book the hall for the fair. - Completed AP.'],
  ])('%s', (trap) => {
    expect(beside(trap, 'Irene Gale will book the hall for the fair.')).toEqual([
      { text: 'Book the hall for the fair.', by: 'Irene Gale' },
    ]);
  });
});

describe("a sentence runs on past an initial's full stop", () => {
  it('keeps the whole task and no fragment after the initial', () => {
    expect(
      suggested(
        minutes('1. Fair\n\nP. Sand will speak with M. Moss and I. Gale about the stalls.'),
      ),
    ).toEqual([{ text: 'Speak with M. Moss and I. Gale about the stalls.', by: 'P. Sand' }]);
  });
});

describe('procedure, standing duties and cut-off sentences are no task', () => {
  it.each([
    [
      'SK to remain in attendance awaiting his nomination paper.',
      'Sam Kerr will send the nomination paper to the council.',
    ],
    [
      'Mike Moss will stay in the room for the item on the fair.',
      'Mike Moss will book the room for the fair.',
    ],
    [
      'Roles were agreed. Sam Kerr to assist where appropriate.',
      'Sam Kerr will assist the Treasurer with the accounts.',
    ],
    [
      'Mike Moss will help as and when required.',
      'Mike Moss will send the plan to members as required.',
    ],
    [
      '3.3 Mike Moss intends to have a full review o',
      'Mike Moss intends to have a full review of the rota.',
    ],
  ])('%s', (trap, guard) => {
    expect(beside(trap, guard)).toHaveLength(1);
  });
  it('a sentence cut off at the end of the excerpt', () => {
    expect(suggested(minutes('1. Business\n\nIrene Gale will send the report to the'))).toEqual([]);
  });
});

describe("an outside organisation's plan is not the meeting's commitment", () => {
  it('Linux Australia is going to ...', () => {
    expect(
      beside(
        'Linux Australia is going to put together a membership system.',
        'Mike Moss is going to put together a membership system.',
      ),
    ).toEqual([{ text: 'Put together a membership system.', by: 'Mike Moss' }]);
  });
});

describe('a proposal or offer not taken up', () => {
  it.each([
    ['Peter Sand proposed that Irene Gale would lead the project. This was not agreed.'],
    ['Mike Moss offered to paint the hall but the offer was declined.'],
    ['It was proposed that the Clerk would write to the school; the proposal was not seconded.'],
    ['Sam Kerr offered to run the stall. Members did not support this.'],
  ])('%s', (trap) => {
    expect(
      beside(
        trap,
        'Irene Gale will write to the council. The motion to fund the fair was defeated.',
      ),
    ).toEqual([{ text: 'Write to the council.', by: 'Irene Gale' }]);
  });
});

describe('a thing to be done, its doer after "by"', () => {
  it.each([
    [
      'Agreed: Draft budget to be circulated by the Treasurer by 1 May.',
      'the Treasurer',
      'Draft budget to be circulated by 1 May.',
    ],
    [
      'Agreed: Draft audit template to be circulated by Committee Secretary by 1 September 2025.',
      'Committee Secretary',
      'Draft audit template to be circulated by 1 September 2025.',
    ],
    [
      'It was agreed that the letter would be sent by Mike Moss to the council.',
      'Mike Moss',
      'The letter to be sent to the council.',
    ],
    [
      'The quotes should be checked by IG before the next meeting.',
      'IG',
      'The quotes to be checked before the next meeting.',
    ],
  ])('%s', (text, by, task) => {
    // Not a date, a body or a thing done.
    const traps =
      'The minutes will be circulated by September. The leaflet will be delivered by Friday. The plan is to be approved by the Committee in June. The report was written by Sam Kerr last year.';
    expect(suggested(minutes(`1. Business\n\n${traps}\n\n2. Budget\n\n${text}`))).toEqual([
      { text: task, by },
    ]);
  });
  it('a dash bullet run into the paragraph is its own sentence', () => {
    expect(
      suggested(
        minutes(
          '5. New Business - Discussion on a safety audit. - Agreed: Draft template to be circulated by the Clerk by 1 May. - - Online tool.',
        ),
      ),
    ).toEqual([{ text: 'Draft template to be circulated by 1 May.', by: 'the Clerk' }]);
  });
});

describe('being in contact or touch with someone is a thing to do', () => {
  it.each([
    [
      'It was agreed that the Treasurer should be in contact with the bank.',
      'the Treasurer',
      'Be in contact with the bank.',
    ],
    [
      'Mike Moss will be in touch with the school about the fair.',
      'Mike Moss',
      'Be in touch with the school about the fair.',
    ],
  ])('%s', (text, by, task) => {
    // A state is not.
    expect(
      suggested(minutes(`1. Business\n\nIrene Gale will be in the office on Monday. ${text}`)),
    ).toEqual([{ text: task, by }]);
  });
});
