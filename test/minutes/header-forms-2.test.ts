import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

// Real openings of minutes as bodies publish them (each quoted from the page named above it),
// for the meeting date, the next meeting and the board name in their varied shapes.

const meetingDate = (text: string) => parseMinutes(text).meeting?.date ?? null;

describe('meeting date in the shapes real minutes write it', () => {
  it('reads a date glued to its words by web or PDF export ("2nd July2018at 7:30pm", "Tuesday12 June")', () => {
    // https://docsbay.net/minutes-of-theparish-council-meeting-held-in-goods-yard-house-on-2nd-july2018at-7-30pm
    expect(
      meetingDate(
        'Minutes of theParish Council Meeting held in Goods Yard House on 2nd July2018at 7:30pm\n\nPresent: Cllr R Nathan, Cllr C Burnett-Dick\n\n  2. To Approve Minutes from Parish Council meeting held on 5th June 2018.\n',
      ),
    ).toBe('2018-07-02');
    // https://docest.com/doc/566677/minutesameeting-of-highnam-parish-council
    expect(
      meetingDate(
        'Highnam Parish Council\n\nMinutesaMeeting of Highnam Parish Council\n\nheld in The Old School on Tuesday12 June 2012 at 7.30pm.\n\nPresent: Cllrs: M Heenan (Chairman), D Davies\n\n  1. Approval of the Minutes of the Meeting held on 8 May 2012\n',
      ),
    ).toBe('2012-06-12');
  });

  it('reads a US month-first date with a two-digit year ("ACT CALL 6/26/13 11:00AM")', () => {
    // https://wiki.ussocialforum.net/wiki.ussocialforum.net/wiki/Wednesday_June_26%2C_2013/index.html
    expect(
      meetingDate(
        'From US Social Forum Wiki\nJump to: navigation, search\n\nACT CALL 6/26/13 11:00AM Eastern, 90 minutes Facilitator: Walda Notetaker: Jackie\n\nOn call: Walda, Jen, Jackie, Jerome,\n',
      ),
    ).toBe('2013-06-26');
  });

  it('does not read a minute number "01/25/01 – Welcome" as 25 January 2001', () => {
    const d = parseMinutes(
      'Board Meeting in Public\n\n01/25/01 – Welcome, Apologies and Chairman’s Matters\n\n01/25/02\nDeclarations of interest\n',
    );
    expect(d.meeting?.date ?? null).toBeNull();
  });

  it('keeps "18.01.16" and "28.6.12" as day first', () => {
    expect(
      meetingDate('Steering Group minutes\n\nMeeting held 18.01.16\n\nPresent: Ann Lee\n'),
    ).toBe('2016-01-18');
  });

  it('reads "Title – October 1, 1999" deep inside a page flattened to one line', () => {
    // https://records.lexingtonma.gov/WebLink/DocView.aspx?dbid=0&id=289578&repo=TownOfLexington
    expect(
      meetingDate(
        'Loading...\nHomeMy WebLinkAbout1999-10-01-2020-min (Steering Committee) Meeting Notes Steering Committee – October 1, 1999 Members Present: Chuck Benson, Todd Burger, Helen Cohen, Robin DiGiammarino, Peter Enrich, Alan Lazarus, Paul Mammola, Peggy Perry Staff Present: Rick White Call to order\n',
      ),
    ).toBe('1999-10-01');
  });

  it('reads "Minutes of the Public Meeting held on Tuesday, 4 August 2020" late in a long PDF line', () => {
    // https://vdocuments.site/nlg20199-trust-board-of-directors-public-nlg20199-page-2-of-19-1-patientsa.html
    expect(
      meetingDate(
        '19\nNLG(20)199 TRUST BOARD OF DIRECTORS (PUBLIC) Minutes of the Public Meeting held on Tuesday, 4 August 2020 at 10.00 am Via Video Conference For the purpose of transacting the business set out below Present: Mr Terry Moran CB Chair Dr Peter Reading Chief Executive\n',
      ),
    ).toBe('2020-08-04');
  });

  it('passes over a web page listing many meeting dates to the one the notes are of', () => {
    // https://woodlandsmedical.co.uk/patient-group-minutes
    expect(
      meetingDate(
        'Patient Group Minutes of Meeting\n\nDownload Minutes from 2016 here\n\nMonday 12th December 2016\n\nDownload Minutes from 2017 here\n\nMonday 6th March 2017\n\nMonday 24th April 2017\n\nMonday 5th June 2017\n\nMonday 17th July 2017\n\nWoodlands Family Medical Centre\n\nNotes of a meeting of WPPG held on Monday 17th July 2017\n\nDoug (DL) - Chairman\n',
      ),
    ).toBe('2017-07-17');
  });

  it('keeps the heading date when the same date is repeated and an earlier meeting is approved', () => {
    // https://gardencityfire.us/2013/08/
    expect(
      meetingDate(
        'Board Meeting Minutes – July 18, 2013\n\nGarden City Fire District\n\nBoard Meeting\n\nJuly 18, 2013\n\nBoard Members in Attendance:  Terry Allen, Christina Gracey\n\n Approval of Past Minutes:  Motion to approve minutes of July 10, 2013 special meeting with changes submitted by Randall, 2nd by Christina, vote was unanimous.\n',
      ),
    ).toBe('2013-07-18');
  });

  it('reads "Date: April 18, 2024" and not the previous meeting\'s date', () => {
    // https://council-example.wjps.co.uk/downloads.php?did=637&filename=Example+Parish+Council+Minutes
    expect(
      meetingDate(
        'Example Parish Council Minutes\n\nPrint Document\n\nParish Council Meeting Minutes\n\nDate: April 18, 2024\nLocation: Village Hall\n\n  2. Approval of Previous Minutes:\n    The minutes of the previous meeting held on March 15, 2024, were reviewed.\n',
      ),
    ).toBe('2024-04-18');
  });

  it('reads "Minutes of January 28, 2019 meeting" and its "Next meeting will be February 25, 2019."', () => {
    // https://berlinal.gov/2020/06/08/m2019-01-january-regular-meeting
    const d = parseMinutes(
      'Minutes of January 28, 2019 meeting\n- Meeting called to order by Mayor Bates at 7:04 pm.\n- Approved minutes of December 17, 2018 meeting. Motion by Donald Gunter, 2nd by Jimbo Quick. Passed 5-0.\n- Adjourned at 7:37pm.\n- Next meeting will be February 25, 2019.\n',
    );
    expect(d.meeting?.date).toBe('2019-01-28');
    expect(d.nextMeeting?.date).toBe('2019-02-25');
  });

  it('reads "held on October 30th 2023" and a yearless next meeting "Tuesday January 30th"', () => {
    // https://edemocracy.northyorks.gov.uk/documents/s28207/Minutesofmeetingheldonoct30th2023.docx.html?CT=2
    const d = parseMinutes(
      'Minutes of parish council meeting held on October 30th 2023\n\n1.       Apologises were received from Dr Andrew Phillips\n\n8.       There being no further business the meeting closed at 7.45 p.m.\n\nThe next meeting to be held on Tuesday January 30th at 7.00 pm in the Village Hall\n',
    );
    expect(d.meeting?.date).toBe('2023-10-30');
    expect(d.nextMeeting?.date).toBe('2024-01-30');
    expect(d.board).toBeNull();
  });

  it('reads "MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September" with the year from the page title', () => {
    // http://honinghampc.norfolkparishes.gov.uk/category/pc/minutes/page/2/
    const d = parseMinutes(
      'Meeting Minutes\n\nParish Council Meeting 12th Sept 2016 – Minutes\n\nMINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September at 7pm in the Village Hall.\n\nPresent were Mr D Bishop (Chairman), Mr R Human, Mrs L Human.\n',
    );
    expect(d.meeting?.date).toBe('2016-09-12');
    expect(d.board).toBe('Honingham Parish Council');
  });

  it('reads "TRESA public meeting, 7.30pm 16th May 2018" under an ISO-dated page title', () => {
    // http://www.tresa.org.uk/meeting-minutes-may-2018/
    expect(
      meetingDate(
        '2018-05-16 – Meeting Minutes\n\nTRESA public meeting, 7.30pm 16th May 2018, Totterdown Canteen\n\n1 – Opening\n\na. Apologies\nPresent: SH, BM, Cllr Jon Wellington\n',
      ),
    ).toBe('2018-05-16');
  });

  it('reads "Monday, January 27, 1992" under a body named over three lines', () => {
    // https://alair.ala.org/bitstream/handle/11213/4271/midwinter92-3.htm?sequence=1&isAllowed=y
    expect(
      meetingDate(
        'American Library Association\nNew Members Round Table\nExecutive Board Meeting\n\nMonday, January 27, 1992\n\nPRESENT\n\nThe New Members Round Table Executive Board Meeting was called to order by President James Mouw at 9:35 a. m.  on Monday, January 27, 1992 at the Marriott River Center.\n',
      ),
    ).toBe('1992-01-27');
  });
});

