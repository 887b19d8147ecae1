/**
 * Next on a narrowed outstanding list (`outstanding lcrb overdue`) keeps the narrowing: the page
 * intent carries the filter, and the core reads the list afresh with it for whoever presses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { applyIntent, handleText } from '../../src/commands/execute.ts';
import { parseCommand } from '../../src/commands/grammar.ts';
import type { Board, Person } from '../../src/domain.ts';
import type { Message, PageIntent } from '../../src/message.ts';
import { pageIntentSchema } from '../../src/paging.ts';
import { renderText } from '../../adapters/console/render.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aPerson, anAction, cliActor } from '../support/builders.ts';

/** The Next button's intent on a page, if it has one. */
function nextIntent(message: Message): PageIntent | undefined {
  for (const b of message.blocks)
    if (b.kind === 'buttons')
      for (const button of b.buttons) if (button.intent.kind === 'page') return button.intent;
  return undefined;
}

describe('the grammar of a later page of a narrowed list', () => {
  it('reads "from N" after the board and the filter', () => {
    expect(parseCommand('outstanding lcrb overdue from 21')).toEqual({
      ok: true,
      command: { name: 'outstanding', board: 'lcrb', filter: { kind: 'overdue' }, from: 21 },
    });
    expect(parseCommand('outstanding TG from 21')).toEqual({
      ok: true,
      command: { name: 'outstanding', board: 'TG', from: 21 },
    });
  });

  it('checks a filter that comes back on a button, refusing one it does not know', () => {
    const base = { kind: 'page', view: 'outstanding', board: 'lcrb', offset: 20 };
    expect(pageIntentSchema.safeParse({ ...base, filter: { kind: 'overdue' } }).success).toBe(true);
    expect(
      pageIntentSchema.safeParse({ ...base, filter: { kind: 'owner', query: 'TG' } }).success,
    ).toBe(true);
    expect(pageIntentSchema.safeParse({ ...base, filter: { kind: 'everything' } }).success).toBe(
      false,
    );
    expect(pageIntentSchema.safeParse({ ...base, filter: { kind: 'owner' } }).success).toBe(false);
  });
});

describe.each(DIALECTS)('Next on a narrowed outstanding list on %s', (dialect) => {
  let t: TestDb;
  let ctx: CommandContext;
  let lcrb: Board;
  let tg: Person;
  let jh: Person;
  let chair: Person;

  beforeEach(async () => {
    t = await openTestDb(dialect);
    ctx = { db: t.db, clock: new FakeClock('2026-12-20T09:00:00Z') };
    lcrb = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
    tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board: lcrb });
    jh = await aPerson(t.db, { name: 'Jane Harwood', initials: 'JH', board: lcrb });
    chair = await aPerson(t.db, { name: 'Sadiq Khan', board: lcrb, role: 'chair' });
    for (let i = 1; i <= 25; i += 1)
      await anAction(t.db, lcrb, { owners: [tg], text: `Late ${i}`, dueDate: '2026-12-01' });
    for (let i = 1; i <= 10; i += 1)
      await anAction(t.db, lcrb, { owners: [jh], text: `Not yet ${i}`, dueDate: '2027-03-01' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('keeps the filter on the Next button and on the page it gives', async () => {
    const actor = await cliActor(t.db, chair);
    const first = await handleText(ctx, actor, 'outstanding lcrb overdue');
    expect(renderText(first)).toContain('25 of 35 outstanding overdue.');
    const next = nextIntent(first);
    expect(next).toEqual({
      kind: 'page',
      view: 'outstanding',
      board: 'lcrb',
      filter: { kind: 'overdue' },
      offset: 20,
    });
    const second = await applyIntent(ctx, actor, next!);
    const text = renderText(second.reply);
    expect(text).toContain('Showing 21–25 of 25');
    expect(text).not.toContain('Not yet');
    expect(nextIntent(second.reply)).toBeUndefined();
  });

  it('keeps an owner named without a board', async () => {
    const actor = await cliActor(t.db, chair);
    const first = await handleText(ctx, actor, 'outstanding TG');
    const next = nextIntent(first);
    expect(next).toEqual({
      kind: 'page',
      view: 'outstanding',
      filter: { kind: 'owner', query: 'TG' },
      offset: 20,
    });
    const second = renderText((await applyIntent(ctx, actor, next!)).reply);
    expect(second).toContain('owned by Tim Godwin');
    expect(second).not.toContain('Not yet');
    // Typed, the same page.
    expect(renderText(await handleText(ctx, actor, 'outstanding TG from 21'))).toEqual(second);
  });
});
