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

describe('NHS and safeguarding boards: name, initials, role', () => {
  it('reads "Dr Avi Bhatia AB Clinical Chair": bare initials are the person\'s, not their role', () => {
    // https://joinedupcarederbyshire.co.uk/governing-body-meeting/governing-body-meeting-january-2022
    const text =
      'Derby and Derbyshire CCG Governing Body Meeting in Public\nHeld on 13th January 2022 via Microsoft Teams\nCONFIRMED\nPresent:\nDr Avi Bhatia AB Clinical Chair\nDr Bruce Braithwaite BB Secondary Care Consultant\nRichard Chapman RCp Chief Finance Officer\nDr Chris Clayton CC Chief Executive Officer (part meeting)\nJill Dentith JD Lay Member for Governance\nMartin Whittle MWh Lay Member for Patient and Public Involvement / Vice Chair\nApologies:\nDr Penny Blackwell PB Governing Body GP\nDr Robyn Dewis RD Director of Public Health – Derby City Council\nIn attendance:\nHelen Hipkiss HH Director of Quality\nDawn Litchfield DL Executive Assistant to the Governing Body / Minute Taker\nGBP/2122/214: Welcome, Apologies & Quoracy\nDr Avi Bhatia (AB) welcomed members to the meeting.\n';
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'Avi Bhatia',
      'Bruce Braithwaite',
      'Richard Chapman',
      'Chris Clayton',
      'Jill Dentith',
      'Martin Whittle',
      'Helen Hipkiss',
      'Dawn Litchfield',
    ]);
    expect(draft.attendees.map((a) => a.initials)).toEqual([
      'AB',
      'BB',
      'RCp',
      'CC',
      'JD',
      'MWh',
      'HH',
      'DL',
    ]);
    expect(draft.attendees[0]!.role).toBe('Clinical Chair');
    // "Governing Body" ends a role; it is not a person.
    expect(draft.apologies).toEqual(['Penny Blackwell', 'Robyn Dewis']);
  });

  it('reads "Name (XX) Role" and stops at the minute reference "GBP/2223/001:"', () => {
    // https://joinedupcarederbyshire.co.uk/?p=9622
    const text =
      'Derby and Derbyshire CCG Governing Body Meeting in Public\nHeld on 7 th April 2022 via Microsoft Teams\nCONFIRMED\nPresent:\nDr Avi Bhatia (AB) Clinical Chair\nRichard Chapman (RC) Chief Finance Officer\nMartin Whittle (MWh) Lay Member for Patient and Public Involvement / Vice Chair\nApologies:\nJill Dentith (JD) Lay Member for Governance\nJohn MacDonald (JM) Chair, ICB\nIn attendance:\nJulian Corner (JC) ICB Non-Executive Member – Strategy Planning and Commissioning and Patient Partnership\nDawn Litchfield (DL) Executive Assistant to the Governing Body / Minute Taker\nGBP/2223/001: Welcome, Apologies & Quoracy\nDr Avi Bhatia (AB) welcomed members to the meeting.\n';
    expect(names(text)).toEqual([
      'Avi Bhatia',
      'Richard Chapman',
      'Martin Whittle',
      'Julian Corner',
      'Dawn Litchfield',
    ]);
    expect(apologies(text)).toEqual(['Jill Dentith', 'John MacDonald']);
    const dawn = parseMinutes(text).attendees.find((a) => a.name === 'Dawn Litchfield');
    expect(dawn?.role ?? '').not.toMatch(/GBP|Welcome/);
  });

  it('reads a table flattened with " / " under a "Name / Title & Organisation" header row', () => {
    // https://docsbay.net/15th-meeting-of-the-safeguarding-board-for-northern-ireland
    const text =
      '15th Meeting of the Safeguarding Board for Northern Ireland\n\nTo be held on 26th March 2015 at 3.00pm-5.03pm,\n\nThe Spinning Room, Mossley Mill\n\n\nName / Title & Organisation / Present / Apology\nGlenys Johnston / Independent Chair Safeguarding Board for Northern Ireland / \nNeil Anderson / National Head of Service for N. Ireland NSPCC / \nDr John Devaney / CMR Panel Chair / \nKieran Downey / Executive Director WHSCT / By Phone\nD/Chief Superintendent George Clarke / PSNI / \nIn Attendance\nSharon Beattie / Director of Operations SBNI\nLisa McEneaney / Minute Taker\nDr Bridie Pilkington / Independent Safeguarding Panel Chair\n\nSummary of Actions\n';
    expect(names(text)).toEqual([
      'Glenys Johnston',
      'Neil Anderson',
      'John Devaney',
      'Kieran Downey',
      'George Clarke',
      'Sharon Beattie',
      'Lisa McEneaney',
      'Bridie Pilkington',
    ]);
  });

  it('reads a table exported column by column: the names, then their titles', () => {
    // https://studylib.net/doc/6797658/9-january-2015-board-meeting-minutes
    const text =
      'BM13-01/15M\n13th Meeting of the Safeguarding Board for Northern Ireland\nTo be held on 9th January 2015 at 2.00pm,\nThe Spinning Room, Mossley Mill Newtownabbey\nPUBLIC\nMINUTES-\nRECORD\nOF\nAT T E N D AN C E\nName\nTitle & Organisation\nGlenys Johnston\nNeil Anderson\nDr John Devaney\nPaul Douglas\nACC Mark Hamilton\nChair Safeguarding Board for Northern Ireland\nNational Head of Service for N. Ireland NSPCC\nCMR Panel Chair\nLay Member\nPSNI\nPresent\nApology\n\n\n\nIn Attendance\nSharon Beattie\nMargaret Burke\nDirector of Operations SBNI\nProfessional Officer SBNI\nBoard Meeting 13 – 09.01.15 Public Minutes v0.2\n';
    const found = names(text);
    expect(found).toEqual([
      'Glenys Johnston',
      'Neil Anderson',
      'John Devaney',
      'Paul Douglas',
      'Mark Hamilton',
      'Sharon Beattie',
      'Margaret Burke',
    ]);
    expect(found).not.toContain('Northern Ireland');
  });
});

