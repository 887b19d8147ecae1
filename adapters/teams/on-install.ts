/**
 * Teams announces an install twice: conversationUpdate (the bot joined) and installationUpdate.
 * The first only records how to reach the person (onBotAdded); the second says hello
 * (onInstalled), so it is said once. Each is applied once however often it is redelivered.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { code, reply } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import { activitySchema, isPersonal } from './payloads.ts';
import { answer } from './respond.ts';

/** conversationUpdate: the bot added to a personal chat; the person is identified and reachable. */
export async function onBotAdded(
  deps: TeamsDeps,
  api: ApiClient,
  activity: unknown,
): Promise<void> {
  const parsed = activitySchema.safeParse(activity);
  if (!parsed.success) return;
  const a = parsed.data;
  const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
  if (!botAdded || !isPersonal(a) || !(await firstTime(deps, a))) return;
  await whoIs(deps, a, api);
}

/** installationUpdate (add): hello in personal chat; in a channel, the id its digest needs. */
export async function onInstalled(
  deps: TeamsDeps,
  api: ApiClient,
  activity: unknown,
): Promise<void> {
  const parsed = activitySchema.safeParse(activity);
  if (!parsed.success) return;
  const a = parsed.data;
  if ((a.action && !a.action.startsWith('add')) || !(await firstTime(deps, a))) return;
  if (!isPersonal(a)) {
    // A team or group chat: the secretariat needs this id to send a board's digest here.
    const hello = reply(
      'Matters Arising is here. Mention me with ',
      code('help'),
      ' to see what I can do. This channel’s id, for a board’s digest settings: ',
      code(a.conversation.id),
      '.',
    );
    return answer(deps, api, a, hello);
  }
  const who = await whoIs(deps, a, api);
  if (!who.ok) return answer(deps, api, a, who.message);
  const hello = reply(
    `Hello ${who.actor.person.name}. I will remind you of your board actions before each meeting. Type `,
    code('mine'),
    ' to see them now, or ',
    code('help'),
    '.',
  );
  await answer(deps, api, a, hello);
}
