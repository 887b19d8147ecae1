/**
 * A message in the bot's DM. A file shared there is minutes to import (on-file-shared.ts); a
 * top-level message is a command, as in the local chat ("mine", "done LCRB-12"); a reply in a
 * reminder's thread is an update to the action it lists, or, when it lists several, a question
 * with one button per action. Not bots, edits, deletions or channels. Retries of the same event
 * are applied once (event_id).
 */
import { failedOnOurSide } from '../../src/core.ts';
import { reply, type Message } from '../../src/message.ts';
import { whoIs, type Client, type SlackDeps } from './context.ts';
import { refresh } from './in-place.ts';
import { onFileShared } from './on-file-shared.ts';
import { fileSchema, messageEventSchema, unescapeSlack, type MessageEvent } from './payloads.ts';
import { say } from './respond.ts';

export async function onMessage(
  deps: SlackDeps,
  client: Client,
  event: unknown,
  body: unknown,
): Promise<void> {
  const parsed = messageEventSchema.safeParse(event);
  if (!parsed.success) return;
  const e = parsed.data;
  const fileShare =
    e.subtype === 'file_share' && e.channel_type === 'im' && !e.bot_id && !!e.files?.length;
  const fromPerson = !e.subtype && !e.bot_id && (!e.channel_type || e.channel_type === 'im');
  if (!fileShare && !fromPerson) return;
  const envelope = body as { event_id?: string; team_id?: string };
  const eventId = envelope.event_id ?? `${e.channel}:${e.ts}`;
  if (!(await deps.core.firstDelivery(`slack:event:${eventId}`))) return;
  const teamId = String(envelope.team_id ?? '');
  if (fileShare) {
    const file = fileSchema.safeParse(e.files![0]);
    if (!file.success) return void deps.logger.warn('Slack shared file not understood');
    const where = { teamId, userId: e.user, channel: e.channel, text: e.text };
    return onFileShared(deps, client, where, file.data);
  }
  const inThread = e.thread_ts !== undefined && e.thread_ts !== e.ts;
  try {
    if (inThread) return await onThreadReply(deps, client, teamId, e);
    const who = await whoIs(deps, client, teamId, e.user);
    const answer = who.ok
      ? await deps.core.handleText(who.actor, unescapeSlack(e.text))
      : who.message;
    await say(client, e.channel, answer);
  } catch (error) {
    // The event is already marked as seen, so a failure is answered, never left to a retry.
    deps.logger.error({ err: error }, 'Slack message failed');
    const threadTs = inThread ? { threadTs: e.thread_ts! } : {};
    await say(client, e.channel, failedOnOurSide(), threadTs).catch((sayError: unknown) =>
      deps.logger.warn({ err: sayError }, 'Slack failure reply not delivered'),
    );
  }
}

/** A reply in a thread: an update when the thread is under a reminder, else conversation. */
async function onThreadReply(
  deps: SlackDeps,
  client: Client,
  teamId: string,
  e: MessageEvent,
): Promise<void> {
  const threadTs = e.thread_ts!;
  const refs = await deps.core.actionRefsForMessage('slack', `${e.channel}:${threadTs}`);
  if (refs.length === 0) return;
  const answer = (message: Message) => say(client, e.channel, message, { threadTs });
  const who = await whoIs(deps, client, teamId, e.user);
  if (!who.ok) return answer(who.message);
  const text = unescapeSlack(e.text);
  // An empty reply (a file, a reaction) carries neither a status nor a note.
  if (!text.trim()) return;
  if (refs.length > 1) {
    const noteKey = `${e.channel}:${threadTs}:${e.ts}`;
    return answer({
      summary: 'Which action is your reply about?',
      blocks: [
        { kind: 'paragraph', spans: ['Which action is your reply about?'] },
        {
          kind: 'buttons',
          buttons: refs.map((ref) => ({
            label: ref,
            intent: { kind: 'attach_note', ref, noteKey },
          })),
        },
      ],
    });
  }
  const outcome = await deps.core.replyToReminder(who.actor, refs[0]!, text);
  await answer(outcome.ok ? reply(outcome.reply.summary) : outcome.reply);
  if (!outcome.ok || !outcome.card) return;
  const reminder = { channel: e.channel, ts: threadTs, ephemeral: false, home: false };
  // The update stands and has been answered: a refresh that fails is logged, not reported.
  await refresh(client, reminder, outcome.card).catch((error: unknown) =>
    deps.logger.error({ err: error }, 'Slack reminder refresh after a thread reply failed'),
  );
}