describe('US councils', () => {
  it('drops pleading-paper line numbers: "15 Present: Teresa Barrett; David Glass;"', () => {
    // https://petalumadocs.cityofpetaluma.net/WebLink/DocView.aspx?dbid=0&id=173896&repo=Petaluma
    const text =
      'MONDAY, DECEMBER 1, 2014\n8 CLOSED SESSION- 6:00 P.M.\n9\n10\n11 CALL TO ORDER-CLOSED SESSION\n12\n13 A. Roll Call\n14\n15 Present: Teresa Barrett; David Glass; Mike Harris; Mike Healy;\n16 Gabe Kearney; Kathy Miller\n17 Absent: Chris Albertson\n18\n19 CLOSED SESSION\n20\n';
    expect(names(text)).toEqual([
      'Teresa Barrett',
      'David Glass',
      'Mike Harris',
      'Mike Healy',
      'Gabe Kearney',
      'Kathy Miller',
    ]);
    expect(apologies(text)).toEqual(['Chris Albertson']);
  });

  it('reads "Present were Mayor Leiken and Councilors Lundberg, Wylie (by conference phone), ..."', () => {
    // https://laserfiche.springfield-or.gov/WebLink/DocView.aspx?dbid=0&id=581365&repo=City-of-Springfield-Laserfiche
    const text =
      'MINUTES OF THE REGULAR MEETING OF THE SPRINGFIELD CITY COUNCIL HELD MONDAY, MARCH 2, 2009\n\nATTENDANCE\nPresent were Mayor Leiken and Councilors Lundberg, Wylie (by conference phone), Leezer, Ralston, Woodrow and Pishioneri. Also present were City Manager Gino Grimaldi, Assistant City Manager Jeff Towery, City Attorney Joe Leahy, City Recorder Amy Sowa and members of the staff.\nPLEDGE OF ALLEGIANCE\nThe Pledge of Allegiance was led by Mayor Leiken.\n';
    expect(names(text)).toEqual([
      'Leiken',
      'Lundberg',
      'Wylie',
      'Leezer',
      'Ralston',
      'Woodrow',
      'Pishioneri',
      // The staff the sentence after the roll call names attended too.
      'Gino Grimaldi',
      'Jeff Towery',
      'Joe Leahy',
      'Amy Sowa',
    ]);
  });
});