const suggested = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'suggested').map((a) => [a.ownersAsWritten, a.text]);

describe('implicit commitments in prose: the subject is someone the text names', () => {
  it('reads "Gareth will ..." when Gareth is in the attendance list', () => {
    // https://osmuk.org/?p=1328
    const d = parseMinutes(
      'Board Meeting 2020-04-06\n\n2020, Minutes\n\nAttending: Jez, Gareth, Adam\n\nApologies: Brian, Rob\n\nChair: Jez\nMinutes: Gareth\n\nQuarterly Project\nGareth created a loomio thread for Q2 project idea, There were few responses but GP + pharmacy top out of 3 responses. Agreed it is topical.\nGareth will find sources to work from and create wiki page.\n\nNeither applicants had been contacted due to directors availability\nAdam will contact applicant from Wigan.\nJez will contact applicant from Bexhill.\n',
    );
    // "... availability / Adam will contact ...": the line with no full stop before it ends its
    // sentence there, so Adam's is read too.
    expect(suggested(d)).toEqual([
      ['Gareth', 'Find sources to work from and create wiki page.'],
      ['Adam', 'Contact applicant from Wigan.'],
      ['Jez', 'Contact applicant from Bexhill.'],
    ]);
    expect(d.actions.every((a) => a.owners.length === 1)).toBe(true);
  });

  it('reads a first name with the attendee\'s full name in the list ("Carlos will contact Tony")', () => {
    // https://vantagehoa.org/2018/11/minutes-of-hoa-board-meeting-on-november-28-2018/
    const d = parseMinutes(
      "Minutes of HOA Board Meeting on November 28, 2018\n\nPresent: Earl Hughes, Eric Kerby, Carlos Chadha, Anna Urman\n\n- Santa's Visit: A volunteer is needed for organizing Santa's visit to the neighborhood. Carlos volunteered. Carlos will contact Tony for transition.\n",
    );
    expect(suggested(d)).toContainEqual(['Carlos', 'Contact Tony for transition.']);
    expect(d.actions.find((a) => a.ownersAsWritten === 'Carlos')?.owners).toEqual([
      'Carlos Chadha',
    ]);
  });

  it('does not take a first name nobody attending has for a person', () => {
    const d = parseMinutes(
      'Board Meeting 2020-04-06\n\nAttending: Jez, Gareth, Adam\n\nWigan will contact the applicant.\n',
    );
    expect(suggested(d)).toEqual([]);
  });

  it('reads "She will check and report." after a sentence that names her, and not after one that does not', () => {
    // Josephine Avenue JAG notes (tune corpus form): "LB thinks ... She will check and report."
    const named = parseMinutes(
      'Josephine Avenue JAG\n\nMinutes of the meeting held on 8 October 2008\n\nPresent: Lucy Brown (LB), Tom Hale (TH)\n\n1. Licensing\n\nLB thinks that consent was obtained before the council signed off the licence application. She will check and report back.\n',
    );
    expect(suggested(named)).toEqual([
      [
        'LB',
        'Check and report back: LB thinks that consent was obtained before the council signed off the licence application.',
      ],
    ]);
    // https://village-web.co.uk/arnesby/council/2007/mins280307-2.htm
    const unnamed = parseMinutes(
      'Arnesby Parish Council\n\nMinutes of the meeting held on 28 March 2007\n\nPresent:- Mrs Jenny Lees (Vice Chairman), David Johnson, Stuart Hurst\n\n(4) Matters Arising:-\nIt appears that very little can be done. Since this meeting the owner of Ruby Cottage has indicated a change. He will apply to retain the access road.\n',
    );
    expect(suggested(unnamed)).toEqual([]);
  });

  it('reads "We agreed that Kathleen would ask ..." and "Coun Mills agreed to ..."', () => {
    // https://seahamharbouru3a.org.uk/5214-2/
    const u3a = parseMinutes(
      'Committee meeting notes\n\nPresent: Gordon, Kathleen, Mabel, Joan\n\nWe agreed that Kathleen would ask Pauline Ramshaw if she was prepared to audit the accounts again.\n',
    );
    expect(suggested(u3a)).toEqual([
      ['Kathleen', 'Ask Pauline Ramshaw if she was prepared to audit the accounts again.'],
    ]);
    // https://www.worcesternews.co.uk/news/7499628.fladbury/
    const fladbury = parseMinutes(
      'Fladbury Parish Council\n\nMinutes of the meeting held on 8 October 2008\n\nPresent: Coun Mills, Coun Stephens, Coun Anderson\n\nFloodlighting Church Tower: Coun Mills agreed to attempt to obtain funding as it was felt that the temporary lighting of the church last Christmas was a success.\n\nPool Gardens: As recommended by the safety inspectorate, it was agreed that the hedge around the gardens should be reduced to about four feet.\n',
    );
    expect(suggested(fladbury)).toEqual([
      [
        'Coun Mills',
        'Attempt to obtain funding as it was felt that the temporary lighting of the church last Christmas was a success.',
      ],
    ]);
  });

  it('reads an office asked or undertaking to act ("The Clerk was asked to write ...", "..., the Assistant Town Clerk undertook to ...")', () => {
    // http://honinghampc.norfolkparishes.gov.uk/category/pc/minutes/page/2/
    const honingham = parseMinutes(
      'MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September 2016 at 7pm in the Village Hall.\n\nPresent were Mr D Bishop (Chairman), Mr R Human, Mrs L Human.\n\nHIGHWAYS AND FOOTPATHS. The Clerk was asked to write to Broadland District Council about the state of the footpath that leads out of the village to the east.\n',
    );
    expect(suggested(honingham)).toEqual([
      [
        'The Clerk',
        'Write to Broadland District Council about the state of the footpath that leads out of the village to the east.',
      ],
    ]);
    // http://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=60671
    const london = parseMinutes(
      'Agenda item\n\nQUESTIONS ON MATTERS RELATING TO THE WORK OF THE COMMITTEE\n\nMinutes:\n\nMembers questioned the merits of audio recording minutes.\n\nAfter further discussion, the Assistant Town Clerk undertook to report back to Committee on the above mentioned points.\n',
    );
    expect(suggested(london)).toEqual([
      ['The Assistant Town Clerk', 'Report back to Committee on the above mentioned points.'],
    ]);
  });

  it('does not suggest a chair announcing business, a resolution, or a report noted', () => {
    // https://democracy.basingstoke.gov.uk/ieListDocuments.aspx?CId=143&MeetingId=1715
    // http://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=61935
    const d = parseMinutes(
      'Agenda and minutes\n\nMinutes of the meeting held on 16 July 2020\n\nThe Chair will move that the minutes of the meeting be signed as a correct record.\n\nRESOLVED – That the content of the report be noted and that no change be made to the current arrangements.\n\nThe minutes of the meeting held on 16 July 2020 were confirmed as an accurate record and signed by the Mayor.\n',
    );
    expect(suggested(d)).toEqual([]);
  });

  it('does not suggest councillors at large invited to visit', () => {
    // https://docsbay.net/minutes-of-theparish-council-meeting-held-in-goods-yard-house-on-2nd-july2018at-7-30pm
    const d = parseMinutes(
      'Minutes of the Parish Council Meeting held on 2nd July 2018 at 7:30pm\n\nPresent: Cllr R Nathan, Cllr A Higgins, Cllr J Smith\n\n    The School correspondence invited Cllrs to visit was reiterated. Cllrs Nathan, Higgins and Smith showed interest in attending. The Clerk would contact the School to make arrangements.\n',
    );
    expect(suggested(d)).toEqual([['The Clerk', 'Contact the School to make arrangements.']]);
  });
});

