import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { DIALECTS, PG_URL, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('applies each migration once, and a second run finds nothing to do', async () => {
    t = await openTestDb(dialect);
    expect(await migrateToLatest(t.db)).toEqual({ applied: [] });
    const names = await sql<{
      name: string;
    }>`select name from arising_migrations order by name`.execute(t.db);
    expect(names.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['0001_register', '0002_outbox', '0003_inbound_events']),
    );
  });
});

describe.runIf(PG_URL)('migrations with several instances on PostgreSQL', () => {
  it('applies each migration once when two instances start together', async () => {
    const t = await openTestDb('postgres');
    try {
      await sql`drop table arising_migrations`.execute(t.db);
      for (const table of [
        'chases',
        'service_secrets',
        'identity_audit',
        'held_drafts',
        'inbound_events',
        'leases',
        'outbox',
        'action_updates',
        'action_owners',
        'actions',
        'memberships',
        'identities',
        'people',
        'meetings',
        'board_channels',
        'boards',
      ]) {
        await sql`drop table if exists ${sql.table(table)} cascade`.execute(t.db);
      }
      await sql`drop function if exists action_updates_append_only() cascade`.execute(t.db);
      await sql`drop function if exists identity_audit_append_only() cascade`.execute(t.db);
      const second = await openSameSchema(t.schema!);
      try {
        const [a, b] = await Promise.all([migrateToLatest(t.db), migrateToLatest(second.db)]);
        expect([...a.applied, ...b.applied].filter((n) => n === '0001_register')).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      await t.close();
    }
  });
});
