/**
 * The database locked or gone for a moment: a command waits or fails cleanly, the service
 * survives, nothing is half-written, and the next attempt works.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { handleText } from '../../src/commands/execute.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { openTestDb, PG_URL, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aPerson, anAction, cliActor } from '../support/builders.ts';

/** Another process holds SQLite's write lock for `ms`, as a second writer would. */
function holdWriteLock(file: string, ms: number): Promise<void> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd() });
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
  });
}

describe('database faults', () => {
  let t: TestDb | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    t = undefined;
    dir = undefined;
  });

  it('waits out a SQLite write lock held by another process, then applies the update once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-lock-'));
    const file = join(dir, 'a.db');
    t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db, { board });
    const action = await anAction(t.db, board, { owners: [tg] });
    await holdWriteLock(file, 400);
    const reply = await handleText(
      { db: t.db, clock: new FakeClock() },
      await cliActor(t.db, tg),
      `done ${action.ref}`,
    );
    expect(reply.summary).toBe(`${action.ref} is now complete.`);
    expect(await listHistory(t.db, action.id)).toHaveLength(2);
  });

  it('fails cleanly, writing nothing, when SQLite stays locked past the busy timeout', async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-lock-'));
    const file = join(dir, 'a.db');
    t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db);
    const tg = await aPerson(t.db, { board });
    const action = await anAction(t.db, board, { owners: [tg] });
    await holdWriteLock(file, 7000);
    const actor = await cliActor(t.db, tg);
    await expect(
      handleText({ db: t.db, clock: new FakeClock() }, actor, `done ${action.ref}`),
    ).rejects.toThrow(/locked|busy/i);
    expect((await getActionByRef(t.db, action.ref))?.status).toBe('open');
    expect(await listHistory(t.db, action.id)).toHaveLength(1);
  }, 30_000);

  it.runIf(PG_URL)(
    'survives PostgreSQL dropping its connections, and the next attempt works',
    async () => {
      t = await openTestDb('postgres', { maxConnections: 2 });
      const board = await aBoard(t.db);
      const tg = await aPerson(t.db, { board });
      const action = await anAction(t.db, board, { owners: [tg] });
      const actor = await cliActor(t.db, tg);
      // Find this pool's own server processes, then kill them as a failover or restart would.
      const pids = new Set<number>();
      for (let i = 0; i < 10 && pids.size < 2; i++) {
        const rows = await Promise.all(
          [1, 2].map(() =>
            sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(t!.db),
          ),
        );
        for (const r of rows) pids.add(r.rows[0]!.pid);
      }
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const killed = await admin.query<{ ok: boolean }>(
        'select pg_terminate_backend(pid) as ok from unnest($1::int[]) as pid',
        [[...pids]],
      );
      await admin.end();
      expect(killed.rows.length).toBeGreaterThan(0);
      expect(killed.rows.every((r) => r.ok)).toBe(true);

      const ctx = { db: t.db, clock: new FakeClock() };
      let reply;
      for (let attempt = 0; attempt < 3 && !reply; attempt++) {
        reply = await handleText(ctx, actor, `done ${action.ref}`).catch(() => undefined);
      }
      expect(reply?.summary).toBe(`${action.ref} is now complete.`);
      expect(await listHistory(t.db, action.id)).toHaveLength(2);
    },
  );
});
