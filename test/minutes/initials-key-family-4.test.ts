/**
 * A list with no heading, one person a line, the initials the notes will use in a column of
 * their own before the name with no dash after them ("AC Cllr. Ann Cole (Chair)", "GB\tGeorgia
 * Bell (Arun DC)"), a title before the name. Every minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const attendees = (text: string) =>
  parseMinutes(text).attendees.map((a) => `${a.name} ${a.initials ?? ''}`.trim());

const meeting = (list: string) =>
  `Eastbrook Community Safety Partnership minutes 12 May 2022\n\nThursday 12 May 2022 – 10.00am\n\nMS Teams virtual meeting\n\n\n${list}\n\nApologies received:\n\nDora Quill (Probation Service)\n\nAgenda item 1\n\nAC welcomed everyone to the meeting.\n`;

describe('initials before the name, no dash', () => {
  it.each([
    [
      'AC Cllr. Ann Cole (Chair)\nGB Georgia Bell (Eastbrook DC)\nTR Tom Reed (Fire Service)\nHP Hari Patel (Police)',
      ['Ann Cole AC', 'Georgia Bell GB', 'Tom Reed TR', 'Hari Patel HP'],
    ],
    [
      'AC\tCllr Ann Cole (Chair)\nGB\tGeorgia Bell\nTR\tDr Tom Reed',
      ['Ann Cole AC', 'Georgia Bell GB', 'Tom Reed TR'],
    ],
    [
      'AC  Ann Cole\nGBe  Georgia Bell (Eastbrook DC)\nTR  Mr Tom Reed\nDO  Dax O’Connor',
      ['Ann Cole AC', 'Georgia Bell GBe', 'Tom Reed TR', "Dax O'Connor DO"],
    ],
  ])('%s', (list, expected) => {
    expect(attendees(meeting(list))).toEqual(expected);
  });

  it('takes no key of abbreviations for people', () => {
    const found = attendees(
      meeting('IT Information Technology\nHR Human Resources\nCSP Community Safety Partnership'),
    );
    expect(found).toEqual([]);
  });
});
