/**
 * Who a Slack user is in the register. A user seen before is found by their identity; on first
 * contact Slack's users.info gives their email (users:read.email) and the core links them; if no
 * person has that email, the answer names the secretariat who can link them.
 */
import type { webApi } from '@slack/bolt';
import type { Core } from '../../src/core.ts';
import type { Actor } from '../../src/access.ts';
import type { Logger } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import { code, reply } from '../../src/message.ts';

type Client = webApi.WebClient;

export type Identified = { ok: true; actor: Actor } | { ok: false; message: Message };

/** The person behind a Slack user; on first contact, linked by the email Slack holds. */
export async function identify(
  core: Core,
  logger: Logger,
  client: Client,
  teamId: string,
  userId: string,
): Promise<Identified> {
  const user = { platform: 'slack' as const, workspaceId: teamId, userId };
  const known = await core.identify(user, 'slack');
  if (known) return { ok: true, actor: known };
  let email: string | undefined;
  try {
    const info = await client.users.info({ user: userId });
    email = info.user?.profile?.email ?? undefined;
  } catch (error) {
    logger.warn({ err: error, userId }, 'users.info failed for an unknown Slack user');
  }
  const person = email ? await core.linkByEmail(user, email, null) : undefined;
  if (person) {
    logger.info({ personId: person.id, userId }, 'Slack user linked by email');
    return { ok: true, actor: await core.actorFor(person, 'slack') };
  }
  const names = await core.whoCanLink();
  return {
    ok: false,
    message: reply(
      "I don't know you yet: your Slack account is not linked to anyone in the actions register. Ask ",
      names.length ? names.join(', ') : 'your board secretariat',
      ' to link you by typing ',
      code(`/actions link @you "Your Full Name"`),
      ', or to add your Slack email to the register.',
    ),
  };
}
