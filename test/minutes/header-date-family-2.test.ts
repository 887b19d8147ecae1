/**
 * The meeting's date where a page puts other dates first: a long index of meeting dates above
 * the minutes (one a line, with "Download minutes from 2018 here" between the years and a "View
 * current minutes - ... below" line), and a dateline before "The ... meeting was held on
 * Wednesday, June 22, at ..." that gives no year (it is the dateline's). Every page here is
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const dateOf = (text: string) => parseMinutes(text).meeting?.date ?? null;

describe('an index of meeting dates above the minutes', () => {
  const index = (years: number[]) =>
    years
      .flatMap((y) => [
        `Download Minutes from ${y} here`,
        '',
        ...['9th January', '6th March', '1st May', '3rd July', '4th September', '6th November'].map(
          (d) => `Monday ${d} ${y}\n`,
        ),
      ])
      .join('\n');

  it.each([
    ['Notes of a meeting of the PPG held on Monday 6th March 2023', '2023-03-06'],
    ['Minutes of the meeting held on Monday 4th September 2023', '2023-09-04'],
    ['Meeting of the Patient Group held on Monday 1st May 2023', '2023-05-01'],
  ])('%s', (heading, date) => {
    const page = `Patient Group Minutes\n\nPlease click a link to open the minutes.\n\n${index([2021, 2022, 2023])}\nView Current Minutes - ${date.slice(8)}th below\n\nHillcrest Surgery\n\n${heading}\n\nPresent: Ann Lee (Chair), Bo Reid\n\n1. Welcome\nThe Chair welcomed everyone.`;
    expect(dateOf(page)).toBe(date);
  });

  it('still takes a lone date at the head when nothing introduces another', () => {
    expect(
      dateOf('Hillcrest PPG\n\nMonday 6th March 2023\n\nPresent: Ann Lee, Bo Reid\n\n1. Welcome'),
    ).toBe('2023-03-06');
  });
});

describe('a dateline, then the meeting "was held on" a day with no year', () => {
  it.each([
    [
      'date 2022-06-27 The regular monthly meeting of the Friends was held on Wednesday, June 22, at the hospice office.',
      '2022-06-22',
    ],
    [
      'Posted 20 March 2023 The committee meeting was held on Tuesday, 14 March at the library.',
      '2023-03-14',
    ],
    [
      'April 10, 2017 - The quarterly meetings were held on Monday the 3rd of April in the hall.',
      '2017-04-03',
    ],
  ])('%s', (line, date) => {
    expect(
      dateOf(`Friends of Hillcrest\n\n${line} Those in attendance were Ann Lee and Bo Reid.\n`),
    ).toBe(date);
  });

  it('keeps the dateline when the day named does not fall on that weekday in its year', () => {
    expect(
      dateOf(
        'Friends of Hillcrest\n\ndate 2022-06-27 The monthly meeting was held on Friday, June 22, at the office.\n',
      ),
    ).toBe('2022-06-27');
  });
});

describe('the next meeting in a sentence, a word or two naming which meeting', () => {
  const nextOf = (body: string, head = 'Minutes of the meeting held on 16 June 2009') =>
    parseMinutes(
      `Hillcrest Foundation Board\n\n${head}\n\nPresent: Ann Lee, Bo Reid\n\n1. Finance\nThe accounts were noted.\n\n${body}\n`,
    ).nextMeeting?.date ?? null;

  it.each([
    ['The next board meeting will take place on 21st July.', '2009-07-21'],
    ['The next scheduled meeting to be held on July 13, 2009 at 8:00 p.m.', '2009-07-13'],
    ['The next regular meeting will be on Monday 20 July.', '2009-07-20'],
    ['  • * Next meeting will take place on July 14th. (place is tbd)', '2009-07-14'],
  ])('%s', (line, date) => {
    expect(nextOf(line)).toBe(date);
  });

  it('dates "the Saturday, January 25" by a year of the document when no meeting date is read', () => {
    expect(
      nextOf(
        'Next Meeting\n- The next meeting will be the Saturday, January 25, prior to the Share-a-Day.',
        'Intergroup business meeting, winter 2014',
      ),
    ).toBe('2014-01-25');
  });

  it("does not take another group's next meeting", () => {
    expect(
      nextOf(
        'The next PMG meeting would be focussed on youth offending; the review reports on 17 June.',
      ),
    ).toBeNull();
  });
});

describe('a long "Minutes of the ..." heading with a bracket inside it', () => {
  it.each([
    [
      'Minutes of the Eastgate U3A (Charity Number 1083274) Committee Meeting held at Christchurch on Friday 7th April 2017',
      '2017-04-07',
    ],
    [
      'Minutes of the Hillcrest Allotment Society (Registered Society No. 30412R) Committee meeting held on 12 June 2019 at the Pavilion',
      '2019-06-12',
    ],
  ])('%s', (heading, date) => {
    expect(dateOf(`${heading}\n\nPresent – Ann Lee (Chair), Bo Reid\n\n1. Welcome`)).toBe(date);
  });

  it("still passes over a previous meeting's date in a long sentence of the minutes", () => {
    expect(
      dateOf(
        'Minutes of the Eastgate Forum held on 3 May 2023\n\nPresent: Ann Lee, Bo Reid\n\nThe minutes of the Eastgate Forum (Charity Number 1083274) meeting held on 2 April 2023 were agreed as a true record.',
      ),
    ).toBe('2023-05-03');
  });
});
