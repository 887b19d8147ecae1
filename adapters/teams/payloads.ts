/**
 * The parts of an inbound Bot Framework activity we rely on, checked with zod: the SDK has
 * validated the sender's token, not the shape of what they sent.
 */
import { z } from 'zod';
import { pageIntentSchema, parseChoice } from '../../src/core.ts';
import { STATUSES } from '../../src/domain.ts';
import type { PlatformUser } from '../../src/ports.ts';
import type { ConversationRef } from './conversation-ref.ts';

export const activitySchema = z.object({
  id: z.string().min(1).optional(),
  type: z.string(),
  serviceUrl: z.url(),
  text: z.string().optional(),
  from: z.object({
    id: z.string(),
    aadObjectId: z.string().optional(),
    name: z.string().optional(),
  }),
  recipient: z.object({ id: z.string() }),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  channelData: z
    .object({ tenant: z.object({ id: z.string() }).optional() })
    .loose()
    .optional(),
  entities: z
    .array(
      z.object({ type: z.string(), mentioned: z.object({ id: z.string() }).optional() }).loose(),
    )
    .optional(),
  membersAdded: z.array(z.object({ id: z.string() }).loose()).optional(),
  /** Files sent in personal chat arrive here (fileAttachment reads them). */
  attachments: z.array(z.unknown()).optional(),
  action: z.string().optional(),
});

export type InboundActivity = z.infer<typeof activitySchema>;

export const tenantOf = (a: InboundActivity): string | undefined =>
  a.conversation.tenantId ?? a.channelData?.tenant?.id;

export const isPersonal = (a: InboundActivity): boolean =>
  a.conversation.conversationType === undefined || a.conversation.conversationType === 'personal';

/** The sender as the register knows people: tenant + AAD object id. */
export function platformUser(a: InboundActivity): PlatformUser | undefined {
  const tenant = tenantOf(a);
  if (!tenant || !a.from.aadObjectId) return undefined;
  return { platform: 'teams', workspaceId: tenant, userId: a.from.aadObjectId };
}

/** A reference for proactive 1:1 messages; only a personal chat is one. */
export function personalRef(a: InboundActivity): ConversationRef | undefined {
  const tenant = tenantOf(a);
  if (!isPersonal(a) || !tenant) return undefined;
  return {
    serviceUrl: a.serviceUrl,
    conversationId: a.conversation.id,
    tenantId: tenant,
    botId: a.recipient.id,
    ...(a.from.aadObjectId ? { userId: a.from.aadObjectId } : {}),
    ...(a.from.id ? { memberId: a.from.id } : {}),
  };
}

/** True when the bot itself is @mentioned (in a channel it answers only then). */
export const mentionsBot = (a: InboundActivity): boolean =>
  (a.entities ?? []).some((e) => e.type === 'mention' && e.mentioned?.id === a.recipient.id);

/** The command typed, without `<at>Bot</at>` mentions and Teams' non-breaking spaces. */
export const commandText = (text: string | undefined): string =>
  (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .trim();

const statusSchema = z.enum(STATUSES);
const version = z.number().int().nonnegative();
const ref = z.string().min(1).max(40);

/** A ButtonIntent as a card sends it back; anything else is refused, never guessed. */
export const intentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set_status'), ref, status: statusSchema, version }),
  z.object({
    kind: z.literal('add_update'),
    ref,
    version,
    statuses: z.array(statusSchema).max(STATUSES.length).optional(),
  }),
  z.object({ kind: z.literal('show'), ref }),
  z.object({ kind: z.literal('attach_note'), ref, noteKey: z.string().max(200) }),
  pageIntentSchema,
  z.object({ kind: z.literal('new_action'), board: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('edit_action'), ref, version }),
]);

/** The invoke value of an Action.Execute press: our verb, the intent, and the card's inputs. */
export const cardActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
});
export type CardAction = z.infer<typeof cardActionSchema>;

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const attachmentSchema = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1).default('minutes'),
  content: z.object({ downloadUrl: z.string(), fileType: z.string().optional() }).loose(),
});
export type FileAttachment = z.infer<typeof attachmentSchema>;

/** The first file in an activity's attachments, if it carries one. */
export function fileAttachment(attachments: readonly unknown[] | undefined) {
  for (const a of attachments ?? []) {
    const parsed = attachmentSchema.safeParse(a);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** The Action.Execute verb of a minutes review's buttons (Import / Discard, Accept / Drop...). */
export const MINUTES_VERB = 'arising.minutes';

/** What a minutes review's button carries besides the draft: Accept / Drop name a suggestion. */
export type MinutesButton = 'import' | 'discard' | 'add-members' | 'accept' | 'drop';

/** The data Teams sends back on a press; anything else is refused. */
export const minutesPressSchema = z
  .object({
    draftId: z.string().min(1).max(64),
    choice: z.enum(['import', 'discard', 'add-members', 'accept', 'drop']),
    index: z.number().int().min(0).max(9999).optional(),
  })
  .transform((p, ctx) => {
    const choice = parseChoice(
      p.choice === 'accept' || p.choice === 'drop' ? `${p.choice}:${p.index ?? -1}` : p.choice,
    );
    if (!choice) {
      ctx.addIssue({ code: 'custom', message: 'a suggestion press names no suggestion' });
      return z.NEVER;
    }
    return { draftId: p.draftId, choice };
  });
