/**
 * The secretariat links a platform user the register does not know to a person, e.g. in Slack
 * `/actions link @tim "Tim Godwin"`. Checked on the server:
 * - only secretariat may link, and only people on a board where they are secretariat (anyone else
 *   is "not found", in the same words as someone not in the register, so nothing leaks);
 * - an account already linked is never re-pointed, and a person keeps at most one account per
 *   platform and workspace: either must be unlinked first (src/commands/unlink.ts);
 * - every link is audited and the linked account is told, once, through the outbox.
 */
import type { Platform } from '../domain.ts';
import type { Message } from '../message.ts';
import { code, reply } from '../message.ts';
import type { PlatformUser } from '../ports.ts';
import { getBoard } from '../register/boards.ts';
import { recordIdentityChange } from '../register/identity-audit.ts';
import {
  findPerson,
  findPersonByIdentity,
  linkIdentity,
  listIdentities,
  membersOf,
} from '../register/people.ts';
import { inTransaction } from '../register/tx.ts';
import { enqueueLinkNotice } from '../reminders/link-notice.ts';
import type { CommandContext } from './context.ts';
import { secretariatBoards, type Actor } from '../access.ts';
import { checkPeopleText } from '../people-text.ts';

export const LINK_USAGE = 'link @someone "Tim Godwin"';

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  slack: 'Slack',
  teams: 'Teams',
  console: 'console',
};

export async function linkUser(
  ctx: CommandContext,
  actor: Actor,
  user: PlatformUser,
  typedQuery: string,
): Promise<Message> {
  const boardIds = secretariatBoards(actor);
  if (boardIds.length === 0) {
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
  const slugs: string[] = [];
  for (const id of boardIds) slugs.push((await getBoard(ctx.db, id))!.slug.toUpperCase());
  const among = await membersOf(ctx.db, boardIds);
  const match = await findPerson(ctx.db, personQuery, undefined, among);
  if (match.kind === 'none') {
    return reply(
      `I can’t find “${personQuery.slice(0, 60)}” among the people on ${slugs.join(', ')}. You can link people who sit on a board you are secretariat of: add them to it first, then type their full name in quotes or their email: `,
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
  const person = match.person;
  const platform = PLATFORM_NAMES[user.platform];
  const unlinkTyped = (name: string) => [
    code(`unlink "${name}" ${user.platform}`),
    ' (the secretariat of every board they sit on), or on the command line ',
    code(`arising person unlink "${name}" --platform ${user.platform}`),
  ];

  // Who holds an account already linked is not said: they may sit on a board the asker does not run.
  const taken = reply(
    `That ${platform} account is already linked to someone in the register, and I have not changed it. If it is linked to the wrong person, unlink them first: `,
    ...unlinkTyped('Their Name'),
    '.',
  );
  return inTransaction(ctx.db, async (trx) => {
    const holder = await findPersonByIdentity(trx, user.platform, user.workspaceId, user.userId);
    if (holder && holder.id !== person.id) return taken;
    if (holder) return reply(`That ${platform} user is already linked to ${person.name}.`);
    const theirs = (await listIdentities(trx, person.id)).find(
      (i) => i.platform === user.platform && i.workspaceId === user.workspaceId,
    );
    if (theirs) {
      return reply(
        `${person.name} already has a ${platform} account linked, and I have not changed it. To link a different one, first unlink theirs: `,
        ...unlinkTyped(person.name),
        '.',
      );
    }
    // Checked again by the insert itself: a link made meanwhile is never overwritten.
    const result = await linkIdentity(
      trx,
      { ...user, personId: person.id, conversationRef: null },
      ctx.clock.now(),
    );
    if (result !== 'linked') return taken;
    const now = ctx.clock.now();
    const auditId = await recordIdentityChange(
      trx,
      {
        change: 'link',
        by: { kind: 'person', personId: actor.person.id, name: actor.person.name },
        platform: user.platform,
        workspaceId: user.workspaceId,
        userId: user.userId,
        personId: person.id,
        personName: person.name,
      },
      now,
    );
    await enqueueLinkNotice(
      trx,
      {
        auditId,
        personId: person.id,
        account: { platform: user.platform, workspaceId: user.workspaceId, userId: user.userId },
        linkedBy: `${actor.person.name} (${slugs.join(', ')} secretariat)`,
      },
      now,
    );
    return reply(
      `Linked: messages from that ${platform} user now act as ${person.name}. They have been told, and can ask you to undo it with `,
      code(`unlink "${person.name}" ${user.platform}`),
      '.',
    );
  });
}
