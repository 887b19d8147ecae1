/**
 * The parts of Slack's payloads the adapter relies on, checked with zod before use, and the
 * small conversions every entry point needs.
 */
import { z } from 'zod';
import { STATUSES } from '../../src/domain.ts';
import type { ButtonIntent } from '../../src/message.ts';
import { pageIntentSchema } from '../../src/core.ts';

export const intentSchema: z.ZodType<ButtonIntent> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('set_status'),
    ref: z.string(),
    status: z.enum(STATUSES),
    version: z.number().int(),
  }),
  z.object({
    kind: z.literal('add_update'),
    ref: z.string(),
    version: z.number().int(),
    statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).optional(),
  }),
  z.object({ kind: z.literal('show'), ref: z.string() }),
  z.object({ kind: z.literal('outstanding'), board: z.string().max(64) }),
  z.object({ kind: z.literal('attach_note'), ref: z.string(), noteKey: z.string() }),
  pageIntentSchema,
  z.object({ kind: z.literal('new_action'), board: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('edit_action'), ref: z.string().max(40), version: z.number().int() }),
]);

/** Where a clicked message lives, so it can be refreshed in place. */
export const originSchema = z.object({
  channel: z.string().optional(),
  ts: z.string().optional(),
  ephemeral: z.boolean().default(false),
  /** Clicked on the App Home tab: refreshed by publishing the tab again. */
  home: z.boolean().default(false),
  responseUrl: z.string().optional(),
});
export type Origin = z.infer<typeof originSchema>;

export const modalMetaSchema = z.object({ intent: intentSchema, origin: originSchema });

export const actionBodySchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string(),
  response_url: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ type: z.string(), is_ephemeral: z.boolean().optional() }).optional(),
  message: z.object({ ts: z.string(), blocks: z.array(z.any()).optional() }).optional(),
  view: z.object({ type: z.string(), id: z.string().optional() }).optional(),
  actions: z.array(z.object({ value: z.string().optional() })).min(1),
});
export type ActionBody = z.infer<typeof actionBodySchema>;

export const messageEventSchema = z.object({
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  /** Files shared with the message (subtype file_share): minutes to import. */
  files: z.array(z.unknown()).optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

/** A file as Slack describes it in a file_share message or files.info. */
export const fileSchema = z.object({
  id: z.string(),
  name: z.string().default('minutes'),
  size: z.number().optional(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});
export type SlackFile = z.infer<typeof fileSchema>;

/** The buttons under a minutes review: Import / Discard, Add members, Accept / Drop n. */
export const IMPORT_ACTION = 'minutes:import';
export const DISCARD_ACTION = 'minutes:discard';
export const MEMBERS_ACTION = 'minutes:add-members';
/** Accept or Drop suggestion `index` (its place in the draft): action ids are unique per message. */
export const suggestionAction = (verb: 'accept' | 'drop', index: number) =>
  `minutes:${verb}:${index}`;
/** Every action id of a minutes review's buttons (what inbound.ts routes to on-minutes-button). */
export const MINUTES_ACTIONS = /^minutes:(?:import|discard|add-members|(?:accept|drop):\d+)$/;

export const minutesClickSchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string(),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string(), blocks: z.array(z.any()).optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string() })).min(1),
});

/** Slack escapes & < > in the text people type; the register stores what they meant. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** JSON from a payload field, or undefined when it is missing or not JSON (zod then refuses). */
export function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
