/**
 * What a sent message was about: the reminder deliverer records each delivered reminder in the
 * outbox (state 'sent', platform, message_id) with a payload listing its `actionRefs`. A reply in
 * that message's thread is read against this list.
 */
import { z } from 'zod';
import type { Platform } from '../domain.ts';
import type { Db } from './tx.ts';

// Only the part of the payload this module relies on; the deliverer owns the rest.
const payloadSchema = z.object({ actionRefs: z.array(z.string()) });

/**
 * The action refs a delivered message listed, or [] when the message is not a known reminder.
 *   await actionRefsForMessage(db, 'slack', 'D123:1700000000.000100') // ['LCRB-12', 'LCRB-14']
 */
export async function actionRefsForMessage(
  db: Db,
  platform: Platform,
  messageId: string,
): Promise<string[]> {
  const row = await db
    .selectFrom('outbox')
    .select('payload')
    .where('platform', '=', platform)
    .where('message_id', '=', messageId)
    .where('state', '=', 'sent')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return [];
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    return [];
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? [...new Set(parsed.data.actionRefs.map((r) => r.toUpperCase()))] : [];
}
