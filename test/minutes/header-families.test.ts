import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/minutes/dates.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';

// Invented minutes, several variants of each family of head: the date of this meeting, the next
// meeting and the board's name. No text is any real body's; the shapes are the ones minutes use.

const BODY =
  'Present: Alan Birch (Chair), Carol Dunn, Edward Fry\n\n1. Apologies\nNone.\n\n2. Matters arising\nCD to circulate the plan.\n';

const head = (text: string) => {
  const d = parseMinutes(text);
  return { date: d.meeting?.date ?? null, next: d.nextMeeting?.date ?? null, board: d.board };
};
const dateOf = (top: string, rest = BODY) => head(`${top}\n\n${rest}`).date;
const boardOf = (top: string, rest = BODY) => head(`${top}\n\n${rest}`).board;
const nextOf = (top: string, tail: string) => head(`${top}\n\n${BODY}\n${tail}\n`).next;

describe('dates as minutes write them', () => {
  it.each([
    ['Held on 18.01.16 at the Library', '2016-01-18'],
    ['Held on 28.6.12 at the Library', '2012-06-28'],
    ['Held on 18/01/2016 at the Library', '2016-01-18'],
    ['Held on 2016-01-18 at the Library', '2016-01-18'],
    ['Held on Jan. 21, 2019 at the Library', '2019-01-21'],
    ['Held on November 8, 2012 at the Library', '2012-11-08'],
    ['Held on 8th November 2012 at the Library', '2012-11-08'],
    ['Held on 7 th April 2015 at the Library', '2015-04-07'],
    ['Minutes of the meeting held on 4thMarch2014', '2014-03-04'],
    ['Held on 22ndJune 2016', '2016-06-22'],
    ['Held on Thursday 7 th April 2016, 7pm', '2016-04-07'],
  ])('reads "%s"', (line, date) => {
    expect(dateOf(`Greyfield Allotments Committee\n${line}`)).toBe(date);
  });

  it.each([
    ['Held on 14-01-2019 at the Library', '2019-01-14'],
    ['Held on 14-Jan-2019 at the Library', '2019-01-14'],
    ['Held on 14-Jan-19 at the Library', '2019-01-14'],
    ['Date: 14 Jan 19', '2019-01-14'],
    ['Date: 14 Jan 19, 7.30pm', '2019-01-14'],
    ['Held on 2019.01.14', '2019-01-14'],
    ['Held on 2019/01/14', '2019-01-14'],
  ])('reads dashes and short years: "%s"', (line, date) => {
    expect(dateOf(`Greyfield Allotments Committee\n${line}`)).toBe(date);
  });

  it.each([
    ['5th – 6th June 2019, Lakeside Hotel', '2019-06-05'],
    ['5-6 June 2019', '2019-06-05'],
    ['Thursday 5 & Friday 6 June 2019', '2019-06-05'],
    ['Thursday 5 and Friday 6 June 2019', '2019-06-05'],
    ['June 5-6, 2019', '2019-06-05'],
  ])('dates a meeting over two days by its first: "%s"', (line, date) => {
    expect(dateOf(`Greyfield Allotments Committee\nAway day\n${line}`)).toBe(date);
  });

  it('does not read a page or item number before a date as the first day of a range', () => {
    expect(findDate('Page 2 - 14 January 2019')?.date).toBe('2019-01-14');
    expect(findDate('Item 4 – 6 June 2019')?.date).toBe('2019-06-06');
  });

  it('does not read a number after a month as a short year, nor a date inside a longer number run', () => {
    expect(findDate('on 5 June 10 people came')).toBeNull();
    expect(findDate('Thursday 5 June 10am')).toBeNull();
    expect(findDate('about1999-10-01-2020-min')).toBeNull();
  });

  it.each([
    ['Minutes of the meeting held on the 3rd day of March 2015 at the Hall', '2015-03-03'],
    ['At a meeting held on the 21st day of October, 2019 in the Pavilion', '2019-10-21'],
    ['Held this 9th day of July 2018', '2018-07-09'],
  ])('reads "the Nth day of Month Year": "%s"', (line, date) => {
    expect(dateOf(`Marsh End Parish Council\n${line}`)).toBe(date);
  });

  it.each([
    ['Date: 12 March 2024', '2024-03-12'],
    ['Date: Tuesday, 12th March 2024', '2024-03-12'],
    ['DATE: 12/03/2024   TIME: 10.00am', '2024-03-12'],
    ['Date of meeting: 12.03.24', '2024-03-12'],
  ])('reads a "Date:" line: "%s"', (line, date) => {
    expect(dateOf(`Rowan Valley Carers Forum\nMinutes\n${line}\nVenue: Rowan Centre`)).toBe(date);
  });

  it.each([
    [
      'Meeting held at the Old Forge, Church Lane, on Wednesday 5 June 2019 at 7.30pm',
      '2019-06-05',
    ],
    ['Meeting held at Kestrel House on 14/11/2021', '2021-11-14'],
    ['Meeting held via Zoom on 3rd February 2021', '2021-02-03'],
  ])('reads "Meeting held at ... on ...": "%s"', (line, date) => {
    expect(dateOf(`Harbour Users Group\n${line}`)).toBe(date);
  });

  it.each([
    ['Heath Lane Residents Association – 4 May 2023', '2023-05-04'],
    ['Heath Lane Residents Association Minutes 04/05/2023', '2023-05-04'],
    ['MINUTES OF THE HEATH LANE RESIDENTS ASSOCIATION, MAY 4, 2023', '2023-05-04'],
    ['Heath Lane Residents Association | Minutes | 4 May 2023', '2023-05-04'],
    ['Heath Lane Residents Association\tMeeting\t04.05.23', '2023-05-04'],
  ])('reads a date in the title line: "%s"', (line, date) => {
    expect(dateOf(line)).toBe(date);
  });

  it.each([
    ['Tuesday 10 October 2023, 10.00am – 12.00pm, Room 4', '2023-10-10'],
    ['10 October 2023 10:00-12:30', '2023-10-10'],
    ['10.10.2023 (10.00am – 12.00pm)', '2023-10-10'],
    ['Tuesday 10th October 2023 from 2pm to 4pm', '2023-10-10'],
  ])('reads a date with a time or time range beside it: "%s"', (line, date) => {
    expect(dateOf(`Southmoor Schools Forum\n${line}`)).toBe(date);
  });

  describe('a weekday and day without a year take the year from elsewhere in the document', () => {
    it('from the heading', () => {
      expect(
        dateOf('Oakridge Tenants Panel 2025\nMinutes of the meeting on Tuesday 29th April'),
      ).toBe('2025-04-29');
    });
    it('from the heading, with "the Nth day of"', () => {
      expect(
        dateOf('Oakridge Tenants Panel 2025\nHeld on Tuesday the 29th day of April at 6pm'),
      ).toBe('2025-04-29');
    });
    it('from a footer', () => {
      expect(
        dateOf(
          'Oakridge Tenants Panel\nMinutes of the meeting on Thursday 6th March',
          `${BODY}\nOakridge Tenants Panel minutes, March 2025\n`,
        ),
      ).toBe('2025-03-06');
    });
    it('from the next-meeting line', () => {
      expect(
        dateOf(
          'Oakridge Tenants Panel\nMonday, 2 June',
          `${BODY}\nDate of next meeting: 7 July 2025\n`,
        ),
      ).toBe('2025-06-02');
    });
    it('without a weekday, from the only year the document names, on a line that dates the meeting', () => {
      expect(dateOf('Oakridge Tenants Panel 2025\nMinutes – 14 January')).toBe('2025-01-14');
      expect(
        dateOf(
          'Oakridge Tenants Panel\nMeeting held on 14th January',
          `${BODY}\nDate of next meeting: 11 February 2025\n`,
        ),
      ).toBe('2025-01-14');
      expect(
        dateOf(
          'Oakridge Tenants Panel\nDate: 3rd of March',
          `${BODY}\nOakridge Tenants Panel, 2024\n`,
        ),
      ).toBe('2024-03-03');
    });
    it('but not when the document names several years, nor from a sentence about another event', () => {
      expect(
        dateOf(
          'Oakridge Tenants Panel\nMeeting held on 14th January',
          `${BODY}\nThe 2024 accounts and the 2025 budget were noted.\n`,
        ),
      ).toBeNull();
      expect(
        dateOf(
          'Oakridge Tenants Panel',
          `${BODY}\nTwo members attended the regional tenants conference held on 21 March and it was agreed that a note of it would be circulated in 2025.\n`,
        ),
      ).toBeNull();
    });
    it('but takes none when the weekday fits no year the document names', () => {
      expect(
        dateOf(
          'Oakridge Tenants Panel\nMinutes of the meeting on Friday 29th April',
          `${BODY}\n2025\n`,
        ),
      ).toBeNull();
    });
  });

  describe('the date of this meeting, not another date in the head', () => {
    it('not the previous meeting in an approval line above the heading date', () => {
      expect(
        dateOf(
          'Brookside Patient Group\nMinutes of the previous meeting (12 January 2022) were agreed.\nMeeting held on 9 March 2022',
        ),
      ).toBe('2022-03-09');
    });
    it('not a report date before the meeting date', () => {
      expect(
        dateOf(
          'Brookside Patient Group\nReport published 1 March 2022\nMeeting held on 9 March 2022',
        ),
      ).toBe('2022-03-09');
    });
    it('not a URL or a "printed on" footer line', () => {
      expect(
        dateOf(
          'https://example.org/minutes/2021-12-01/brookside\nBrookside Patient Group\nPrinted on 02/02/2022\nDate: 9 March 2022',
        ),
      ).toBe('2022-03-09');
    });
    it('not the date the minutes were approved on', () => {
      expect(
        dateOf(
          'Brookside Patient Group\nApproved: 11 May 2022\nMinutes of the meeting held on 9 March 2022',
        ),
      ).toBe('2022-03-09');
      expect(
        dateOf(
          'Brookside Patient Group\nApproved at the meeting of 11 May 2022\nMeeting held on 9 March 2022',
        ),
      ).toBe('2022-03-09');
    });
    it('not the next meeting in a short document', () => {
      expect(
        dateOf(
          'Brookside Patient Group\nMinutes of the meeting held on 9th March',
          `${BODY}\nDate of next meeting: 11 May 2022\n`,
        ),
      ).toBe('2022-03-09');
    });
    it("not an email's own Date: header", () => {
      expect(
        dateOf(
          'From: Jo Bloggs <jo@example.org>\nDate: Tue, 16 Mar 2021 21:04:11 +0000\nSubject: Brookside Patient Group minutes, March 9th\n\nBrookside Patient Group',
          `${BODY}\nNext meeting in 2021.\n`,
        ),
      ).toBe('2021-03-09');
      expect(
        dateOf(
          '---- Forwarded message ----\nFrom: Jo Bloggs\nDate: Fri, 13 Mar 2020 at 17:40\nSubject: minutes of meeting',
        ),
      ).toBeNull();
    });
    it('none for a log over many meetings', () => {
      expect(
        dateOf(
          'Greyfield Trust decision log: March 2021 – May, 2022\nDate: 4 March, 2021\nItem: Budget',
        ),
      ).toBeNull();
      expect(
        dateOf(
          'Action tracker\nMeeting Date | Action | Owner | Status\n03/02/21 | Write to the council | AB | Open\n14/04/21 | Book the hall | CD | Done\n09/06/21 | Renew the lease | EF | Open',
        ),
      ).toBeNull();
    });
    it('but keeps the date of a one-meeting action log with a "Meeting date" column', () => {
      expect(
        dateOf(
          'Greyfield Carers Forum\nMinutes of the meeting held on 3 February 2021\nMeeting Date | Action | Owner\n03/02/21 | Write to the council | AB',
        ),
      ).toBe('2021-02-03');
    });
    it('not a deadline in an action line of the head', () => {
      expect(
        dateOf(
          'Brookside Patient Group\nDeadline for comments 31 March 2022\nMinutes of the meeting held on 9 March 2022',
        ),
      ).toBe('2022-03-09');
    });
  });
});

