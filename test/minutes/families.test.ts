/**
 * Families of form met in real minutes from many bodies (issue 14), one small synthetic example
 * per shape, written for these tests. Each failed before the parser learnt its family.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

const explicit = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'explicit');
const suggested = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'suggested');
void suggested;
void explicit;

describe('the board named in the heading', () => {
  const board = (head: string) => parseMinutes(`${head}\n\n1. Apologies\nNone.\n`).board;

  it('reads "Minutes of the X Meeting" under web-page lines and an address', () => {
    expect(
      board(
        'Skip to content\n\nUnit 4, 12 Mill Lane, Anytown AN1 2BC\n\nSecure email:\n\nMinutes of the Rivers Youth Justice Board Meeting\n\n3 March 2021',
      ),
    ).toBe('Rivers Youth Justice Board');
  });

  it('reads "At a MEETING of the X held ..." and puts capitals into title case', () => {
    expect(
      board(
        'At a MEETING of the WESTSHIRE HEALTH AND CARE JOINT BOARD held remotely on 3rd May 2021',
      ),
    ).toBe('Westshire Health and Care Joint Board');
  });

  it('reads "X - Thursday, 16th ..." and "X meeting – date"', () => {
    expect(
      board(
        'Agenda and minutes\n\nHillshire Police and Crime Panel - Thursday, 2nd May, 2019 10.30 am',
      ),
    ).toBe('Hillshire Police and Crime Panel');
    expect(board('Local Safeguarding Adults Board meeting – 9th July 2018')).toBe(
      'Local Safeguarding Adults Board',
    );
  });

  it('reads "Meeting minutes - X – Region - date" and "Meeting: date - X (Item n)"', () => {
    expect(board('Meeting minutes - Cycle Safety Partnership Forum – North - 2 May 2022')).toBe(
      'Cycle Safety Partnership Forum – North',
    );
    expect(
      board('Issue - meetings\n\nMeeting: 04/05/2016 - Safer Streets Partnership (Item 12)'),
    ).toBe('Safer Streets Partnership');
  });

  it('reads the name alone on a line, and a name broken over two lines', () => {
    expect(
      board('Board Meeting Minutes – May 1, 2014\n\nLakeside Fire District\n\nBoard Meeting'),
    ).toBe('Lakeside Fire District');
    expect(board('Minutes\n\nEastbay Primary\nCare Partnership\nBusiness Meeting')).toBe(
      'Eastbay Primary Care Partnership',
    );
  });

  it('spells out an acronym the heading gives in full', () => {
    expect(
      board('NORTHERN ISLES WATER SERVICE\nMinutes of the NIWS Board\nMeeting held: 4 June 2020'),
    ).toBe('Northern Isles Water Service Board');
  });

  it('never takes "Agenda item", a URL, a generic "Parish Council" or an attendee\'s organisation', () => {
    expect(board('Agenda item\n\nMinutes of Previous Meeting and Matters Arising')).toBeNull();
    expect(
      board(
        'https://example.org/minutes/board-2020.pdf\n\nParish Council Minutes 6th December 2012',
      ),
    ).toBeNull();
    expect(
      board(
        'Minutes of the Meeting held\non Friday 18 July 2014\nAnn Reed – Independent Chair\nBob Hale – Manager, Westford City Council',
      ),
    ).toBeNull();
    expect(board('Ordinary Meeting of Council - 17 December 2020 - Open Minutes')).toBeNull();
  });
});
