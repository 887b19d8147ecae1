/**
 * A change that lands between the status path's read and its write. A typed command names no
 * version, so it reads again and applies to the action as it now stands; a button names the
 * version it showed, so it is refused with the action as it stands. PostgreSQL only: the
 * competing change comes from a second instance's pool while the first holds its read.
 */
import type { LogEvent } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { applyIntent, handleText } from '../../src/commands/execute.ts';
import type { Action, Person } from '../../src/domain.ts';
import { changeStatus, getActionByRef } from '../../src/register/actions.ts';
import { historyMark } from '../../src/email-links/service.ts';
import { addNoteTo } from '../../src/register/status.ts';
import { listHistory, SYSTEM_AUTHOR } from '../../src/register/history.ts';
import type { Db } from '../../src/register/tx.ts';
import type { Actor } from '../../src/access.ts';
import { PG_URL, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aPerson, anAction, cliActor } from '../support/builders.ts';

describe.skipIf(!PG_URL)('a change between the read and the write, on postgres', () => {
  let t: TestDb;
  let other: { db: Db; close(): Promise<void> };
  let ctx: CommandContext;
  let tg: Person;
  let owner: Actor;
  let action: Action;
  /** Run once, right after the next in-place read: the other instance's change. */
  let meanwhile: (() => Promise<void>) | undefined;

  const log = async (event: LogEvent) => {
    if (meanwhile && /from "actions" as "a"/.test(event.query.sql)) {
      const run = meanwhile;
      meanwhile = undefined;
      await run();
    }
  };

  beforeEach(async () => {
    t = await openTestDb('postgres', { log });
    other = await openSameSchema(t.schema!);
    ctx = { db: t.db, clock: new FakeClock('2026-11-25T09:00:00Z') };
    const lcrb = await aBoard(t.db, { slug: 'lcrb', name: 'LCRB', refPrefix: 'LCRB' });
    tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board: lcrb });
    action = await anAction(t.db, lcrb, { owners: [tg] });
    owner = await cliActor(t.db, tg);
  });
  afterEach(async () => {
    await other.close();
    await t.close();
  });

  const elsewhere = () => async () => {
    const done = await changeStatus(
      other.db,
      { id: action.id, status: 'in_progress' },
      SYSTEM_AUTHOR,
      new Date('2026-11-25T08:59:00Z'),
    );
    if (!done.ok) throw new Error(done.message);
  };

  it('applies a typed update to the action as it then stands', async () => {
    meanwhile = elsewhere();
    const said = await handleText(ctx, owner, 'update LCRB-1 done');
    expect(meanwhile).toBeUndefined();
    expect(said.summary).toBe('LCRB-1 is now complete.');
    expect((await getActionByRef(t.db, 'LCRB-1'))!.version).toBe(action.version + 2);
    const statuses = (await listHistory(t.db, action.id)).map((u) => [u.statusFrom, u.statusTo]);
    expect(statuses.slice(-2)).toEqual([
      ['open', 'in_progress'],
      ['in_progress', 'complete'],
    ]);
  });

  it('refuses a button pressed on the version the other change replaced', async () => {
    meanwhile = elsewhere();
    const outcome = await applyIntent(ctx, owner, {
      kind: 'set_status',
      ref: 'LCRB-1',
      status: 'complete',
      version: action.version,
    });
    expect(meanwhile).toBeUndefined();
    expect(outcome.ok).toBe(false);
    expect(outcome.reply.summary).toMatch(/changed by someone else/);
    expect(outcome.card).toMatchObject({ status: 'in_progress' });
    expect((await getActionByRef(t.db, 'LCRB-1'))!.status).toBe('in_progress');
  });

  // The email page's form names the history mark its link was made at: a note bumps no version,
  // so without the mark a note (or a second submit of the same form) landing between the page's
  // check and its write would not refuse it.
  const noteElsewhere = () => async () => {
    const done = await addNoteTo(
      other.db,
      action,
      'Chased by phone',
      SYSTEM_AUTHOR,
      new Date('2026-11-25T08:59:00Z'),
    );
    if (!done.ok) throw new Error(done.message);
  };
  const emailForm = async (status: 'complete' | null) => {
    const mark = await historyMark(t.db, action.id);
    meanwhile = noteElsewhere();
    return applyIntent(
      ctx,
      owner,
      { kind: 'add_update', ref: 'LCRB-1', version: action.version },
      { status, note: 'Drafting with finance', expectedMark: mark },
    );
  };

  it('refuses an email note when a note landed after the link was checked', async () => {
    const outcome = await emailForm(null);
    expect(meanwhile).toBeUndefined();
    expect(outcome.ok).toBe(false);
    expect(outcome.reply.summary).toMatch(/changed by someone else/);
    const notes = (await listHistory(t.db, action.id)).map((u) => u.note).filter(Boolean);
    expect(notes).toEqual(['Chased by phone']);
  });

  it('refuses an email status change when a note landed after the link was checked', async () => {
    const outcome = await emailForm('complete');
    expect(meanwhile).toBeUndefined();
    expect(outcome.ok).toBe(false);
    expect((await getActionByRef(t.db, 'LCRB-1'))!.status).toBe('open');
    const notes = (await listHistory(t.db, action.id)).map((u) => u.note).filter(Boolean);
    expect(notes).toEqual(['Chased by phone']);
  });
});
