/**
 * A club's or volunteer group's report that names everyone present in one sentence of its
 * opening paragraph ("Those in attendance were Ann Lee, Historian Bo Hart and ..."), the offices
 * of a small society before the names. Every minute here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const names = (text: string): string[] => parseMinutes(text).attendees.map((a) => a.name);

describe('those present named in a sentence', () => {
  it.each([
    'The monthly meeting of the Friends of Elm Park was held on Tuesday, May 3, at the library. Those in attendance were Nora Vance, Historian Lyle Brandt, President Ida Moss and Volunteer Coordinator Gus Ferrell.',
    'Those present were Nora Vance, Lyle Brandt, Ida Moss and Gus Ferrell.',
    'The club met on May 3 at the hall. Members present were Nora Vance, Lyle Brandt, Ida Moss, and Chaplain Gus Ferrell. The meeting was called to order at 7 p.m.',
    'Those attending included Nora Vance, Lyle Brandt, Treasurer Ida Moss and Gus Ferrell.',
  ])('%s', (opening) => {
    expect(
      names(
        `${opening}\nThe minutes of the last meeting were approved.\nIda will order the seeds.\n`,
      ),
    ).toEqual(['Nora Vance', 'Lyle Brandt', 'Ida Moss', 'Gus Ferrell']);
  });

  it('takes nobody from a sentence about those present', () => {
    expect(
      names(
        'Garden Club minutes, May 3.\nThose present were reminded that Nora Vance will collect the subscriptions.\nThe minutes were approved.\n',
      ),
    ).not.toContain('Nora Vance');
  });
});
