/**
 * A club's minutes copied from its web page: the page's menu comes first, with links shaped like
 * a name and an office ("Riverside Saturday", "Riverside Ladies", "Other Match"), then the
 * page's title and date, then "In attendance:" and its list. The menu is not a list of members
 * above the heading; a list that stands just above "In attendance" still is. Every minute here
 * is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string) => parseMinutes(text).attendees.map((a) => a.name);

const MENU = [
  'Riverside Bowls Club',
  'HOME',
  'NEWS',
  'Riverside Saturday',
  'Riverside Sunday',
  'Midweek',
  'Riverside Veterans',
  'Other Match',
  'Riverside Ladies',
  'CONTACT',
].join('\n');

const LIST = [
  'In attendance:',
  'Nadia Ruiz, President,',
  'Colm Ashby, Fixture Secretary,',
  'Petra Lund, Treasurer,',
  'Apologies:',
  'Owen Tate, Secretary.',
  'Following the agenda:-',
  'Colm to book the green for the spring tournament.',
].join('\n');

describe("a web page's menu above the attendance", () => {
  it.each([
    [
      'the page title and its date between',
      'Club news story\n< View all news\nCommittee minutes (14th March 2019)\n21 Mar 2019\n',
    ],
    [
      'a blank line and the title between',
      '\nCommittee meeting minutes - Thursday 14th March 2019\n\n',
    ],
  ])('takes none of the menu: %s', (_, between) => {
    expect(names(`${MENU}\n${between}${LIST}\n`)).toEqual([
      'Nadia Ruiz',
      'Colm Ashby',
      'Petra Lund',
    ]);
  });

  it('still takes the members listed just above "In attendance"', () => {
    const text = [
      'Minutes of the Riverside Bowls Club Committee, 14 March 2019',
      'Nadia Ruiz (President)',
      'Colm Ashby (Fixture Secretary)',
      'Petra Lund (Treasurer)',
      'In attendance:',
      'Ivo Brandt, Groundsman',
      '1. Minutes of the last meeting',
      'The minutes were approved.',
    ].join('\n');
    expect(names(text)).toEqual(['Nadia Ruiz', 'Colm Ashby', 'Petra Lund', 'Ivo Brandt']);
  });
});
