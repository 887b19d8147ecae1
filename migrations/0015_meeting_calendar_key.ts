/**
 * Meetings imported from a calendar remember the entry they came from (its UID, and for one
 * occurrence of a series the start it was first given), so importing the calendar again moves a
 * rescheduled meeting instead of adding a second one. Unique per board; null for meetings added
 * by hand or from minutes (both engines allow many nulls under a unique index).
 *
 * Frozen in time: imports nothing from src/.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('calendar_key', 'text').execute();
  await db.schema
    .createIndex('meetings_board_calendar_key')
    .on('meetings')
    .columns(['board_id', 'calendar_key'])
    .unique()
    .execute();
}