describe('numeric dates in the order the document writes them', () => {
  const us = (top: string, tail: string) =>
    head(`Village of Elm Grove Board of Trustees\n${top}\n\n${BODY}\n${tail}\n`);
  it('reads an ambiguous date month first when the document writes others month first', () => {
    expect(
      us('Regular Meeting 02/04/2019', 'Claims paid through 1/31/2019.\nNext meeting: 03/04/2019'),
    ).toMatchObject({
      date: '2019-02-04',
      next: '2019-03-04',
    });
    expect(us('Meeting of 3/5/19', 'Permit 4/22/19 approved.')).toMatchObject({
      date: '2019-03-05',
    });
  });
  it('keeps day first when the document writes others day first, or gives no sign', () => {
    expect(us('Meeting 02/04/2019', 'Invoice of 21/03/2019 paid.')).toMatchObject({
      date: '2019-04-02',
    });
    expect(us('Meeting 02/04/2019', 'Nothing else dated.')).toMatchObject({ date: '2019-04-02' });
    expect(us('Meeting 02/04/2019', 'Dated 21/03/2019 and 3/22/2019.')).toMatchObject({
      date: '2019-04-02',
    });
  });
});

describe('a heading that names the meeting twice', () => {
  it.each([
    [
      'Minutes of the meeting of the Village Hall and Recreation Ground Charity Trustee meeting held on 21st July 2015',
      '2015-07-21',
    ],
    [
      'Minutes of a meeting of the Fernhill Allotments Committee meeting held on 3 May 2022',
      '2022-05-03',
    ],
  ])('dates "%s" by its own held-on date', (top, date) => {
    expect(dateOf(top)).toBe(date);
  });
});

