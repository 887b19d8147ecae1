/**
 * A parish council's web page that runs its attendance into one line after the page's links
 * ("... Action pointsPresent Cllrs: K Lane (Chair), ..."), and councillors named by an initial
 * and a surname with a particle ("C d’Ayala", "J de Souza", "P van Dijk"). Every minute here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

const FILLER =
  'This meeting would be recorded for the purpose of the minutes. 1.5.21 Attendance. As listed above. 2.5.21 To receive apologies for absence. None. 3.5.21 To receive Members Declarations of Interest. None were declared at this point in the meeting by any of the councillors present.';

describe('particles after an initial', () => {
  it.each([
    [
      'Present: Cllr K Lane (Chair), Cllr C d’Ayala, Cllr J de Souza',
      ['K Lane', "C d'Ayala", 'J de Souza'],
    ],
    [
      'Present Cllrs: K Lane (Chair), C d’Ayala (Vice Chair), P van Dijk and B Hale.',
      ['K Lane', "C d'Ayala", 'P van Dijk', 'B Hale'],
    ],
    [
      'Present: Mr T l’Estrange, Mrs A Bond, Dr R di Marco',
      ["T l'Estrange", 'A Bond', 'R di Marco'],
    ],
  ])('%s', (attendance, expected) => {
    expect(
      names(`Minutes of the Parish Council\n\n${attendance}\n\n1. Apologies\nNone.\n`),
    ).toEqual(expected);
  });

  it('keeps one surname after initials when no particle follows', () => {
    expect(
      names('Parish Council\n\nPresent: Mr M Hale Acting Chair, Cllr D Rowe\n\n1. Apologies\n'),
    ).toEqual(['M Hale', 'D Rowe']);
  });
});

describe('attendance glued to the links before it', () => {
  it.each([
    'Download printable versions: Minutes Chair’s Report Action pointsPresent Cllrs: K Lane (Chair), C d’Ayala (Vice Chair), P Marsh, M Higgs. ',
    'Downloadable versions MinutesAgendaReportsPresent Councillors: K Lane (Chair), C d’Ayala (Vice Chair), P Marsh, M Higgs. ',
  ])('%s', (head) => {
    expect(names(`Minutes of the meeting held on 5 May 2021\n\n${head}${FILLER}\n`)).toEqual([
      'K Lane',
      "C d'Ayala",
      'P Marsh',
      'M Higgs',
    ]);
  });

  it('takes no word glued to "present" in prose', () => {
    expect(
      names(
        `Minutes of the meeting held on 5 May 2021\n\nThe Chair noted that those presentCllrs had asked about the verge. ${FILLER}\n`,
      ),
    ).toEqual([]);
  });
});
