/**
 * "In attendance the Clerk Jo Hart, County Cllr. A Bell and Dist. Cllr. C Moss.": a list of those
 * in attendance with no colon after its heading, opened by the clerk's office and its holder, on
 * a line of its own, after the members' list on the same line, or in a web page's one long line.
 * Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string) => parseMinutes(text).attendees.map((a) => a.name);

const HEAD = 'Minutes of the Parish Council\nTuesday 8 March 2022 at 7.30pm, Village Hall\n';
const MEMBERS = 'Present: Cllrs R Dale (Chair), P Ives and T Lowe.';
const BODY = '1. Apologies\nCllr M Fenn.\n2. Minutes\nThe minutes were approved.';

describe('in attendance with no colon, the clerk first', () => {
  it.each([
    ['In attendance the Clerk Nora Platt and County Cllr. A Bell.'],
    ['In attendance the Minute Taker Nora Platt and County Cllr. A Bell.'],
    ['In Attendance the Locum Clerk Nora Platt and Cllr A Bell (County).'],
    ['Also present the Clerk Nora Platt and County Cllr. A Bell.'],
  ])('on its own line: %s', (line) => {
    expect(names(`${HEAD}${MEMBERS}\n${line}\n${BODY}`)).toEqual(
      expect.arrayContaining(['R Dale', 'P Ives', 'T Lowe', 'Nora Platt', 'A Bell']),
    );
  });

  it('after the members on the same line', () => {
    expect(names(`${HEAD}${MEMBERS} In attendance the Town Clerk, Nora Platt.\n${BODY}`)).toEqual([
      'R Dale',
      'P Ives',
      'T Lowe',
      'Nora Platt',
    ]);
  });

  it('in a web page run into one line, a district councillor last', () => {
    const line =
      'Download printable versions: Minutes Agenda Present Cllrs: R Dale (Chair), P Ives and T Lowe. In attendance the Clerk Nora Platt, County Cllr. A Bell and Dist. Cllr. C Moss. The meeting was recorded for the minutes. 1.3.22 Attendance. As listed above. 2.3.22 To receive apologies for absence. Cllr. M Fenn. Apologies accepted.';
    expect(names(`${HEAD}\n${line}\n`)).toEqual([
      'R Dale',
      'P Ives',
      'T Lowe',
      'Nora Platt',
      'A Bell',
      'C Moss',
    ]);
  });

  it('takes nobody from a sentence that opens with the words', () => {
    const text = `${HEAD}${MEMBERS}\nIn attendance the clerk noted that the hall was booked.\n${BODY}`;
    expect(names(text)).toEqual(['R Dale', 'P Ives', 'T Lowe']);
  });

  it('takes no office as a person', () => {
    const text = `${HEAD}${MEMBERS} In attendance the Clerk.\n${BODY}`;
    expect(names(text)).toEqual(['R Dale', 'P Ives', 'T Lowe']);
  });
});
