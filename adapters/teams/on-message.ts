/**
 * A message to the bot: in personal chat, or an @mention elsewhere. A file sent in personal
 * chat is minutes to import (on-file-shared.ts); `link @someone "Name"` links a colleague
 * (link.ts); anything else is a typed command. The activity is marked as seen first, so a
 * failure is answered, never left to a redelivery.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import { failedOnOurSide } from '../../src/core.ts';
import { safeLogField } from '../../src/log.ts';
import type { Message } from '../../src/message.ts';
import { firstTime, whoIs, type TeamsDeps } from './context.ts';
import { isLinkCommand, linkFromTeams } from './link.ts';
import { onFileShared } from './on-file-shared.ts';
import {
  activitySchema,
  commandText,
  fileAttachment,
  isPersonal,
  mentionsBot,
} from './payloads.ts';
import { answer } from './respond.ts';

export async function onMessage(deps: TeamsDeps, api: ApiClient, activity: unknown): Promise<void> {
  const { core, logger } = deps;
  const parsed = activitySchema.safeParse(activity);
  if (!parsed.success) return void logger.warn('teams message with an unexpected shape');
  const a = parsed.data;
  if (!isPersonal(a) && !mentionsBot(a)) return;
  if (!(await firstTime(deps, a))) return;
  const text = commandText(a.text);
  const file = isPersonal(a) ? fileAttachment(a.attachments) : undefined;
  let message: Message;
  try {
    const who = await whoIs(deps, a, api);
    if (who.ok && file) return await onFileShared(deps, api, a, who.actor, file, text);
    if (who.ok)
      logger.debug({ personId: who.actor.person.id, text: safeLogField(text) }, 'teams command');
    message = !who.ok
      ? who.message
      : isLinkCommand(text)
        ? await linkFromTeams(core, api, a, who.actor, text)
        : await core.handleText(who.actor, text || 'help');
  } catch (error) {
    logger.error({ err: error }, 'teams command failed');
    message = failedOnOurSide();
  }
  await answer(deps, api, a, message);
}