describe('the next meeting', () => {
  const top = 'Fernhill Community Council\nMinutes of the meeting held on 14 September 2022';
  it.each([
    ['Date of next meeting: 12 October 2022', '2022-10-12'],
    ['Date of Next Meeting\nWednesday 12th October 2022 at 7pm, Fernhill Hall', '2022-10-12'],
    ['Next meeting: 12/10/2022', '2022-10-12'],
    ['NEXT MEETING – Wednesday, October 12, 2022', '2022-10-12'],
    ['The next meeting will be held on Wednesday 12 October 2022 at 7pm.', '2022-10-12'],
    ['8. Date of next meeting\nThe next meeting will be held on 12.10.22.', '2022-10-12'],
    ['9 DATE OF NEXT MEETING – 12.10.22', '2022-10-12'],
    ['9.2 Next meeting: 12 October 2022', '2022-10-12'],
    ['DONM: 12/10/2022', '2022-10-12'],
    ['D.O.N.M. – Wednesday 12 October 2022, 7pm', '2022-10-12'],
  ])('reads "%s"', (tail, date) => {
    expect(nextOf(top, tail)).toBe(date);
  });

  it.each([
    ['Date and venue of next meeting: 12 October 2022, Fernhill Hall', '2022-10-12'],
    ['Time, date and place of the next meeting\n7pm, 12 October 2022, Fernhill Hall', '2022-10-12'],
    ['Meeting closed at 9.05pm. Next meeting Wednesday 12 October 2022.', '2022-10-12'],
    ['The Council will next meet on 12 October 2022.', '2022-10-12'],
    ['Members agreed to meet again on Wednesday 12th October 2022 at 7pm.', '2022-10-12'],
  ])('reads the next meeting said another way: "%s"', (tail, date) => {
    expect(nextOf(top, tail)).toBe(date);
  });

  it.each([
    ['Date of next meeting: TBC\n\nSigned: ____________ Date: 20/09/2022'],
    ['Date of next meeting: to be confirmed\n10 October 2022 deadline for the newsletter'],
    ['Date of next meeting\nSigned (Chair) .......... 21.09.22'],
    ['The planning working group will meet again on 21 September 2022.'],
  ])('takes no next meeting from a signature, a "TBC" or a working group: %#', (tail) => {
    expect(nextOf(top, tail)).toBeNull();
  });

  it.each([
    ['Date of next meeting: Wednesday 12th October', '2022-10-12'],
    ['The next meeting will be held on 12 October at 7pm.', '2022-10-12'],
    ['Next meeting: January 11th', '2023-01-11'],
    ['The next meeting will be held on the 12th day of October at 7pm.', '2022-10-12'],
  ])('reads one without a year as the first after this meeting: "%s"', (tail, date) => {
    expect(nextOf(top, tail)).toBe(date);
  });

  it.each([
    ['Future meeting dates\n13 July 2022\n12 October 2022\n11 January 2023', '2022-10-12'],
    ['Future Meeting Dates: 13 July 2022, 12 October 2022, 11 January 2023', '2022-10-12'],
    [
      'Dates of future meetings\n- Wednesday 12 October 2022\n- Wednesday 11 January 2023',
      '2022-10-12',
    ],
    ['Dates of next meetings: 12 October 2022 and 11 January 2023', '2022-10-12'],
    ['Future meetings: 13 July 2022, 12 October 2022', '2022-10-12'],
    ['Next meeting dates 2022\n14 September\n12 October\n9 November', '2022-10-12'],
    ['Meeting dates for 2022/23:\n13 July 2022\n14 September 2022\n12 October 2022', '2022-10-12'],
  ])('takes the first future meeting date after this meeting: %#', (tail, date) => {
    expect(nextOf(top, tail)).toBe(date);
  });
});

