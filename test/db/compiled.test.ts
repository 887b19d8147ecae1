import type { LogEvent } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/db/compiled.ts';
import { inChunks } from '../../src/db/chunks.ts';
import { engineOf } from '../../src/db/engine.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aBoard } from '../support/builders.ts';

const boardBySlug = compiledOnce((db, slug: string, prefix: string) =>
  db
    .selectFrom('boards')
    .select(['slug', 'name'])
    .where((eb) => eb.or([eb('slug', '=', slug), eb('ref_prefix', '=', prefix)]))
    .orderBy('slug'),
);

describe.each(DIALECTS)('queries compiled once, on %s', (dialect) => {
  let t: TestDb;
  const sent: string[] = [];
  beforeEach(async () => {
    t = await openTestDb(dialect, {
      log: (e: LogEvent) => {
        sent.push(e.query.sql);
      },
    });
    await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board', refPrefix: 'LCRB' });
    await aBoard(t.db, { slug: 'dmg', name: 'Delivery Management Group', refPrefix: 'DMG' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('knows its engine', () => {
    expect(engineOf(t.db)).toBe(dialect);
  });

  it('binds each run its own values to the same SQL', async () => {
    sent.length = 0;
    expect(await boardBySlug.execute(t.db, 'lcrb', 'NONE')).toEqual([
      { slug: 'lcrb', name: 'London Crime Reduction Board' },
    ]);
    expect(await boardBySlug.execute(t.db, 'nope', 'DMG')).toEqual([
      { slug: 'dmg', name: 'Delivery Management Group' },
    ]);
    expect(await boardBySlug.execute(t.db, 'nope', 'NONE')).toEqual([]);
    expect(new Set(sent).size).toBe(1);
    expect(boardBySlug.bind(t.db, 'a', 'B').parameters).toEqual(['a', 'B']);
  });

  it('runs inside a transaction like any query', async () => {
    const rows = await t.db.transaction().execute((trx) => boardBySlug.execute(trx, 'dmg', 'LCRB'));
    expect(rows.map((r) => r.slug)).toEqual(['dmg', 'lcrb']);
  });

  it('refuses an argument used to shape the query rather than as a value', async () => {
    const shaped = compiledOnce((db, limit: number) =>
      db
        .selectFrom('boards')
        .selectAll()
        .$if(Boolean(limit) && false, (q) => q.limit(limit)),
    );
    await expect(shaped.execute(t.db, 1)).rejects.toThrow(/every argument must be a value/);
  });
});

describe('inChunks', () => {
  it('reads a long list a slice at a time, in order', async () => {
    const sizes: number[] = [];
    const out = await inChunks(
      Array.from({ length: 1201 }, (_, i) => i),
      async (chunk) => {
        sizes.push(chunk.length);
        return chunk.map((n) => n * 2);
      },
    );
    expect(sizes).toEqual([500, 500, 201]);
    expect(out).toHaveLength(1201);
    expect(out[1200]).toBe(2400);
  });

  it('reads nothing for an empty list', async () => {
    let calls = 0;
    expect(await inChunks([], async () => [++calls])).toEqual([]);
    expect(calls).toBe(0);
  });
});
