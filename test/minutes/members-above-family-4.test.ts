/**
 * The members listed one a line with no heading of their own, above the heading of those who
 * attend them ("In Attendance", "Officers in attendance"), two who share a seat on one line
 * ("Dana Hart / Alex Rowe"). Every minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

const minutes = (members: string, heading = 'In Attendance') =>
  `Brookside Carers Limited Board\n\nMinutes of the Meeting held on Wednesday, 9th June, 2021 at 10.00 am at the Brookside Offices\n\n\n${members}\n\n${heading}\n\nGill Rowan, Chief Executive\nNeil Parr, Communications Manager\n\n\n1. / Welcome and Apologies\nThe Chair welcomed all to the meeting.\n`;

describe('members above the heading of those in attendance', () => {
  it.each([
    ['Michael Stott (Chairman)\nJohn Fenn\nDana Hart / Alex Rowe\nAveril Spence', 'In Attendance'],
    [
      'Michael Stott (Chairman)\nJohn Fenn\nDana Hart / Alex Rowe\nAveril Spence',
      'Officers in attendance',
    ],
    ['Michael Stott, Chair\nJohn Fenn\nDana Hart / Alex Rowe\nAveril Spence', 'Also present:'],
  ])('%s / %s', (members, heading) => {
    expect(names(minutes(members, heading))).toEqual([
      'Michael Stott',
      'John Fenn',
      'Dana Hart',
      'Alex Rowe',
      'Averil Spence',
      'Gill Rowan',
      'Neil Parr',
    ]);
  });

  it('takes no address or venue above the heading', () => {
    const found = names(minutes('Brookside House (Room 4)\nLeyland Business Park\nPreston Road'));
    expect(found).toEqual(['Gill Rowan', 'Neil Parr']);
  });
});