const board = (text: string) => parseMinutes(text).board;

describe('board name from the heading, in capitals, run into a line, or not given', () => {
  it('reads a name in capitals followed by MEETING MINUTES or a date', () => {
    // https://lawsdocbox.com/amp/83806861-US_Government_Resources/J-consideration-and-possible-action-to-elect-the-secretary-of-the-parks-and-recreation-advisory-board.html
    expect(
      board(
        'SQUAW VALLEY PUBLIC SERVICE DISTRICT BOARD OF DIRECTORS MEETING MINUTES #820 November 29, 2016\n\nPresent: Ann Lee\n',
      ),
    ).toBe('Squaw Valley Public Service District Board of Directors');
    // https://vdocuments.site/nlg20199-trust-board-of-directors-public-nlg20199-page-2-of-19-1-patientsa.html
    expect(
      board(
        '19\nNLG(20)199 TRUST BOARD OF DIRECTORS (PUBLIC) Minutes of the Public Meeting held on Tuesday, 4 August 2020 at 10.00 am Via Video Conference\n',
      ),
    ).toBe('Trust Board of Directors');
  });

  it('drops "Unofficial" or "Draft" before the name', () => {
    // http://scttx.com/articles/unofficial-center-isd-board-trustees-minutes-special-called-meeting
    expect(
      board(
        'Unofficial Center ISD Board of Trustees Minutes of Special Called Meeting\n\nJanuary 15, 2019 - A special called meeting of the Board of Trustees of Center Independent School District (CISD) was held on Monday, January 14, 2019.\n',
      ),
    ).toBe('Center ISD Board of Trustees');
  });

  it('reads "Meeting Notes Steering Committee – October 1, 1999" from a page run into one line', () => {
    // https://records.lexingtonma.gov/WebLink/DocView.aspx?dbid=0&id=289578&repo=TownOfLexington
    expect(
      board(
        'Loading...\nHomeMy WebLinkAbout1999-10-01-2020-min (Steering Committee) Meeting Notes Steering Committee – October 1, 1999 Members Present: Chuck Benson, Todd Burger, Helen Cohen Staff Present: Rick White Call to order\n',
      ),
    ).toBe('Steering Committee');
  });

  it('gives no board for a kind of meeting alone ("Extra Ordinary Parish Council", "parish council meeting")', () => {
    expect(
      board(
        'Extra Ordinary Parish Council Meeting\n\nMinutes of the meeting held on 26 September 2017\n\nPresent: Cllr A Smith\n',
      ),
    ).toBeNull();
  });
});

