/**
 * Attendance blocks from real public minutes (round 2: generalisation). Each input is a short
 * excerpt of a real page, the source in a comment; the expected names are read from the text.
 * The shapes vary on purpose: one family, many bodies.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);
const apologies = (text: string): string[] => parseMinutes(text).apologies;

describe('councils: a plural title over a list', () => {
  // https://bracebridge-heath.parish.lincolnshire.gov.uk/council-business/may-2020/1
  const bracebridge =
    'Minutes of a meeting of Bracebridge Heath Parish Council held remotely using Zoom on 5th May 2020 at 19:30\nPresent: Cllrs C Barr, C Broad, C Callan, L Hauton, J Kilcoyne, S Manders, V Marden, J Moran, D Parr, A Smith, K Trought and A Walker.\nDistrict Cllrs Burley and Cawrey were present \nClerk to Council, Mrs S Knowles and Assistant Clerk to Council, Mrs R Fraser were present\nNo members of public were present\n\nPUBLIC PARTICIPATION SESSION\nReport from Lincolnshire County Councillor Cawrey – Cllr Cawrey reported on the COVID-19 community support grant.\n';

  it('reads every councillor, and "District Cllrs Burley and Cawrey were present" as two', () => {
    expect(names(bracebridge)).toEqual([
      'C Barr',
      'C Broad',
      'C Callan',
      'L Hauton',
      'J Kilcoyne',
      'S Manders',
      'V Marden',
      'J Moran',
      'D Parr',
      'A Smith',
      'K Trought',
      'A Walker',
      'Burley',
      'Cawrey',
      'S Knowles',
      'R Fraser',
    ]);
  });

  it('reads "Cllr X (Chair), Cllr Y & Cllr Z" and the clerk in attendance', () => {
    // https://preshutepc.org.uk/onewebmedia/PPC%20mtg%2022032021.html
    const text =
      'Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.\n\nPresent:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.\nIn attendance:  Mrs S Roberts (Clerk) and Unitary Cllr J Davies.\n\nPublic Participation – None.\n\n59.    To receive apologies for absence\n•    Cllr I Wroth & Cllr H Wroth sent apologies.\n';
    expect(names(text)).toEqual([
      'P Morgan',
      'S Mills',
      'J Penn',
      'J Clark',
      'S Roberts',
      'J Davies',
    ]);
  });

  it('reads "Councillors present:" with the chair marked', () => {
    // Kingsley Parish Council, as listed on https://travelsdocbox.com/amp/110945429-United_Kingdom/Pebmarsh-parish-council.html
    const text =
      'KINGSLEY PARISH COUNCIL\n\nCouncillors present: Cllr S Fuller (Chair), Cllr P Hill, Cllr A Hookham, Cllr M Keller, Cllr R Maxwell and Cllr P Seeley\n\n1. Apologies\nNone.\n';
    expect(names(text)).toEqual([
      'S Fuller',
      'P Hill',
      'A Hookham',
      'M Keller',
      'R Maxwell',
      'P Seeley',
    ]);
  });

  it('reads surnames after "Cllrs" and stops at the sentence after them', () => {
    // http://www.ridingmill.org/2010/05/
    const text =
      'Minutes of the Annual parish meeting, held at 7.30pm in the Millennium Hall, Church Lane on 20th May 2010.\n\nPresent: Cllrs Mill, Reid, Eakins, Heslop, Dunhill and Stephenson. County Councillor Anne Dale was in attendance with 14 members of the public and a member of the Press.\n\n1. Mr Pearce gave a detailed presentation on the life cycle of the Bee.\n';
    expect(names(text).slice(0, 6)).toEqual([
      'Mill',
      'Reid',
      'Eakins',
      'Heslop',
      'Dunhill',
      'Stephenson',
    ]);
    expect(names(text)).not.toContain('Millennium Hall');
  });
});

describe('US roll calls', () => {
  it('reads "ROLL CALL PRESENT: ... ABSENT: ..." on one line as two lists', () => {
    // https://lawsdocbox.com/amp/94134648-US_Government_Resources/Macon-county-board-of-commissioners-continued-session-may-20-2013-minutes.html
    const text =
      'VILLAGE BOARD MINUTES\nSEPTEMBER 22, 2015\n\nROLL CALL PRESENT: President Lohmann and Trustees Cleary, Szymanski, Gardner, Kuhlman and Wehling. ABSENT: Trustee Ahrendt.\n\nMayor Diana Barnes swore in the elected Council Members.\n';
    expect(names(text)).toEqual([
      'Lohmann',
      'Cleary',
      'Szymanski',
      'Gardner',
      'Kuhlman',
      'Wehling',
    ]);
    expect(apologies(text)).toEqual(['Ahrendt']);
  });
});

describe('apologies in a sentence', () => {
  it('reads titled names and drops "Deputy" and "Alderman Sir"', () => {
    // https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=11157
    const text =
      'Agenda item\n\nApologies\n\nMinutes:\n\nApologies were received from Michael Hudson, Mark Boleat, Deputy Stella Currie, Alex Deane, Deputy Robin Eve, Michael Henderson-Begg, Deputy Henry Jones, Robert Merrett, Elizabeth Rogula, Alderman Sir Michael Savory and Alderman Sir John Stuttard.\n';
    expect(apologies(text)).toEqual([
      'Michael Hudson',
      'Mark Boleat',
      'Stella Currie',
      'Alex Deane',
      'Robin Eve',
      'Michael Henderson-Begg',
      'Henry Jones',
      'Robert Merrett',
      'Elizabeth Rogula',
      'Michael Savory',
      'John Stuttard',
    ]);
    expect(names(text)).toEqual([]);
  });

  it('reads "Councillors A, B, O\'Neill and C" as surnames', () => {
    // https://democracy.westlancs.gov.uk/ieIssueDetails.aspx?IId=19526&Opt=3
    const text =
      "Meeting: 05/04/2023 - Council (Item 92)\n\nApologies for absence were received from Councillors Gregson, Hirrell, O'Neill, Marshall and Witter.\n\nThe Mayor advised that Amy Nelson, who had received the Rotary Junior Award, was in attendance at the meeting.\n";
    expect(apologies(text)).toEqual(['Gregson', 'Hirrell', "O'Neill", 'Marshall', 'Witter']);
    expect(names(text)).toEqual([]);
  });
});