describe('police and crime panels and council web minutes', () => {
  it('reads "Councillors K. Evans (Ceredigion County Council), ..." without the councils', () => {
    // http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4
    const text =
      'Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am\n\nItems\nNo. Item\n\n1.\n\nAPOLOGIES FOR ABSENCE AND PERSONAL MATTERS\n\nMinutes:\n\nApologies for absence were received from Councillors K. Evans (Ceredigion County Council), L. George (Powys County Council) and W. Powell (Powys County Council).\n\n \n\nThe Panel noted that Mrs J Woods, the Commissioner’s Chief Finance Officer had tendered her resignation.\n';
    expect(apologies(text)).toEqual(['K. Evans', 'L. George', 'W. Powell']);
  });

  it('reads apologies after the web page\'s "Minutes:" label', () => {
    // http://moderngov.cheshireeast.gov.uk/ieListDocuments.aspx?MId=7211
    const text =
      'Cheshire Police and Crime Panel\n\nApologies\n\nMinutes: Apologies were received from Mrs S Hardwick, Councillor A King, Councillor R Bisset and Councillor S Edgar.\n|\n|\nCode of Conduct - Declaration of Interests.\n';
    expect(apologies(text)).toEqual(['S Hardwick', 'A King', 'R Bisset', 'S Edgar']);
  });

  it('keeps a bracketed council out: "Cllr Sam Naylor (Cheshire West and Chester)"', () => {
    // https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=864&MId=10594&Ver=4
    const text =
      'Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nApologies were received from Cllr Sam Naylor (Cheshire West and Chester) and Cllr Rob Moreton (Cheshire East).\n\n2.\n\nAppointment of Chair for the 2024/25 Municipal Year\n';
    expect(apologies(text)).toEqual(['Sam Naylor', 'Rob Moreton']);
  });

  it('reads "Apologies for absence had been received from Cllrs. Denaro, ..."', () => {
    // http://worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=147&MId=1496&Ver=4
    const text =
      'Agenda and minutes\n\n187.\n\nApologies and Named Substitutes\n\nAdditional documents:\n\nMinutes:\n\nApologies for absence had been received from Cllrs. Denaro, Sahota, Turley and Wood.\n\nCllr. Wood had sent his apologies for his late arrival.\n';
    expect(apologies(text)).toEqual(['Denaro', 'Sahota', 'Turley', 'Wood']);
  });

  it('drops "Alderwoman" as it drops "Alderman"', () => {
    // https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=136673
    const text =
      'Minutes:\nApologies for absence were received from Alderman Sir Peter Estlin, Alderman Vincent Keaveny, Alderman Robert Howard, Alderwoman Jennette Newman and Alderman Sir Andrew Parmley.\n';
    expect(apologies(text)).toEqual([
      'Peter Estlin',
      'Vincent Keaveny',
      'Robert Howard',
      'Jennette Newman',
      'Andrew Parmley',
    ]);
  });
});

describe('lists with no heading, and names run together', () => {
  it('reads a bulleted list of titled people with no "Present" heading', () => {
    // https://council-example.wjps.co.uk/downloads.php?did=637&filename=Example+Parish+Council+Minutes
    const text =
      'Parish Council Meeting Minutes\n\nDate: April 18, 2024\nLocation: Village Hall\n\n\n  • Mr. John Smith (Chairperson)\n  • Mrs. Emily Johnson (Vice-Chairperson)\n  • Mr. Peter Thompson\n  • Mrs. Sarah Brown\n  • Mr. David Wilson\n\n\n  • None\n  1. Opening Remarks (Chairperson):\n    Mr. John Smith called the meeting to order at 7:00 PM and welcomed all attendees.\n';
    expect(names(text)).toEqual([
      'John Smith',
      'Emily Johnson',
      'Peter Thompson',
      'Sarah Brown',
      'David Wilson',
    ]);
  });

  it('splits "Mrs Wickens Richard Price" where the list names people by title and surname', () => {
    // https://docslib.org/doc/3964794/527-minutes-of-the-meeting-of-catfield-parish-council (corpus catfield-parish-council-2021-03-03, tune)
    const text =
      'PARISH COUNCIL\n\nAttendance: Dr Bacon in the Chair, Mr Harris, Mr Hill, Ms Johnson, Mr Jordan, Mr Read, Mrs Wickens Richard Price (County Councillor) and six members of the public.\n\n1. Apologies\n';
    expect(names(text)).toEqual([
      'Bacon',
      'Harris',
      'Hill',
      'Johnson',
      'Jordan',
      'Read',
      'Wickens',
      'Richard Price',
    ]);
  });

  it('keeps "Mr John Smith, Mrs Mary Anne Jones" whole when the list writes full names', () => {
    const text =
      'Parish Council\n\nPresent: Mr John Smith, Mrs Mary Anne Jones, Mr Peter Hill\n\n1. Apologies\n';
    expect(names(text)).toContain('Mary Anne Jones');
  });
});

