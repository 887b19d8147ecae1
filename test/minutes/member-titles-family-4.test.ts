/**
 * Bodies that call their members by their own name, and the names such lists hold: "Senators
 * present:" / "Aldermen absent:" headings over surnames alone, double-barrelled surnames with an
 * O' or Mc part ("Buffard-O'Shea"), two consonant initials run together before a surname ("JP
 * Bentley") in a list that names people by initial and surname, hyphenated initials ("(DT-C)"),
 * a chair's opening sentence after a title's full stop ("Chairman Rev. Ann Hale opened ..."), and
 * "Apologies for Absence: were received from ...". Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const names = (d: Draft) => d.attendees.map((a) => a.name);

describe('members by the name the body gives them', () => {
  it.each([
    ['Senators present', 'Senators absent'],
    ['Aldermen present', 'Aldermen absent'],
    ['Supervisors present', 'Supervisors excused'],
    ['Delegates present', 'Delegates absent'],
  ])('%s: ... / %s: ...', (present, absent) => {
    const d = parseMinutes(
      `WESTFIELD COLLEGE ASSEMBLY\nThursday, 9 March 2023\nMinutes\n${present}: Adler, Brandt, Castro, Duval, Eames. Guests: Okafor, Lind\n${absent}: Fenn, Gould\nThe chair called the assembly to order at 3:05 p.m. and welcomed the guests to the meeting.\n`,
    );
    expect(names(d)).toEqual(['Adler', 'Brandt', 'Castro', 'Duval', 'Eames', 'Okafor', 'Lind']);
    expect(d.apologies).toEqual(['Fenn', 'Gould']);
  });

  it("reads a double-barrelled surname with an O' or Mc part as one name", () => {
    const d = parseMinutes(
      "Senate Minutes\n9 March 2023\nSenators present: Adler, Buffard-O'Shea, Ruiz-McBride, Castro.\n1. Welcome\n",
    );
    expect(names(d)).toEqual(['Adler', "Buffard-O'Shea", 'Ruiz-McBride', 'Castro']);
  });
});

describe('initials as such lists write them', () => {
  it.each([
    ['CM Bootle FGL Gosforth PT Seascale, Dr Gemma Hart'],
    ['PS Brett McKenna, Dr Gemma Hart, Lisa Drake'],
  ])(
    'reads "JP Kettle" in a list of initials and surnames, not capitals before a place or a rank: %s',
    (line) => {
      const initialled = parseMinutes(
        'Shire of Lowmead\nOrdinary Meeting of Council 12 May 2021\nPresent\nCr A Venn\nCr B Hollis\nM Darcy\nJP Kettle\nDW Orme\n1. Declaration of opening\n',
      );
      expect(names(initialled)).toEqual(['A Venn', 'B Hollis', 'M Darcy', 'JP Kettle', 'DW Orme']);
      const full = parseMinutes(
        `Patient Group\nMinutes of 3 May 2021\nPresent:\n${line}\n1. Welcome\n`,
      );
      expect(names(full)).not.toContain('CM Bootle');
      expect(names(full)).not.toContain('PS Brett');
    },
  );

  it('declares hyphenated initials whole', () => {
    const d = parseMinutes(
      'Parochial Church Council\nMinutes of 13 June 2019\nPresent: Ann Hale (AH), Tom Pryce-Jones (TP-J) and Li Wei (LW).\n1. Welcome\n',
    );
    expect(d.attendees.map((a) => a.initials)).toEqual(['AH', 'TP-J', 'LW']);
  });
});

describe("a chair's opening sentence and an apologies sentence after the list", () => {
  it.each([
    ['Opening Prayers: Chairman Rev. Ann Hale opened the meeting with prayer at 7.35 pm.'],
    ['Opening Remarks: The Vicar, Revd. Ann Hale opened the meeting at 7.30 pm.'],
  ])('%s', (line) => {
    const d = parseMinutes(
      `Parochial Church Council\nMinutes of 13 June 2019\nPresent: Rev. Ann Hale (AH), Tom Pryce (TP) and Li Wei (LW).\n${line}\nThe minutes of the last meeting were approved.\n`,
    );
    expect(names(d)).toEqual(['Ann Hale', 'Tom Pryce', 'Li Wei']);
  });

  it('reads "Apologies for Absence: were received from ..."', () => {
    const d = parseMinutes(
      'Parochial Church Council\nMinutes of 13 June 2019\nPresent: Ann Hale (AH), Tom Pryce (TP) and Li Wei (LW).\nApologies for Absence: were received from Rose Field (RF) and Ian Dunn (ID). There were no declarations of interest.\nThe minutes of the last meeting were approved.\n',
    );
    expect(d.apologies).toEqual(['Rose Field', 'Ian Dunn']);
    expect(names(d)).toEqual(['Ann Hale', 'Tom Pryce', 'Li Wei']);
  });
});
