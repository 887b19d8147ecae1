/**
 * Attendance blocks, family round 2: shapes seen in newly collected minutes (a comma list wrapped
 * at any space by a word processor, ...). Every input is invented; each family has variants so
 * that a rule fits the form, not one document.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const apologies = (text: string): string[] => [...parseMinutes(text).apologies];

describe('a comma list wrapped between a first name and its surname', () => {
  it('carries a first name alone on its line down to its surname', () => {
    const text =
      'Hall Committee\nMinutes of Meeting\nPRESENT:\nGrace\nOkafor, Ben Lowry, Rita Sands,\nOwen\nPrice, Lily Hart\nAPOLOGIES:\nTess\nDunn, Ian Mole\nMINUTES\nOF LAST MEETING:\nThe minutes were agreed.\n';
    expect(names(text)).toEqual([
      'Grace Okafor',
      'Ben Lowry',
      'Rita Sands',
      'Owen Price',
      'Lily Hart',
    ]);
    expect(apologies(text)).toEqual(['Tess Dunn', 'Ian Mole']);
  });

  it('carries a first name at the end of a run-in heading or after a comma', () => {
    const text =
      'Allotment group\nPresent: Hamid\nNoor, Carla Voss, Petra\nLind and Sean Bray\n1. Minutes of the last meeting were approved.\n';
    expect(names(text)).toEqual(['Hamid Noor', 'Carla Voss', 'Petra Lind', 'Sean Bray']);
  });

  it('leaves first names one a line as they are', () => {
    const text = 'Club notes\nPresent:\nAlan\nJoan, Treasurer\nPeter\n1. Minutes were agreed.\n';
    // Not "Alan Joan": the word after the comma is an office, not the next person.
    expect(names(text).some((n) => n.startsWith('Alan '))).toBe(false);
  });

  it('does not carry a heading word down to the first name of a list', () => {
    const text =
      'Board minutes\nPresent: Nia Rowe, Carl Dunne\nOfficers\nJune Hale, Clerk\n1. Minutes were agreed.\n';
    expect(names(text)).toEqual(['Nia Rowe', 'Carl Dunne', 'June Hale']);
  });
});
