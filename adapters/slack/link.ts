/**
 * `/actions link @tim "Tim Godwin"` in Slack: the secretariat links a colleague whose Slack email
 * did not match the register. Slack sends the mention as `<@U123|name>` (the command escapes
 * users, see the manifest); the core checks that the sender is secretariat.
 */
import type { Actor, Core } from '../../src/core.ts';
import { code, reply, type Message } from '../../src/message.ts';
import { unescapeSlack } from './payloads.ts';

export const SLACK_LINK_USAGE = '/actions link @someone "Tim Godwin"';
/** The same, as told to someone not linked yet. */
export const SLACK_LINK_YOU = { typed: '/actions link @you "Your Full Name"' };

export const isLinkCommand = (text: string): boolean => /^link\b/i.test(text);

/** Links the user mentioned in `text` to the person it names, or says how to type it. */
export async function linkFromSlack(
  core: Core,
  actor: Actor,
  teamId: string,
  text: string,
): Promise<Message> {
  const m = /^link\s+<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(.+)$/is.exec(text);
  if (!m) return reply('To link someone, type ', code(SLACK_LINK_USAGE), '.');
  const user = { platform: 'slack' as const, workspaceId: teamId, userId: m[1]! };
  return core.linkUser(actor, user, unescapeSlack(m[2]!));
}
