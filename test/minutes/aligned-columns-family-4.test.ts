/**
 * Space-aligned action tables (PDF text laid out by position) whose header names are centred
 * over their columns, so a row's action cell starts left of "Action", under "Ref"; refs in a
 * house style the ref pattern does not know ("Feb12-03"); and a text that stops inside its last
 * row, after the owner's cell began. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft } from '../../src/minutes/draft.ts';

const HEAD =
  'Orchard Lane Residents Group\n\nAction Points arising from the meeting held on 6 February 2012\n\nPresent: Nadia Quist (Chair), Owen Pryce, Leah Voss\n\n';

const brief = (d: Draft) =>
  d.actions
    .filter((a) => a.kind === 'explicit')
    .map((a) => ({ ref: a.ref, text: a.text, owners: a.owners }));

const HEADER =
  '   Ref                                         Action                              Owner     Due Date';

describe('centred header names over space-aligned columns', () => {
  it.each([
    ['Feb12-01', 'Feb12-02'],
    ['Feb12/01', 'Feb12/02'],
    ['OLa-01', 'OLa-02'],
  ])('rows %s and %s, their actions wrapped under the ref column', (r1, r2) => {
    const pad = (r: string) => r.padEnd(15);
    const text = [
      HEADER,
      `${pad(r1)}Leaflets to be delivered to every house on the lane by       Owen      20/02/12`,
      `${' '.repeat(15)}the end of the month. Owen to ask the school to help.`,
      `${pad(r2)}Leah to write to the council about the broken street         Leah      20/02/12`,
      `${' '.repeat(15)}light at the corner of Mill Road.`,
    ].join('\n');
    expect(brief(parseMinutes(HEAD + text + '\n'))).toEqual([
      {
        ref: r1,
        text: 'Leaflets to be delivered to every house on the lane by the end of the month. Owen to ask the school to help.',
        owners: ['Owen Pryce'],
      },
      {
        ref: r2,
        text: 'Leah to write to the council about the broken street light at the corner of Mill Road.',
        owners: ['Leah Voss'],
      },
    ]);
  });

  it('leaves out a last row the text cut off inside its owner cell', () => {
    const text = [
      HEADER,
      'Feb12-01       Leaflets to be delivered to every house on the lane.        Owen      20/02/12',
      'Feb12-02       Leah to write to the council about the street light.         Leah      20/02/12',
      'Feb12-03       Nadia to ask the county about a crossing outside the        N',
    ].join('\n');
    const found = brief(parseMinutes(HEAD + text));
    expect(found.map((a) => a.ref)).toEqual(['Feb12-01', 'Feb12-02']);
  });

  it('keeps a last row that ends where its columns do', () => {
    const text = [
      HEADER,
      'Feb12-01       Leaflets to be delivered to every house on the lane.        Owen      20/02/12',
      'Feb12-02       Leah to write to the council about the street light.         Leah      20/02/12',
      'Feb12-03       Nadia to ask the county about a crossing outside the        Nadia     20/02/12',
      '               primary school.',
    ].join('\n');
    const found = brief(parseMinutes(HEAD + text));
    expect(found.map((a) => a.ref)).toEqual(['Feb12-01', 'Feb12-02', 'Feb12-03']);
    expect(found[2]).toEqual({
      ref: 'Feb12-03',
      text: 'Nadia to ask the county about a crossing outside the primary school.',
      owners: ['Nadia Quist'],
    });
  });

  it('does not move a column for a row whose cells sit under the header names (trap)', () => {
    const text = [
      'Ref   Action                                   Owner        Due',
      '1     Order the new noticeboard for the hall   Owen Pryce   March',
      '      and ask the church for the old frame.',
      '2     Renew the insurance                      Leah Voss    April',
    ].join('\n');
    expect(brief(parseMinutes(HEAD + text + '\n'))).toEqual([
      {
        ref: '1',
        text: 'Order the new noticeboard for the hall and ask the church for the old frame.',
        owners: ['Owen Pryce'],
      },
      { ref: '2', text: 'Renew the insurance', owners: ['Leah Voss'] },
    ]);
  });
});
