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