describe('dates and names a web page or template puts round the minutes', () => {
  it('passes over a post byline ("By Rhonda Hudson,2014-06-23 08:07") to "Date: 25 July 2007"; the name from "Meeting Title:"', () => {
    // http://www.docsford.com/document/4323906
    const d = parseMinutes(
      'Meeting Notes Template\n\nBy Rhonda Hudson,2014-06-23 08:07\n19 views 0\nMeeting Notes Template\n\n     London Board meeting\n\n\nMeeting Title: London Safeguarding Children Board Meeting\n\n    thDate: 25 July 2007\n\n    Time: 1pm 3pm\n\n    Location: London Councils\n\n    Chaired by: Derek Myers (RB Kensington and Chelsea)\n',
    );
    expect(d.meeting?.date).toBe('2007-07-25');
    expect(d.board).toBe('London Safeguarding Children Board');
  });

  it('passes over "Saturday January 19, 2019 by" (when the page was posted) to the meeting\'s date', () => {
    // http://dakotaalano.org/minutes/2019/january-2019.aspx
    expect(
      meetingDate(
        'January 2019\n\ni Saturday January 19, 2019 by\n\n\n\nJANUARY 20, 2019 \n\n\n\nThe Board Meeting opened with the Serenity Prayer at 5:58 pm.\n\nBoard members present: John S., Andrea M., Martha D.\n',
      ),
    ).toBe('2019-01-20');
  });

  it('takes the date a dateline says the meeting "was held on"', () => {
    // http://scttx.com/articles/unofficial-center-isd-board-trustees-minutes-special-called-meeting
    expect(
      meetingDate(
        'Unofficial Center ISD Board of Trustees Minutes of Special Called Meeting\n\nJanuary 15, 2019 - A special called meeting of the Board of Trustees of Center Independent School District (CISD) was held on Monday, January 14, 2019, beginning at 6:00 p.m. at Center Independent School District Administration Building.\n',
      ),
    ).toBe('2019-01-14');
  });

  it('reads "13th Meeting of the Safeguarding Board for Northern Ireland To be held on 9th January 2015"', () => {
    // https://studylib.net/doc/6797658/9-january-2015-board-meeting-minutes
    const d = parseMinutes(
      'BM13-01/15M 13th Meeting of the Safeguarding Board for Northern Ireland To be held on 9th January 2015 at 2.00pm, The Spinning Room, Mossley Mill Newtownabbey PUBLIC MINUTES- RECORD OF AT T E N D AN C E Name Title & Organisation Glenys Johnston Neil Anderson\n',
    );
    expect(d.board).toBe('Safeguarding Board for Northern Ireland');
    expect(d.meeting?.date).toBe('2015-01-09');
  });

  it('reads the next meeting under a numbered heading "8. Date of Next Meeting"', () => {
    // https://youth.leighlacy.co.uk/?p=285
    const d = parseMinutes(
      'YouthBorders Public Protection Committee Meeting Minutes\nDate: 12 August 2025\nTime: 10:00 AM – 12:00 PM\nChair: Jane Smith\n2. Minutes of Previous Meeting\n-\nMinutes from the 10 July 2025 meeting were reviewed and approved.\n8. Date of Next Meeting\n-\nScheduled for 9 September 2025 at 10:00 AM, YouthBorders Community Hub.\n',
    );
    expect(d.meeting?.date).toBe('2025-08-12');
    expect(d.nextMeeting?.date).toBe('2025-09-09');
    expect(d.board).toBe('YouthBorders Public Protection Committee');
  });
});

