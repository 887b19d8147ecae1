/**
 * `@Matters Arising link @Tim Godwin "Tim Godwin"` in Teams: the secretariat links a colleague
 * whose Teams email did not match the register. The mention gives the colleague's roster id;
 * the roster gives their AAD object id, which is what the register keys Teams people by. The
 * core checks that the sender is secretariat.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { Actor, Core } from '../../src/core.ts';
import { code, reply, type Message } from '../../src/message.ts';
import { tenantOf, type InboundActivity } from './payloads.ts';
import { rosterMember } from './roster.ts';

export const TEAMS_LINK_USAGE = '@Matters Arising link @Tim Godwin "Tim Godwin"';
/** The same, as told to someone not linked yet (typed in a channel they both belong to). */
export const TEAMS_LINK_YOU = {
  typed: '@Matters Arising link @you "Your Name"',
  where: 'in a channel you both belong to',
};

export const isLinkCommand = (text: string): boolean => /^link\b/i.test(text);

const hint = (why: string): Message =>
  reply(why, ' In a channel you both belong to, type ', code(TEAMS_LINK_USAGE), '.');

export async function linkFromTeams(
  core: Core,
  api: ApiClient,
  a: InboundActivity,
  actor: Actor,
  text: string,
): Promise<Message> {
  const targets = (a.entities ?? []).flatMap((e) =>
    e.type === 'mention' && e.mentioned && e.mentioned.id !== a.recipient.id ? [e.mentioned] : [],
  );
  const query = text
    .replace(/^link\s*/i, '')
    .trim()
    .replace(/^["“”']|["“”']$/g, '')
    .trim();
  if (targets.length !== 1 || !query)
    return hint('To link someone, mention exactly one person, then their name in the register.');
  const tenant = tenantOf(a);
  const member = await rosterMember(api, a, targets[0]!.id).catch(() => undefined);
  if (!tenant || !member?.aadObjectId)
    return hint('Teams did not tell me who that is (they may be a guest or outside this team).');
  return core.linkUser(
    actor,
    { platform: 'teams', workspaceId: tenant, userId: member.aadObjectId },
    query,
  );
}
