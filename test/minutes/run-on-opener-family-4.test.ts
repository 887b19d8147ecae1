/**
 * A page read back as one line, so that an inline marker's text runs on into the next minute
 * with no full stop between: "Action: DP to Investigate Further Following JK’s announcement
 * ...". The action stops where a sentence opens with what only opens one ("Following ...",
 * "In response to ...", "However ...") or with a body and what it did ("The Board agreed ...").
 * Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Larkspur House Trust Minutes of the Board Meeting Held on 9 April 2024 at 2pm Present: Helen Marsh – Chair (HM) Owen Pike (OP) Rita Dunn (RD) 1. Apologies: none 2. Matters Arising ${body} 3. Treasurer’s Report OP presented the accounts.\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('an inline marker run on into the next minute', () => {
  it.each([
    ['Following RD’s resignation as Treasurer HM thanked her for her service.'],
    ['Following the fire drill, the Board asked for a report.'],
    ['In response to a question OP said the roof was insured.'],
    ['However the hall remained closed on Mondays.'],
    ['The Board agreed that the lease should be renewed.'],
    ['The Finance Committee noted the figures.'],
  ])('%s', (after) => {
    expect(
      brief(
        minutes(`The roof repairs were discussed. Action: HM to Contact The Surveyor ${after}`),
      ),
    ).toEqual([{ text: 'Contact The Surveyor', owners: ['Helen Marsh'] }]);
  });
});

describe('traps', () => {
  it.each([
    [
      'Action: HM to write to Following Sea Ltd about the moorings.',
      'Write to Following Sea Ltd about the moorings.',
    ],
    [
      'Action: HM to send the Trust Deed to the solicitor.',
      'Send the Trust Deed to the solicitor.',
    ],
    [
      'Action: HM to thank The Friends Group for the plants.',
      'Thank The Friends Group for the plants.',
    ],
  ])('keeps %s whole beside one cut', (kept, text) => {
    expect(
      brief(
        minutes(
          `The roof repairs were discussed. Action: OP to Contact The Surveyor However the hall remained closed. The garden was discussed. ${kept}`,
        ),
      ),
    ).toEqual([
      { text: 'Contact The Surveyor', owners: ['Owen Pike'] },
      { text, owners: ['Helen Marsh'] },
    ]);
  });
});
