/**
 * Undoing a link: `unlink "Tim Godwin" slack` in chat, `arising person unlink "Tim Godwin"
 * [--platform slack|teams]` on the command line. In chat only someone who is secretariat of every
 * board the person sits on may do it (a person on no board only from the command line): the
 * secretariat of one board must not cut off the chair of another. Every removal is audited
 * (src/register/unlink.ts, which the command line calls directly).
 */
import type { Platform } from '../domain.ts';
import type { Message } from '../message.ts';
import { code, reply } from '../message.ts';
import type { ChangedBy } from '../register/identity-audit.ts';
import { findPerson, membersOf, rolesOf } from '../register/people.ts';
import { removeAudited } from '../register/unlink.ts';
import type { CommandContext } from './context.ts';
import { secretariatBoards, type Actor } from '../access.ts';

export const UNLINK_USAGE = 'unlink "Tim Godwin" slack';

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  slack: 'Slack',
  teams: 'Teams',
  console: 'console',
};

/** Chat: `unlink "Tim Godwin" slack`, by the secretariat of every board Tim sits on. */
export async function unlinkUser(
  ctx: CommandContext,
  actor: Actor,
  personQuery: string,
  platform?: Platform,
): Promise<Message> {
  const runs = new Set(secretariatBoards(actor));
  if (runs.size === 0) return reply('Only a board secretariat can unlink people.');
  const match = await findPerson(
    ctx.db,
    personQuery,
    undefined,
    await membersOf(ctx.db, [...runs]),
  );
  if (match.kind === 'none')
    return reply(
      `I can’t find “${personQuery.slice(0, 60)}” among the people on your boards. Try: `,
      code(UNLINK_USAGE),
    );
  if (match.kind === 'many')
    return reply(
      `“${personQuery.slice(0, 60)}” could be ${match.candidates.map((p) => p.name).join('; ')}. Type the full name in quotes, or the email.`,
    );
  const person = match.person;
  const theirBoards = [...(await rolesOf(ctx.db, person.id)).keys()];
  if (!theirBoards.every((id) => runs.has(id))) {
    return reply(
      `Only the secretariat of every board ${person.name} sits on can unlink them in chat, and you are not secretariat of all of them. Ask an administrator to run `,
      code(`arising person unlink "${person.name}"${platform ? ` --platform ${platform}` : ''}`),
      '.',
    );
  }
  const by: ChangedBy = { kind: 'person', personId: actor.person.id, name: actor.person.name };
  const removed = await removeAudited(ctx.db, person, platform, by, ctx.clock.now());
  const which = platform ? `${PLATFORM_NAMES[platform]} account` : 'accounts';
  if (removed === 0) return reply(`${person.name} has no ${which} linked.`);
  return reply(
    `Unlinked ${person.name}’s ${which}. They can be linked again with `,
    code('link'),
    '.',
  );
}
