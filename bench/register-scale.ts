/**
 * Register scale: 100,000 actions over 200 boards, on SQLite and (when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set) PostgreSQL. Times listing one owner's actions, a chair's
 * `outstanding` for a 500-action board, planning one minute's reminders and building one
 * board's digest model, each next to a primary-key lookup measured in the same run.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { listActions } from '../src/register/actions.ts';
import { getPerson } from '../src/register/people.ts';
import { actorFor } from '../src/access.ts';
import { handleText } from '../src/commands/execute.ts';
import type { BoardId, PersonId } from '../src/domain.ts';
import type { Db } from '../src/register/tx.ts';
import { buildScaleRegister } from './fixture.ts';
import { time, writeResult, type Row, type Timing } from './lib.ts';
import { extraScaleTimings } from './register-scale-extra.ts';

const BOARDS = Number(process.env.BENCH_BOARDS ?? 200);
const PER_BOARD = Number(process.env.BENCH_ACTIONS_PER_BOARD ?? 500);
/** The first board is the busy one the issue names: 600 actions. */
const FIRST_BOARD = 600;
const NOW = new Date('2026-11-25T09:00:00.000Z');

async function measure(engine: string, db: Db): Promise<Row[]> {
  const started = performance.now();
  const built = await buildScaleRegister(db, {
    boards: BOARDS,
    actionsPerBoard: PER_BOARD,
    people: 2000,
    now: NOW,
  });
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const chair = (
    await db
      .selectFrom('memberships')
      .select('person_id')
      .where('board_id', '=', built.busiestBoardId)
      .where('role', '=', 'chair')
      .executeTakeFirstOrThrow()
  ).person_id;
  const chairActor = await actorFor(db, (await getPerson(db, chair as PersonId))!, 'cli');
  const ctx = { db, clock: { now: () => NOW } };

  const baseline = await time('primary-key lookup (baseline)', () =>
    db.selectFrom('actions').selectAll().where('id', '=', 4242).executeTakeFirst(),
  );
  const timings: Timing[] = [
    baseline,
    await time("list one owner's open actions", () =>
      listActions(db, {
        ownerId: built.busyOwnerId as PersonId,
        statuses: ['open', 'in_progress'],
      }),
    ),
    await time(
      `outstanding for a ${FIRST_BOARD}-action board (chair)`,
      () => handleText(ctx, chairActor, 'outstanding b1'),
      10,
      2,
    ),
    ...(await extraScaleTimings(db, { boardId: built.busiestBoardId as BoardId, now: NOW })),
  ];
  return timings.map((t) => ({
    engine,
    operation: t.name,
    p50_ms: t.p50Ms,
    p99_ms: t.p99Ms,
    x_baseline: Math.round((t.p50Ms / Math.max(baseline.p50Ms, 0.001)) * 10) / 10,
    register: `${(BOARDS - 1) * PER_BOARD + FIRST_BOARD} actions, built in ${buildSeconds}s`,
  }));
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  const sqlite = await openDatabase('sqlite::memory:');
  await migrateToLatest(sqlite.db);
  rows.push(...(await measure('sqlite', sqlite.db)));
  await sqlite.close();

  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const opened = await openDatabase(url, { schema });
    try {
      await migrateToLatest(opened.db);
      await sql`select 1`.execute(opened.db);
      rows.push(...(await measure('postgres', opened.db)));
    } finally {
      await opened.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
  await writeResult('register-scale', rows, [
    'Targets: planner pass under 50 ms; digest model for a 600-action board under 100 ms.',
    'x_baseline: p50 divided by a primary-key lookup measured in the same run.',
  ]);
}
