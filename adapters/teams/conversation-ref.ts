/**
 * How to reach a Teams user or channel later: the parts of a Bot Framework conversation
 * reference a proactive message needs, stored as JSON on the person's identity. Parsed with zod
 * on the way out of the database, since a row written by an older version may lack a field.
 */
import { z } from 'zod';

export const conversationRefSchema = z.object({
  serviceUrl: z.url(),
  conversationId: z.string().min(1),
  tenantId: z.string().min(1),
  botId: z.string().min(1),
  /** AAD object id of the person, when the reference is a 1:1 chat with them. */
  userId: z.string().min(1).optional(),
  /**
   * The person's Bot Framework id in Teams (`29:...`, the activity's `from.id`): the id a card's
   * refresh names its owners by. Known once they have written to the bot.
   */
  memberId: z.string().min(1).max(200).optional(),
});

export type ConversationRef = z.infer<typeof conversationRefSchema>;

export function parseConversationRef(json: string | null): ConversationRef | undefined {
  if (!json) return undefined;
  try {
    const parsed = conversationRefSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const stringifyConversationRef = (ref: ConversationRef): string => JSON.stringify(ref);

/**
 * Whether `incoming` may replace the `stored` reference: only on the same Bot Connector host.
 * Teams moves a chat between regions on one host (/emea/, /amer/), never to another host, so a
 * reference on another host is a forgery or a mistake, and reminders keep going where they went.
 * An unreadable stored reference may be replaced.
 */
export function mayReplaceRef(stored: string, incoming: string): boolean {
  const old = parseConversationRef(stored);
  const next = parseConversationRef(incoming);
  if (!old) return true;
  if (!next) return false;
  return new URL(old.serviceUrl).host.toLowerCase() === new URL(next.serviceUrl).host.toLowerCase();
}
