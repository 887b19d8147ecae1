/**
 * A board's protective marking (Government Security Classifications: OFFICIAL, OFFICIAL-SENSITIVE),
 * printed in the footer of its action log. Null means the default, OFFICIAL.
 *
 * Frozen in time: imports nothing from src/.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('boards').addColumn('protective_marking', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('boards').dropColumn('protective_marking').execute();
}
