/**
 * Meeting dates as some bodies write them: a numbered meeting's heading deep in a line run
 * together by export ("... Minutes of the Board Meeting 6: 03/12/2012 1. Sederunt ...", "Meeting
 * No. 12 – 5 March 2019"), and a next meeting given with a weekday, no year and a time whose
 * colon is not a label's ("Next regular meeting will be Friday June 9th at 1:00."). Every
 * minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const LONG =
  'Glenmore Students Association Council Glenmore Students Association Minutes of the Council';

describe("a numbered meeting's heading in a run-on line", () => {
  it.each([
    [`${LONG} Meeting 6: 03/12/2012 1. Present C. Fraser, L. Hinton`, '2012-12-03'],
    [`${LONG} Meeting No. 12 – 5 March 2019 1. Present C. Fraser, L. Hinton`, '2019-03-05'],
    [`${LONG} Meeting No. 7: 2 June 2021 1. Present C. Fraser, L. Hinton`, '2021-06-02'],
  ])('%s', (line, date) => {
    const d = parseMinutes(
      `${line}\n\nUpload: glenmore\n\nPost on 11-Mar-2016\n\n2. Reports were noted.\n`,
    );
    expect(d.meeting?.date).toBe(date);
  });

  it('does not take a later meeting cited in the line for this one', () => {
    const d = parseMinutes(
      `${LONG} Meeting 7: 04/05/2021 1. Present C. Fraser, L. Hinton 2. The minutes of Meeting 6: 19/04/2021 were approved.\n`,
    );
    expect(d.meeting?.date).toBe('2021-05-04');
  });
});

describe('a next meeting with a time', () => {
  it.each([
    ['Next regular meeting will be Friday June 9th at 1:00.', '2023-06-09'],
    ['Next meeting: Tuesday 4th July at 19:30', '2023-07-04'],
    ['The next meeting will be held on 12 September at 10:00 in the Library.', '2023-09-12'],
  ])('%s', (line, date) => {
    const d = parseMinutes(
      `Ridge Library Board of Trustees\nApril 14, 2023\nPRESENT: Trustees: Ann Lee, Bob Hart\n\n${line}\n\nPUBLIC COMMENTS: None.\n`,
    );
    expect(d.nextMeeting?.date).toBe(date);
  });
});