describe('the board name from the heading', () => {
  it.each([
    [
      'The Footpaths Working Group of Millbrook Town Council met on 3 May 2022 to walk the routes.',
      'Footpaths Working Group',
    ],
    ['The Millbrook Allotment Society met on Tuesday 3 May 2022.', 'Millbrook Allotment Society'],
    ['The Chair and the Clerk met on 3 May 2022 to agree the agenda.', null],
    [
      'Meeting: Millbrook Youth Offending Service Management Board\nDate: 3 May 2022',
      'Millbrook Youth Offending Service Management Board',
    ],
    [
      'Name of committee: Millbrook Licensing Committee\nDate: 3 May 2022',
      'Millbrook Licensing Committee',
    ],
  ])('reads the body that met from "%s"', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['Millbrook Youth Justice Board\nMinutes\nDate: 3 May 2022', 'Millbrook Youth Justice Board'],
    ['DRAFT\nMillbrook Youth Justice Board\n3 May 2022', 'Millbrook Youth Justice Board'],
    ['Public\nPart A\nMillbrook Youth Justice Board\n3 May 2022', 'Millbrook Youth Justice Board'],
    ['Page 1 of 5\nMillbrook Youth Justice Board\n3 May 2022', 'Millbrook Youth Justice Board'],
    [
      'Public Document Pack\nMillbrook Youth Justice Board\n3 May 2022',
      'Millbrook Youth Justice Board',
    ],
    ['Agenda Pack\nMillbrook Youth Justice Board\n3 May 2022', 'Millbrook Youth Justice Board'],
    [
      'In Public Millbrook Youth Justice Board Minutes\n3 May 2022',
      'Millbrook Youth Justice Board',
    ],
    [
      'Millbrook Youth Justice Board Meeting in Private\n3 May 2022',
      'Millbrook Youth Justice Board',
    ],
    ['Agenda item 4\nMillbrook Youth Justice Board\n3 May 2022', 'Millbrook Youth Justice Board'],
  ])('skips the furniture of the head: %#', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['Millbrook Youth Justice Board – Minutes\n3 May 2022', 'Millbrook Youth Justice Board'],
    ['Millbrook Youth Justice Board - Minutes - 3 May 2022', 'Millbrook Youth Justice Board'],
    ['Millbrook Youth Justice Board Meeting\n3 May 2022', 'Millbrook Youth Justice Board'],
    [
      'Minutes of the Millbrook Youth Justice Board Meeting held on 3 May 2022',
      'Millbrook Youth Justice Board',
    ],
    [
      'Minutes of the quarterly meeting of the Millbrook Youth Justice Board held on 3 May 2022',
      'Millbrook Youth Justice Board',
    ],
    [
      'Minutes of the ordinary meeting of the Eastwick Harbour Commissioners, 3 May 2022',
      'Eastwick Harbour Commissioners',
    ],
  ])('reads the name from the title line: "%s"', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['Minutes: Greyfield Allotments Committee, 14 January 2019', 'Greyfield Allotments Committee'],
    [
      'Notes – Greyfield Allotments Committee (Monday 14 January 2019)',
      'Greyfield Allotments Committee',
    ],
    [
      'Meeting of the Greyfield Allotments Committee held on 14 January 2019',
      'Greyfield Allotments Committee',
    ],
    [
      'Annual General Meeting of the Greyfield Allotments Society\n14 January 2019',
      'Greyfield Allotments Society',
    ],
    ['Greyfield Allotments Society AGM\n14 January 2019', 'Greyfield Allotments Society'],
    ['Minutes\nGreyfield Youth Board\n14 January 2019', 'Greyfield Youth Board'],
    ['DRAFT MINUTES\nGreyfield Youth Board\n14 January 2019', 'Greyfield Youth Board'],
    ['Greyfield Youth Board 2019\nMinutes – 14 January', 'Greyfield Youth Board'],
    [
      'Greyfield Youth Board 2023/24\nMinutes of the meeting held on 14 January 2024',
      'Greyfield Youth Board',
    ],
  ])('reads the name past a label or the kind of meeting: "%s"', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['NPC CALL 3/14/19 7:00PM Eastern', 'NPC'],
    ['Greyfield PPG meeting, 14 January 2019', 'Greyfield PPG'],
    ['Steering Group Call – 14.01.19', 'Steering Group'],
  ])('reads a name in letters when a date follows it: "%s"', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['Agenda item\n\nSchools Forum Work Programme 2024/25', 'Schools Forum'],
    ['Agenda item 7\nHealth and Wellbeing Board Forward Plan', 'Health and Wellbeing Board'],
    ['Rivermead Scrutiny Committee Terms of Reference', 'Rivermead Scrutiny Committee'],
  ])("reads the name that opens an item title on the body's own business: %#", (top, board) => {
    expect(boardOf(top, 'The Forum noted the report.\n')).toBe(board);
  });

  it("takes no name from an item title about another body's report", () => {
    expect(
      boardOf(
        'Agenda item\n\nYouth Justice Board Grant Conditions',
        'The Panel noted the report.\n',
      ),
    ).toBeNull();
  });

  it.each([
    [
      'At a meeting of the Joint Fire Authority for Kent and Medway held at Headquarters on 3 May 2022',
      'Joint Fire Authority for Kent and Medway',
    ],
    [
      'Meeting minutes from the Board of the National Seed Agency from 3rd May 2022 held online',
      'Board of the National Seed Agency',
    ],
    ['Greyfield Carers Forum Ltd\nPresent: Alan Birch', 'Greyfield Carers Forum Ltd'],
  ])('reads a body serving joined places, "minutes from", a company suffix: %#', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    [
      'Greyfield Carers Association Ltd\nMinutes of Executive Meeting on 3 May 2022',
      'Greyfield Carers Association Ltd',
    ],
    [
      'Greyfield Carers Forum\nMinutes of the Trustees meeting held on 3 May 2022',
      'Greyfield Carers Forum',
    ],
  ])('takes the organisation above a one-word kind of body in the title: %#', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it('keeps a named committee under a council heading', () => {
    expect(
      boardOf('Greyfield Town Council\nMinutes of the Planning Committee held on 3 May 2022'),
    ).toBe('Planning Committee');
  });

  it.each([
    ['Greyfield Library Board Agenda for Mon, April 21 2008, 2pm', 'Greyfield Library Board'],
    ['[greyfield-list] gnuGREY Board Meeting Minutes, Nov 5th', 'gnuGREY Board'],
    ['PS41 Greyfield PTA Executive meeting\nJuly 7, 2023', 'PS41 Greyfield PTA Executive'],
    ['Greyfield Project Team Meeting Minutes for March 15, 2018', 'Greyfield Project Team'],
    ['Marsh with Fenby Parish Council Portfolio Action Plan', 'Marsh with Fenby Parish Council'],
  ])('reads an agenda title, a list tag, letters and digits, a team, "with": %#', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it('takes no name from words glued by export ("theParish Council") or a number alone', () => {
    expect(boardOf('Minutes of theParish Council Meeting held on 2 July 2018')).toBeNull();
    expect(boardOf('Greyfield 2019 Board\n14 January 2019')).toBeNull();
  });

  it('takes no name from an earlier meeting named by its month', () => {
    expect(
      boardOf(
        'Present – Ann Bell (AB) Chair, Carl Dent (CD) and ten residents. Minutes of March Committee meeting – Agreed',
      ),
    ).toBeNull();
  });

  it.each([
    ['AGM Minutes 14 January 2019'],
    ['MINUTES OF THE MEETING OF PARISH COUNCIL HELD ON 14 JANUARY 2019'],
    ['NPC call notes'],
  ])('takes no name from letters that are the meeting, or a title without one: "%s"', (top) => {
    expect(boardOf(top)).toBeNull();
  });

  it.each([
    [
      'Working together for safer streets\nMillbrook Community Safety Partnership\nMinutes, 3 May 2022',
      'Millbrook Community Safety Partnership',
    ],
    [
      'Millbrook Community Safety Partnership\nWorking together for safer streets\nMinutes, 3 May 2022',
      'Millbrook Community Safety Partnership',
    ],
  ])('reads past a tagline above or below the name: %#', (top, board) => {
    expect(boardOf(top)).toBe(board);
  });

  it.each([
    ['Source: https://example.org/millbrook-board\n\nMinutes\n3 May 2022'],
    ['www.millbrook-youth-board.org.uk\nMinutes of the meeting\n3 May 2022'],
    ['14 High Street, Millbrook, MB1 2CD\nMinutes of the meeting held on 3 May 2022'],
    ['DRAFT\nMinutes\n3 May 2022'],
    ['Agenda item 6\nPart A\nPage 1 of 5'],
  ])('takes no name from a URL, an address or the furniture alone: %#', (top) => {
    expect(boardOf(top)).toBeNull();
  });
});
