/**
 * The secretariat links a platform user the register does not know to a person, e.g. in Slack
 * `/actions link @tim "Tim Godwin"`. Checked on the server: only secretariat may link.
 */
import type { Message } from '../message.ts';
import { code, reply } from '../message.ts';
import type { PlatformUser } from '../core.ts';
import { findPerson, linkIdentity } from '../register/people.ts';
import type { CommandContext } from './execute.ts';
import type { Actor } from './permissions.ts';
import { checkPeopleText } from '../people-text.ts';

export const LINK_USAGE = 'link @someone "Tim Godwin"';

export async function linkUser(
  ctx: CommandContext,
  actor: Actor,
  user: PlatformUser,
  typedQuery: string,
): Promise<Message> {
  const isSecretariat = [...actor.roles.values()].some((roles) => roles.includes('secretariat'));
  if (!isSecretariat) {
    // Said as the asker's platform says it: a slash command in Slack, a message in Teams.
    const typed = user.platform === 'slack' ? `/actions ${LINK_USAGE}` : LINK_USAGE;
    return reply(
      'Only a board secretariat can link people. Ask your secretariat to type ',
      code(typed),
      '.',
    );
  }
  const checked = checkPeopleText('name', typedQuery);
  if (!checked.ok) return reply(checked.reply);
  const personQuery = checked.text;
  const match = await findPerson(ctx.db, personQuery);
  if (match.kind === 'none') {
    return reply(
      `I can't find “${personQuery.slice(0, 60)}” in the register. Type their full name in quotes or their email: `,
      code(LINK_USAGE),
      '.',
    );
  }
  if (match.kind === 'many') {
    const names = match.candidates
      .slice(0, 6)
      .map((p) => p.name)
      .join('; ');
    return reply(
      `“${personQuery.slice(0, 60)}” could be ${names}. Type the full name in quotes, or the email.`,
    );
  }
  await linkIdentity(
    ctx.db,
    { ...user, personId: match.person.id, conversationRef: null },
    ctx.clock.now(),
  );
  return reply(`Linked: messages from that ${user.platform} user now act as ${match.person.name}.`);
}