describe('a committee deciding is not a person committing', () => {
  it('suggests nothing from "The Committee would be consulted", "agreed not to change", "resolved to move"; reads the yearless next meeting', () => {
    // https://www.parliament.uk/business/committees/committees-a-z/commons-select/finance-and-services-committee/formal-minutes/decisions-2012-13/fsc-130313/
    const d = parseMinutes(
      'Decisions 13 March 2013\n\nWednesday 13 March 2013 at 2pm in Committee Room 13\n\n\nMembers present:\n\nJohn Thurso (in the Chair)\nSir Paul Beresford\nGeoffrey Clifton-Brown\n\n1. Matters arising from the informal note\n\nThe Committee noted that the Commission had agreed with the Committee’s advice that more detailed analysis needed to be undertaken on catering prices before any changes were implemented.  The Committee would be consulted before the Commission returned to the issue in April.\n\n2. Publication of Committee papers\n\nThe Committee agreed not to change its current practice but would consider what additional information it might publish on an annual basis.\n\n3. Paperless working\n\nThe Committee resolved to move to electronic-only circulation of committee papers.\n\n6. Date and time of next meeting\n\nWednesday 24 April at 2.00pm.\n',
    );
    expect(d.meeting?.date).toBe('2013-03-13');
    expect(d.nextMeeting?.date).toBe('2013-04-24');
    expect(suggested(d)).toEqual([]);
  });

  it('reads "Earl plans to contact ..." when Earl is in the attendance list', () => {
    // https://vantagehoa.org/2018/11/minutes-of-hoa-board-meeting-on-november-28-2018/
    const d = parseMinutes(
      'Minutes of HOA Board Meeting on November 28, 2018\n\nPresent: Earl Hughes, Eric Kerby, Dave Balandrin, Liz Loevner\n\n- Storage Shed: Earl brought up the matter of whether to install a storage shed near the playground. Pros and cons of installing a shed were discussed. Earl plans to contact Hector Martinez to obtain an estimate on the work.\n',
    );
    expect(suggested(d)).toEqual([
      ['Earl', 'Contact Hector Martinez to obtain an estimate on the work.'],
    ]);
    expect(d.actions[0]?.owners).toEqual(['Earl Hughes']);
  });
});
