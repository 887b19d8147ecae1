/**
 * "Honor to share ideas on ... (Action Register #156).": a bracket after the action that gives
 * its number in the board's action register ("Action Register #156", "Action Log ref 12",
 * "Action Tracker item 4b"), not its owner; the sentence says who does it. Every minute here is
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const minutes = (body: string) =>
  parseMinutes(
    `KAURI TRUST BOARD MEETING MINUTES – 9 AUGUST 2022\n\nATTENDEES: Rangi Walker, Honor Tait, Mele Fonua\n\n${body}\n`,
  );

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, owners: a.owners, written: a.ownersAsWritten }));

describe('an action register number in brackets', () => {
  it.each([
    ['Honor to share the survey questions with the board. (Action Register #156).', '#156'],
    ['Honor to share the survey questions with the board.\n(Action Register #156)', '#156'],
    ['Honor to share the survey questions with the board (Action Log ref 12).', '12'],
    ['Honor to share the survey questions with the board. (Action Tracker item 4b)', '4b'],
    ['Honor to share the survey questions with the board. (Action Register # 31)', '#31'],
  ])('%s', (line, ref) => {
    expect(brief(minutes(`2. Engagement\n${line}`))).toEqual([
      { ref, owners: ['Honor Tait'], written: 'Honor' },
    ]);
  });

  it('still reads an owner in the bracket', () => {
    expect(
      brief(
        minutes(
          `2. Engagement\nRangi to book the marae. (Action Register #40)\n\nShare the survey questions with the board. (Action: Mele)`,
        ),
      ),
    ).toEqual([
      { ref: '#40', owners: ['Rangi Walker'], written: 'Rangi' },
      { ref: null, owners: ['Mele Fonua'], written: 'Mele' },
    ]);
  });
});
