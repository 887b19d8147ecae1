/**
 * How each person prefers to be reached (people.channel, 0011), and the secrets the service
 * makes for itself on first use (service_secrets): the key that signs email links.
 */
import { randomBytes } from 'node:crypto';
import { CHANNEL_PREFERENCES, type ChannelPreference, type PersonId } from '../domain.ts';
import { iso, type Db } from './tx.ts';

export async function channelPreference(db: Db, personId: PersonId): Promise<ChannelPreference> {
  const row = await db
    .selectFrom('people')
    .select('channel')
    .where('id', '=', personId)
    .executeTakeFirst();
  const value = row?.channel ?? 'auto';
  return (CHANNEL_PREFERENCES as readonly string[]).includes(value)
    ? (value as ChannelPreference)
    : 'auto';
}

/** Stores a preference; auto is stored as null (the default). False when the person is gone. */
export async function setChannelPreference(
  db: Db,
  personId: PersonId,
  channel: ChannelPreference,
): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ channel: channel === 'auto' ? null : channel })
    .where('id', '=', personId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * A secret named `name`, made (32 random bytes, hex) and stored the first time it is asked
 * for. Several instances starting together agree: the first insert wins, the others read it.
 */
export async function serviceSecret(db: Db, name: string, now: Date): Promise<string> {
  const read = () =>
    db.selectFrom('service_secrets').select('value').where('name', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await db
    .insertInto('service_secrets')
    .values({ name, value: randomBytes(32).toString('hex'), created_at: iso(now) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await read())!.value;
}

/** What routing needs to know of a person beyond their chat accounts. */
export async function reachOf(
  db: Db,
  personId: PersonId,
): Promise<{ readonly email: string | null; readonly channel: ChannelPreference } | undefined> {
  const row = await db
    .selectFrom('people')
    .select(['email', 'channel'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) return undefined;
  const channel = (CHANNEL_PREFERENCES as readonly string[]).includes(row.channel ?? '')
    ? (row.channel as ChannelPreference)
    : 'auto';
  return { email: row.email, channel };
}
