/**
 * A transaction whose connection dies: before COMMIT it is rerun whole and applied once; during
 * COMMIT the outcome is unknown, so it is reported (CommitOutcomeUnknown), never rerun.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CommitOutcomeUnknown, inTransaction } from '../../src/register/tx.ts';
import { openSameSchema, openTestDb, PG_URL, type TestDb } from '../support/db.ts';

describe.runIf(PG_URL)('a PostgreSQL transaction losing its connection', () => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function terminate(pid: number): Promise<void> {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
  }

  it('reruns a transaction killed before COMMIT, applying it exactly once', async () => {
    t = await openTestDb('postgres');
    const other = await openSameSchema(t.schema!, 2);
    await sql`create table tally (n int)`.execute(t.db);
    let runs = 0;
    await inTransaction(other.db, async (trx) => {
      runs += 1;
      await sql`insert into tally values (1)`.execute(trx);
      if (runs === 1) {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx))
          .rows[0]!.pid;
        await terminate(pid);
        await sql`select 1`.execute(trx);
      }
    });
    await other.close();
    expect(runs).toBe(2);
    const rows = await sql<{ n: number }>`select n from tally`.execute(t.db);
    expect(rows.rows).toHaveLength(1);
  });

  it('reports a connection lost during COMMIT as an unknown outcome instead of rerunning', async () => {
    t = await openTestDb('postgres');
    const other = await openSameSchema(t.schema!, 2);
    // A deferred trigger that sleeps holds COMMIT open long enough to kill the backend inside it.
    await sql`create table slow_commit (n int)`.execute(t.db);
    await sql`create function slow_commit_sleep() returns trigger language plpgsql as
      $$ begin perform pg_sleep(2); return null; end $$`.execute(t.db);
    await sql`create constraint trigger slow_commit_trigger after insert on slow_commit
      deferrable initially deferred for each row execute function slow_commit_sleep()`.execute(
      t.db,
    );
    let runs = 0;
    let pid = 0;
    const saving = inTransaction(other.db, async (trx) => {
      runs += 1;
      pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
      await sql`insert into slow_commit values (1)`.execute(trx);
    });
    const outcome = saving.then(
      () => 'saved',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await terminate(pid);
    const error = await outcome;
    await other.close();
    expect(error).toBeInstanceOf(CommitOutcomeUnknown);
    expect(runs).toBe(1);
  });
});
