/**
 * A committee's running task list, one line each: its owners (first names or initials joined by
 * "and", ",", "/", "&"), a spaced dash, the task, then after further dashes its status ("Renae
 * and Fletcher - finish writing induction checklists - In progress"); a line may open with a
 * status emoji; closed lines ("... Complete", "Completed by JC", "- Done", "- We have decided to
 * keep it") are left out. Such a run is a list only when it has three lines or more and someone
 * owns two of them: "Sarah - Chair" attendance lines or "John - asked about the roof" notes are
 * not tasks. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `Makerspace Committee\n\nMinutes of the meeting held on 4 May 2024\n\nPresent: Odile Marsh, Pax Hill, Wren Ito, Sarah Lund, Tom Reyes, Ann Cole, John Dove, Mary Fenn\n\n3. Open items\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions.filter((a) => a.kind === 'explicit').map((a) => ({ text: a.text, owners: a.owners }));

describe('owner - task - status lines', () => {
  it('reads the open lines and leaves out the closed ones', () => {
    expect(
      brief(
        minutes(
          [
            'Wren - move the laser cutter to the back room - In progress',
            '❓ Wren and Odile - laminator safety audit is due - Not actioned',
            'Odile, Pax, Wren - draft a policy for guest passes - On hold',
            'Pax/Wren - send the insurance renewal to the treasurer.',
            'JT - tell the band about the noise rules. Complete',
            'Wren - fix the door buzzer with the landlord. Completed by JT',
            'Odile - price a new dust extractor - We have decided to wait until winter.',
            'Pax - update the wiki page - Done',
          ].join('\n'),
        ),
      ),
    ).toEqual([
      { text: 'Move the laser cutter to the back room', owners: ['Wren Ito'] },
      { text: 'Laminator safety audit is due', owners: ['Wren Ito', 'Odile Marsh'] },
      { text: 'Draft a policy for guest passes', owners: ['Odile Marsh', 'Pax Hill', 'Wren Ito'] },
      { text: 'Send the insurance renewal to the treasurer.', owners: ['Pax Hill', 'Wren Ito'] },
    ]);
  });

  // Each trap stands beside a task list of its own, which alone is read.
  const LIST =
    '4. Tasks\nPax - order the filament - In progress\nPax and Wren - clear the storage cage\nOdile - chase the landlord about the boiler';
  const TASKS = [
    { text: 'Order the filament', owners: ['Pax Hill'] },
    { text: 'Clear the storage cage', owners: ['Pax Hill', 'Wren Ito'] },
    { text: 'Chase the landlord about the boiler', owners: ['Odile Marsh'] },
  ];

  it.each([
    [
      '"Name - Role" attendance lines',
      'Sarah - Chair of the committee\nTom - Treasurer and membership secretary\nAnn - Secretary for this year',
    ],
    [
      'notes of who said what',
      'John - asked about the roof repairs\nMary - said the quote was too high\nJohn - thought we should wait',
    ],
    ['two lines alone', 'Wren - move the laser cutter\nWren - book the electrician next week'],
  ])('does not read %s', (_, trap) => {
    expect(brief(minutes(`${trap}\n\n${LIST}`))).toEqual(TASKS);
  });
});