describe('a column that marks each person present or not', () => {
  it('reads a P / A / N column by its legend: those marked A sent apologies, N did not attend', () => {
    // http://holmeschapelpc.tripod.com/full010404.html
    const text =
      'MINUTES OF THE PARISH COUNCIL MEETING\nThursday 1 April 2004 at 7.30 p.m.\nHolmes Chapel Primary School\nSubject |\nMinute |\nAction |\n1. Attendance |\nMr AC Rickards (Chairman) A Mr DR Peake (Vice-Chairman) P (in the chair) Mr JB Adams P Mrs J Booth P Mrs ME Coombs P Mrs DE Currie P Mr PJ Gregory A Mr TJ Howkins P Mrs IM Mackenzie P Mrs SJ Maddock A Mrs YD Moore P Mr RC Parry A County Councillor K Oliver N Borough Councillor J Brown N P = present, A = apology, N = non-attendance |\n|\n2. AC Rickards |\nThe Chairman of the Council had been in hospital.\n';
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'DR Peake',
      'JB Adams',
      'J Booth',
      'ME Coombs',
      'DE Currie',
      'TJ Howkins',
      'IM Mackenzie',
      'YD Moore',
    ]);
    expect(draft.apologies).toEqual(['AC Rickards', 'PJ Gregory', 'SJ Maddock', 'RC Parry']);
  });

  it('reads an "Apols" column run into one line: it marks the row it ends', () => {
    // https://pdfslide.net/documents/stockton-on-tees-local-safeguarding-apols-guests-rhona-bollands-rb-sbc-.html
    const text =
      "Minutes from SLSCB Board Meeting: 21 st April 2016 1 | Page STOCKTON-ON-TEES LOCAL SAFEGUARDING CHILDREN BOARD (SLSCB) 1. Attendance, Apologies & Governance SLSCB Members Title Representing Other Interests: Stockton-on-Tees or Tees Valley Partner- ships, Boards, Group etc. (Ch. denotes Chair, VCh Vice-Chair) Apols Dave Pickard (DP) LSCB Independent Chair SLSCB LSCB Chair Hartlepool Pauline Beall (PB) Business Manager MALAP (Multi Agency Looked After Part- nership) Stockton VCSE Safeguarding Forum Leanne Bain (LB) Lay Member Lesley Cooke (LC) Lay Member Eastern Ravens Trust Catalyst Apols Deborah Wray (DW) Lay Member Governor Bowesfield Primary School Apols Jane Humphreys (JH) Director of Children's Services Local Authority Health and Wellbeing Board (HWB)\n";
    const draft = parseMinutes(text);
    expect(draft.attendees.map((a) => a.name)).toEqual([
      'Dave Pickard',
      'Pauline Beall',
      'Leanne Bain',
      'Jane Humphreys',
    ]);
    expect(draft.apologies).toEqual(['Lesley Cooke', 'Deborah Wray']);
  });
});

describe('labelled lines in the meeting header', () => {
  it('reads "Chair: Jane Smith" and "Minutes Taken By: Alex Taylor" as attending', () => {
    // https://youth.leighlacy.co.uk/?p=285
    const text =
      'YouthBorders Public Protection Committee Meeting Minutes\nDate: 12 August 2025\nTime: 10:00 AM – 12:00 PM\nLocation: YouthBorders Community Hub / Online via Zoom\nChair: Jane Smith\nMinutes Taken By: Alex Taylor\n1. Welcome and Apologies\n-\nThe Chair welcomed all attendees.\n-\nApologies received from: Mark Lewis, Sarah O’Connor.\n2. Minutes of Previous Meeting\n';
    expect(names(text)).toEqual(['Jane Smith', 'Alex Taylor']);
  });

  it('does not take "Chair welcomed everyone" or a "Chair\'s Report" heading for a list', () => {
    const text =
      "Parish Council\n\nPresent: Cllr P Hill, Cllr A Hookham\n\nChair's Report\nThe Chair welcomed everyone and thanked Jane Smith for her work.\n";
    expect(names(text)).toEqual(['P Hill', 'A Hookham']);
  });
});
