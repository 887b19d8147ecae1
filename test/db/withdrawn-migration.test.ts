/**
 * Migration 0016 rebuilds the actions table on SQLite to admit `withdrawn`: the rows, their ids,
 * the history and owners pointing at them, and every constraint must come through.
 */
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { up as withdrawn } from '../../migrations/0016_withdrawn_status.ts';
import { openDatabase } from '../../src/db/connect.ts';
import type { Db } from '../../src/register/tx.ts';
import { SYSTEM_AUTHOR } from '../../src/register/history.ts';
import { changeStatus, getActionByRef } from '../../src/register/actions.ts';
import { aBoard, aPerson, anAction } from '../support/builders.ts';
import { DIALECTS, PG_URL, type Dialect } from '../support/db.ts';

/** A register as it stood before 0016: every earlier migration, run in order. */
async function registerBefore0016(dialect: Dialect): Promise<{ db: Db; close(): Promise<void> }> {
  let schema: string | undefined;
  if (dialect === 'postgres') {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const opened = await openDatabase(dialect === 'sqlite' ? 'sqlite::memory:' : PG_URL!, {
    ...(schema ? { schema } : {}),
  });
  const dir = new URL('../../migrations/', import.meta.url);
  const files = (await readdir(dir)).filter((f) => /^\d{4}_.+\.ts$/.test(f) && f < '0016').sort();
  await opened.db.transaction().execute(async (trx) => {
    for (const file of files) {
      const migration = (await import(new URL(file, dir).href)) as {
        up(db: Kysely<unknown>): Promise<void>;
      };
      await migration.up(trx as unknown as Kysely<unknown>);
    }
  });
  return {
    db: opened.db,
    async close() {
      await opened.close();
      if (!schema) return;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

const T = '2026-11-25T09:00:00.000Z';

describe.each(DIALECTS)('the withdrawn status on %s', (dialect) => {
  let t: { db: Db; close(): Promise<void> } | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('keeps every row, id and reference through the rebuild, and admits withdrawn only', async () => {
    t = await registerBefore0016(dialect);
    const db = t.db;
    const board = await aBoard(db);
    const tim = await aPerson(db, { name: 'Tim Godwin', board });
    const a = await anAction(db, board, { owners: [tim], text: 'First' });
    const b = await anAction(db, board, { owners: [tim], text: 'Second', status: 'complete' });
    // Before: the register refuses the new status.
    await expect(
      db.updateTable('actions').set({ status: 'withdrawn' }).where('id', '=', a.id).execute(),
    ).rejects.toThrow(/check/i);
    // The upgrade, on a register with rows in it.
    await db.transaction().execute((trx) => withdrawn(trx));

    expect(await getActionByRef(db, a.ref)).toEqual(a);
    expect((await getActionByRef(db, b.ref))!.status).toBe('complete');
    const history = await db.selectFrom('action_updates').select('action_id').execute();
    expect(new Set(history.map((h) => h.action_id))).toEqual(new Set([a.id, b.id]));

    const out = await changeStatus(
      db,
      { id: a.id, status: 'withdrawn', note: 'entered in error' },
      SYSTEM_AUTHOR,
      new Date(T),
    );
    expect(out.ok).toBe(true);
    await expect(
      db.updateTable('actions').set({ status: 'bogus' }).where('id', '=', a.id).execute(),
    ).rejects.toThrow(/check/i);
    // The history is still append-only.
    await expect(
      db.updateTable('action_updates').set({ note: 'rewritten' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('action_updates').execute()).rejects.toThrow(/append-only/);
    // The foreign keys still hold both ways.
    await expect(db.deleteFrom('actions').where('id', '=', a.id).execute()).rejects.toThrow(
      /foreign key/i,
    );
    await expect(
      db.insertInto('action_owners').values({ action_id: 99_999, person_id: tim.id }).execute(),
    ).rejects.toThrow(/foreign key/i);
    const next = await anAction(db, board, { text: 'After the rebuild' });
    expect(next.id).toBeGreaterThan(b.id);
    if (dialect === 'sqlite') {
      expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
      expect((await sql`pragma integrity_check`.execute(db)).rows).toEqual([
        { integrity_check: 'ok' },
      ]);
    }
  });
});
