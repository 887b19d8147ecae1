import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar.ts';
import { PAGING, pageFooter, pageOf } from '../../src/paging.ts';

describe('pages of a long list', () => {
  const list = Array.from({ length: 60 }, (_, i) => i + 1);

  it('keeps full cards for a short list, and pages a long one 20 at a time', () => {
    expect(pageOf(list.slice(0, PAGING.fullCardsUpTo))).toMatchObject({
      layout: 'full',
      next: null,
    });
    expect(pageOf(list)).toMatchObject({ layout: 'line', offset: 0, next: 20, total: 60 });
    expect(pageOf(list, 40)).toMatchObject({ offset: 40, next: null });
    expect(pageOf(list, 40).items).toEqual(list.slice(40));
  });

  it('clamps a page past the end to the last action, so a stale button still shows something', () => {
    expect(pageOf(list, 500).items).toEqual([60]);
  });

  it('says where the page is and offers Next only when there is more', () => {
    const [where, next] = pageFooter(pageOf(list), { kind: 'page', view: 'mine' });
    expect(where).toMatchObject({ kind: 'context' });
    expect(JSON.stringify(where)).toContain('Showing 1–20 of 60');
    expect(next).toMatchObject({ kind: 'buttons' });
    expect(pageFooter(pageOf(list, 40), { kind: 'page', view: 'mine' })).toHaveLength(1);
  });

  it('reads "from N" typed after mine and outstanding', () => {
    expect(parseCommand('mine from 21')).toEqual({ ok: true, command: { name: 'mine', from: 21 } });
    expect(parseCommand('mine')).toEqual({ ok: true, command: { name: 'mine' } });
    expect(parseCommand('outstanding lcrb from 41')).toEqual({
      ok: true,
      command: { name: 'outstanding', board: 'lcrb', from: 41 },
    });
    expect(parseCommand('outstanding from 21')).toEqual({
      ok: true,
      command: { name: 'outstanding', from: 21 },
    });
  });
});
