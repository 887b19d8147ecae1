/**
 * What one status change costs, and what compiling its hot queries once saves. Each figure is
 * beside its baseline from the same run: the in-place read built and compiled by kysely on
 * every call, against the same query compiled once (src/db/compiled.ts); and a whole typed
 * `update` through the command path. SQLite in memory, and PostgreSQL when
 * BENCH_DATABASE_URL is set (its own schema, dropped after).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { actorFor } from '../src/access.ts';
import { updateAction } from '../src/commands/updating.ts';
import { openDatabase, type OpenDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Database } from '../src/db/schema.ts';
import type { BoardId } from '../src/domain.ts';
import { addMembership, getPerson } from '../src/register/people.ts';
import { actionInPlace } from '../src/register/status.ts';
import type { Db } from '../src/register/tx.ts';
import { buildScaleRegister } from './fixture.ts';
import { inPlaceQuery } from '../src/register/status.ts';
import { time, writeResult, type Row, type Timing } from './lib.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
const ACTIONS = 2_000;

/** The in-place read as kysely builds it on every call: the baseline. */
const builtEachTime = (db: Kysely<Database>, ref: string) => inPlaceQuery(db, ref).execute();

async function open(
  engine: 'sqlite' | 'postgres',
): Promise<OpenDatabase & { drop?: () => Promise<void> }> {
  if (engine === 'sqlite') return openDatabase('sqlite::memory:');
  const url = process.env.BENCH_DATABASE_URL!;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const opened = await openDatabase(url, { schema });
  return {
    ...opened,
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

async function measure(engine: 'sqlite' | 'postgres'): Promise<Row[]> {
  const opened = await open(engine);
  const db: Db = opened.db;
  await migrateToLatest(db);
  const { busyOwnerId } = await buildScaleRegister(db, {
    boards: 1,
    actionsPerBoard: ACTIONS,
    people: 200,
    now: NOW,
  });
  const boardId = (await db.selectFrom('boards').select('id').executeTakeFirstOrThrow())
    .id as BoardId;
  const person = (await getPerson(db, busyOwnerId as never))!;
  await addMembership(db, boardId, person.id, 'secretariat').catch(() => undefined);
  const actor = await actorFor(db, person, 'cli');
  const ctx = { db, clock: { now: () => NOW } };
  let n = 0;
  const nextRef = () => `B1-${(n++ % ACTIONS) + 1}`;
  let flip = 0;
  // Every timed update must be a real change, not a refusal.
  const probe = await updateAction(ctx, actor, { ref: 'B1-1', status: 'in_progress', note: 'x' });
  if (!probe.ok) throw new Error(`status-change bench: refused: ${probe.reply.summary}`);
  const timings: Timing[] = [
    await time(
      'in-place read, built and compiled each call',
      () => builtEachTime(db, nextRef()),
      2000,
      200,
    ),
    await time('in-place read, compiled once', () => actionInPlace(db, nextRef()), 2000, 200),
    await time(
      'typed update through the command path',
      () =>
        updateAction(ctx, actor, {
          ref: nextRef(),
          status: flip++ % 2 ? 'in_progress' : 'open',
          note: 'Benchmark note',
        }),
      1000,
      100,
    ),
  ];
  await opened.close();
  await opened.drop?.();
  return timings.map((t) => ({ engine, ...t }));
}

export async function run(): Promise<void> {
  const rows = [
    ...(await measure('sqlite')),
    ...(process.env.BENCH_DATABASE_URL ? await measure('postgres') : []),
  ];
  await writeResult('status-change', rows, [
    `${ACTIONS} actions on one board; each run reads or changes a different action.`,
    'A status change is 5 statements: the in-place read, BEGIN, UPDATE on version, history INSERT, COMMIT (was 14).',
  ]);
}
