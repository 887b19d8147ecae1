/**
 * Action logs that a document-sharing site flattened into one paragraph: the header's column
 * names run together with single spaces, the rows run on after them on the same line, each
 * opening with the next ref. The ref column first, the owner before or after the action, refs
 * plain or coded, a number in a row's text that is not the next row, and what must not be
 * taken: prose that starts like a header, a header followed by no rows, furniture run on after
 * the last row. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Brookfield Community Trust\n\nMinutes of the board meeting held on 4 March 2025\n\nPresent: Jo Carr (JC), Pat Bell (PB), Jane Roe, Sam Hale (SH)\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, text: a.text, owners: a.owners, due: a.due?.date ?? null }));

describe('a log run together into one paragraph', () => {
  it('reads rows after a header that follows the log title, leaving a complete row out', () => {
    const d = minutes(
      'Action Log March 2025 Ref Action Owner Due Date Status 1 Write to the council about the car park JC 18.03.25 Open 2 Chase the insurance quote PB 01.03.25 Complete 3 Book the hall for the AGM Jane Roe 12.04.25 Ongoing',
    );
    expect(brief(d)).toEqual([
      {
        ref: '1',
        text: 'Write to the council about the car park',
        owners: ['Jo Carr'],
        due: '2025-03-18',
      },
      { ref: '3', text: 'Book the hall for the AGM', owners: ['Jane Roe'], due: '2025-04-12' },
    ]);
    expect(d.warnings.join(' ')).toMatch(/1 row\(s\) of the action log were already complete/);
  });

  it('reads an owner column before the action, and refs with a full stop', () => {
    expect(
      brief(
        minutes(
          'Page 1: No. Owner Action Deadline Status 1. SH Renew the hall lease 30.04.25 Open 2. PB Send the grant report to the funder 15.05.25 In progress',
        ),
      ),
    ).toEqual([
      { ref: '1', text: 'Renew the hall lease', owners: ['Sam Hale'], due: '2025-04-30' },
      {
        ref: '2',
        text: 'Send the grant report to the funder',
        owners: ['Pat Bell'],
        due: '2025-05-15',
      },
    ]);
  });

  it('reads coded refs and a header with no status column', () => {
    expect(
      brief(
        minutes(
          'Outstanding actions Action No. Action Lead Deadline AP7 Update the volunteer handbook JC 31.03.25 AP8 Arrange fire safety training for volunteers SH 30.06.25',
        ),
      ),
    ).toEqual([
      { ref: 'AP7', text: 'Update the volunteer handbook', owners: ['Jo Carr'], due: '2025-03-31' },
      {
        ref: 'AP8',
        text: 'Arrange fire safety training for volunteers',
        owners: ['Sam Hale'],
        due: '2025-06-30',
      },
    ]);
  });

  it('does not start a row at a number in the text that only looks like the next ref', () => {
    expect(
      brief(
        minutes(
          'Ref Action Owner Due Status 1 Order 2 Benches for the green PB 18.03.25 Open 2 Ask the school to share the car park JC 01.04.25 Open',
        ),
      ),
    ).toEqual([
      { ref: '1', text: 'Order 2 Benches for the green', owners: ['Pat Bell'], due: '2025-03-18' },
      {
        ref: '2',
        text: 'Ask the school to share the car park',
        owners: ['Jo Carr'],
        due: '2025-04-01',
      },
    ]);
  });

  it('leaves a last row out when page furniture ran on after it, and keeps those before', () => {
    expect(
      brief(
        minutes(
          'Ref Action Owner Due Status 1 Write to the council about the car park JC 18.03.25 Open 2 Chase the insurance quote PB 01.04.25 Open Printed 5 March 2025 by the office Page 1 of 3',
        ),
      ),
    ).toEqual([
      {
        ref: '1',
        text: 'Write to the council about the car park',
        owners: ['Jo Carr'],
        due: '2025-03-18',
      },
    ]);
  });

  it('takes no prose that opens like a header, nor a header with no rows after it', () => {
    const d = minutes(
      [
        'No action owner was named for the survey and it was left for the next meeting to decide.',
        '',
        'Ref Action Owner Due Status 1 The log was reviewed and everything on it is now finished.',
        '',
        'Ref Action Owner Due Status 1 Write to the council about the car park JC 18.03.25 Open',
      ].join('\n'),
    );
    expect(brief(d)).toEqual([
      {
        ref: '1',
        text: 'Write to the council about the car park',
        owners: ['Jo Carr'],
        due: '2025-03-18',
      },
    ]);
  });
});
