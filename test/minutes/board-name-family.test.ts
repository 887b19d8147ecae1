/**
 * The board's name from the head of the minutes, by family of heading (round 3): several invented
 * variants of each, and the headings that must still give no name. No corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const BODY =
  'Present: Alan Birch (Chair), Carol Dunn, Edward Fry\n\n1. Apologies\nNone.\n\n2. Matters arising\nCD to circulate the plan.\n';
const boardOf = (top: string) => parseMinutes(`${top}\n\n${BODY}`).board;

describe('a log or tracker titled with the body it belongs to', () => {
  it.each([
    ['Finance Committee decision log: May 2022 – July, 2023', 'Finance Committee'],
    ['In Public Trust Board Action Tracker for the meeting on 14.06.2024', 'Trust Board'],
    ['Management Board actions log – March 2024', 'Management Board'],
    ['Harbour Users Forum Action Tracker for the meeting on 3 May 2023', 'Harbour Users Forum'],
  ])('%s', (top, want) => {
    expect(boardOf(top)).toBe(want);
  });
});

describe("a kind of body with its qualifier, when the heading says it is the meeting's", () => {
  it.each([
    ['Minutes of Trust Board Meeting held on 3 May 2021', 'Trust Board'],
    ['Minutes of the Executive meeting held on 9 June 2020', 'Executive'],
  ])('%s', (top, want) => {
    expect(boardOf(top)).toBe(want);
  });

  it.each([
    'Minutes of the Parish Council Meeting held on 3 May 2021',
    'Minutes of Full Council Meeting held on 3 May 2021',
    'Minutes of the Annual General Meeting held on 3 May 2021',
    'Minutes from the last meeting',
    'Board Meeting 14 October 2005',
    'MINUTES OF COMMITTEE MEETING',
  ])('not a council, a noun alone, a meeting or an earlier meeting: %s', (top) => {
    expect(boardOf(top)).toBeNull();
  });
});

describe('"The meeting of the X came to order"', () => {
  it.each([
    [
      'The first meeting of the Eastgate Community Growers came to order at the library on March 3, 2011.',
      'Eastgate Community Growers',
    ],
    [
      'The regular meeting of the Millbrook Garden Club was called to order at 7pm.',
      'Millbrook Garden Club',
    ],
  ])('%s', (top, want) => {
    expect(boardOf(top)).toBe(want);
  });

  it('not a meeting of people described in lower case', () => {
    expect(boardOf('The first meeting of the new volunteers came to order at 7pm.')).toBeNull();
  });
});

describe('a board named with an ampersand in capitals, or in the sentence that says it met', () => {
  const boardOf = (text: string) => parseMinutes(text).board;

  it.each([
    [
      'BADGER & STOAT COMMUNITY PARTNERSHIP MEETING\n10 MAY 2017\nACTION LOG',
      'Badger & Stoat Community Partnership',
    ],
    [
      'HILL & DALE HEALTH AND WELLBEING BOARD\nMinutes of 4 March 2024',
      'Hill & Dale Health and Wellbeing Board',
    ],
  ])('%s', (head, board) => {
    expect(boardOf(`${head}\n\nPresent: Ann Lee, Bo Reid\n\n1. Welcome`)).toBe(board);
  });

  it.each([
    [
      'The regular monthly meeting of Friends of Hillcrest Volunteers was held on Wednesday, June 22, 2022.',
      'Friends of Hillcrest Volunteers',
    ],
    [
      'The annual meeting of the Eastgate Growers Circle was held on 3 May 2023 in the hall.',
      'Eastgate Growers Circle',
    ],
  ])('%s', (line, board) => {
    expect(boardOf(`date 2022-06-27 ${line} Those in attendance were Ann Lee and Bo Reid.`)).toBe(
      board,
    );
  });
});

describe("a web page's words around the board's name", () => {
  const boardOf = (text: string) => parseMinutes(text).board;

  it.each([
    [
      'Login Eastgate Bowls Club\n\nMinutes of the committee meeting, 15 October 2009',
      'Eastgate Bowls Club',
    ],
    ['MInutes for the Steering Group\n\nThursday 10 September 2020', 'Steering Group'],
    [
      'Hillcrest Public Library Board of Trustees Regular Meeting\n\nApril 14, 2023',
      'Hillcrest Public Library Board of Trustees',
    ],
  ])('%s', (head, board) => {
    expect(boardOf(`${head}\n\nPresent: Ann Lee, Bo Reid\n\n1. Welcome`)).toBe(board);
  });

  it.each([
    'Agenda for Committee\n\n21 January 2004',
    'Fenwick County Notice of Committee\n\nOctober 21, 2005',
  ])("takes no board from a paper's title: %s", (head) => {
    expect(boardOf(`${head}\n\nPresent: Ann Lee, Bo Reid\n\n1. Welcome`)).toBeNull();
  });
});

describe('a senate, and a body noun written in lower case at the end of the name', () => {
  const boardOf = (text: string) => parseMinutes(text).board;

  it.each([
    [
      'HILLCREST UNIVERSITY SENATE\nSixth Meeting\nThursday, 16 March 1995',
      'Hillcrest University Senate',
    ],
    ['Minutes of the Academic Senate held on 27 September 2004', 'Academic Senate'],
    [
      'Eastgate Trust board meeting minutes, decisions and actions\n\n15 November 2018',
      'Eastgate Trust board',
    ],
  ])('%s', (head, board) => {
    expect(boardOf(`${head}\n\nPresent: Ann Lee, Bo Reid\n\n1. Welcome`)).toBe(board);
  });

  it('takes no name whose other words are in lower case', () => {
    expect(
      boardOf(
        'the parish board meeting minutes\n\n15 November 2018\n\nPresent: Ann Lee\n\n1. Welcome',
      ),
    ).toBeNull();
  });
});
