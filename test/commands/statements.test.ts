/**
 * What one status change costs the database. A typed `update LCRB-1 done` and a button press
 * used to run about fifteen statements (the same action row read four times, the secretariat's
 * names looked up for a reply that rarely shows them). They now read the action once, update it
 * on its version, append the history row, and build the reply from what they already hold.
 * These tests pin that, on both engines, so the count cannot creep back.
 */
import type { LogEvent } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { applyIntent, handleText } from '../../src/commands/execute.ts';
import type { Action, Board, Meeting, Person } from '../../src/domain.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { buildCards } from '../../src/cards.ts';
import type { ActionCard } from '../../src/message.ts';
import type { Actor } from '../../src/access.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';

/** A status change: BEGIN, the conditional UPDATE, the history INSERT, COMMIT, and one read. */
const STATUS_CHANGE_STATEMENTS = 5;

describe.each(DIALECTS)('statements per status change on %s', (dialect) => {
  let t: TestDb;
  let ctx: CommandContext;
  let lcrb: Board;
  let meeting: Meeting;
  let tg: Person;
  let owner: Actor;
  let action: Action;
  let counting = false;
  const statements: string[] = [];

  const log = (event: LogEvent) => {
    if (counting) statements.push(event.query.sql);
  };

  /** Runs `fn` and returns the SQL it sent, BEGIN and COMMIT included. */
  async function sqlOf(fn: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    counting = true;
    try {
      await fn();
    } finally {
      counting = false;
    }
    return [...statements];
  }

  beforeEach(async () => {
    t = await openTestDb(dialect, { log });
    ctx = { db: t.db, clock: new FakeClock('2026-11-25T09:00:00Z') };
    lcrb = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    meeting = await aMeeting(t.db, lcrb, '2026-12-08T10:00:00Z');
    tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board: lcrb });
    await aPerson(t.db, { name: 'Gemma Townsend', board: lcrb, role: 'secretariat' });
    action = await anAction(t.db, lcrb, { owners: [tg, 'Home Office'], due: meeting });
    owner = await cliActor(t.db, tg);
  });
  afterEach(async () => {
    await t.close();
  });

  it('records a typed update in a handful of statements, one transaction', async () => {
    let said = '';
    const sent = await sqlOf(async () => {
      said = (await handleText(ctx, owner, 'update LCRB-1 done "Paper sent"')).summary;
    });
    expect(said).toBe('LCRB-1 is now complete, with your note.');
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(STATUS_CHANGE_STATEMENTS);
    expect(sent.filter((s) => /^begin/i.test(s))).toHaveLength(1);
    expect(sent.filter((s) => /^commit/i.test(s))).toHaveLength(1);
    expect((await getActionByRef(t.db, 'LCRB-1'))!.status).toBe('complete');
    const history = await listHistory(t.db, action.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'status',
      statusFrom: 'open',
      statusTo: 'complete',
      note: 'Paper sent',
      actorName: 'Tim Godwin',
    });
  });

  it('records a button press in as many, refusing nothing it should accept', async () => {
    let card: ActionCard | undefined;
    const sent = await sqlOf(async () => {
      ({ card } = await applyIntent(ctx, owner, {
        kind: 'set_status',
        ref: 'LCRB-1',
        status: 'in_progress',
        version: action.version,
      }));
    });
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(STATUS_CHANGE_STATEMENTS);
    const now = (await getActionByRef(t.db, 'LCRB-1'))!;
    expect(now.status).toBe('in_progress');
    // The card built from what the change held is the card the register now gives.
    const [fresh] = await buildCards(t.db, [now], ctx.clock.now(), { actor: owner });
    expect(card).toEqual(fresh);
    expect(card!.buttons[0]!.intent).toMatchObject({ version: action.version + 1 });
  });

  it('adds a note in as many', async () => {
    const sent = await sqlOf(() => handleText(ctx, owner, 'note LCRB-1 "Draft circulated"'));
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(STATUS_CHANGE_STATEMENTS);
    expect((await listHistory(t.db, action.id)).at(-1)).toMatchObject({
      kind: 'note',
      note: 'Draft circulated',
    });
  });
});
