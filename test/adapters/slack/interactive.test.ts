import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ButtonIntent } from '../../../src/message.ts';
import { visibleText, type StoredMessage } from './mock-slack.ts';
import { startHarness, type Harness } from './harness.ts';
import { sql } from 'kysely';
import { actorFor } from '../../../src/access.ts';
import { failedOnOurSide } from '../../../src/core.ts';
import { renderBlocks } from '../../../adapters/slack/render.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** Sends Tim a reminder through the Slack messenger, as the deliverer does, and records it. */
async function remindTim(refs: readonly string[] = ['LCRB-1', 'LCRB-2']): Promise<StoredMessage> {
  const actor = await actorFor(h.service.db, h.tim, 'system');
  const message = await h.service.core.handleText(actor, 'mine');
  const delivery = await h.service.messengers.get('slack')!.send(
    {
      idempotencyKey: `reminder:${refs.join(',')}`,
      recipient: {
        kind: 'person',
        personId: h.tim.id,
        userId: 'UTIM',
        workspaceId: 'T1',
        conversationRef: null,
      },
    },
    message,
  );
  if (!delivery.ok) throw new Error(delivery.reason);
  const now = h.clock.now().toISOString();
  await h.service.db
    .insertInto('outbox')
    .values({
      idempotency_key: `reminder:person=${h.tim.id}:${refs.join(',')}`,
      kind: 'reminder',
      person_id: h.tim.id,
      platform: 'slack',
      payload: JSON.stringify({ actionRefs: refs }),
      state: 'sent',
      not_before: now,
      next_attempt_at: now,
      created_at: now,
      sent_at: now,
      message_id: delivery.messageId,
    })
    .execute();
  return h.mock.messages.get(delivery.messageId)!;
}

/** The intent on a button of the message, found by its label and action ref. */
function buttonIntent(blocks: unknown[], ref: string, label: string): ButtonIntent {
  for (const block of blocks as {
    block_id?: string;
    elements?: { text?: { text: string }; value?: string }[];
  }[]) {
    if (!block.block_id?.startsWith(`card:${ref}:`)) continue;
    const button = block.elements?.find((e) => e.text?.text === label);
    if (button?.value) return JSON.parse(button.value) as ButtonIntent;
  }
  throw new Error(`No ${label} button on ${ref}`);
}

const statusOf = async (ref: string) =>
  (
    await h.service.db
      .selectFrom('actions')
      .select('status')
      .where('ref', '=', ref)
      .executeTakeFirstOrThrow()
  ).status;

const lastSlackUpdate = (ref: string) =>
  h.service.db
    .selectFrom('action_updates')
    .innerJoin('actions', 'actions.id', 'action_updates.action_id')
    .select([
      'action_updates.source',
      'action_updates.note',
      'action_updates.status_to',
      'action_updates.kind',
    ])
    .where('actions.ref', '=', ref)
    .orderBy('action_updates.id', 'desc')
    .executeTakeFirstOrThrow();

function cardText(message: StoredMessage, ref: string): string {
  return visibleText(
    (message.blocks as { block_id?: string }[]).filter((b) =>
      b.block_id?.startsWith(`card:${ref}:`),
    ),
  );
}

describe('buttons on a reminder', () => {
  it('marks an action complete and updates that card in place, keeping the others', async () => {
    const reminder = await remindTim();
    const intent = buttonIntent(reminder.blocks, 'LCRB-1', 'Complete');
    const res = await h.click('UTIM', intent, {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    expect(res.status).toBe(200);
    await h.mock.waitFor('chat.update', (c) => c.args.ts === reminder.ts);
    expect(await statusOf('LCRB-1')).toBe('complete');
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({
      source: 'slack',
      status_to: 'complete',
    });
    const updated = h.mock.messages.get(`${reminder.channel}:${reminder.ts}`)!;
    expect(cardText(updated, 'LCRB-1')).toContain('Complete');
    expect(JSON.stringify(updated.blocks)).not.toContain(
      '"set_status","ref":"LCRB-1","status":"complete"',
    );
    expect(cardText(updated, 'LCRB-2')).toContain('Circulate the knife crime figures');
    expect(cardText(updated, 'LCRB-2')).toContain('Open');
  });

  it('refuses a stale button after the action changed, and shows its current state', async () => {
    const reminder = await remindTim();
    const intent = buttonIntent(reminder.blocks, 'LCRB-2', 'In progress');
    await h.command('UTIM', 'done LCRB-2');
    const res = await h.click('UTIM', intent, {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const said = await h.mock.waitFor(
      'response_url',
      (c) => c.args.id === res.responseUrl.split('/').pop(),
    );
    expect(said.args.replace_original).toBe(false);
    expect(await statusOf('LCRB-2')).toBe('complete');
  });

  it('retries a 429 from Slack after Retry-After, so the update is not lost', async () => {
    const reminder = await remindTim();
    h.mock.failNext(429, 1, 'chat.update');
    const intent = buttonIntent(reminder.blocks, 'LCRB-1', 'In progress');
    await h.click('UTIM', intent, {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    await h.mock.waitFor(
      'chat.update',
      (c) => c.args.ts === reminder.ts && h.mock.callsOf('chat.update').length >= 2,
    );
    expect(h.mock.callsOf('chat.update')).toHaveLength(2);
    expect(
      cardText(h.mock.messages.get(`${reminder.channel}:${reminder.ts}`)!, 'LCRB-1'),
    ).toContain('In progress');
  });

  it('updates an ephemeral /actions answer through its response_url', async () => {
    const answer = await h.command('UTIM', 'mine');
    const blocks = answer.args.blocks as unknown[];
    const intent = buttonIntent(blocks, 'LCRB-2', 'Complete');
    const res = await h.click('UTIM', intent, {
      channel: 'CGENERAL',
      ts: '1.1',
      blocks,
      ephemeral: true,
    });
    const replaced = await h.mock.waitFor(
      'response_url',
      (c) => c.args.id === res.responseUrl.split('/').pop(),
    );
    expect(replaced.args.replace_original).toBe(true);
    expect(visibleText(replaced.args.blocks)).toContain('Complete');
    expect(await statusOf('LCRB-2')).toBe('complete');
  });
});

describe('button payloads', () => {
  it('acknowledges a button it does not understand and changes nothing', async () => {
    const reminder = await remindTim();
    const res = await h.click(
      'UTIM',
      { kind: 'set_status', ref: 'LCRB-1', status: 'teleported' } as unknown as ButtonIntent,
      { channel: reminder.channel, ts: reminder.ts, blocks: reminder.blocks },
    );
    expect(res.status).toBe(200);
    expect(await statusOf('LCRB-1')).toBe('open');
    expect(h.mock.callsOf('chat.update')).toHaveLength(0);
  });
});

describe('the Add update modal', () => {
  it('opens a form and saves the status and note, updating the reminder', async () => {
    const reminder = await remindTim();
    const intent = buttonIntent(reminder.blocks, 'LCRB-1', 'Add update');
    await h.click('UTIM', intent, {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const opened = await h.mock.waitFor('views.open');
    const view = opened.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('add_update');

    const submission = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'london' },
      user: { id: 'UTIM', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy-verification-token',
      trigger_id: 'trigger-view',
      view: {
        id: 'VMODAL',
        type: 'modal',
        callback_id: 'add_update',
        private_metadata: view.private_metadata,
        state: {
          values: {
            status: {
              status: {
                type: 'static_select',
                selected_option: {
                  value: 'in_progress',
                  text: { type: 'plain_text', text: 'In progress' },
                },
              },
            },
            note: { note: { type: 'plain_text_input', value: 'Draft with the Commissioner' } },
          },
        },
      },
    };
    const res = await h.post(
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(await statusOf('LCRB-1')).toBe('in_progress');
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({
      source: 'slack',
      note: 'Draft with the Commissioner',
    });
    await h.mock.waitFor('chat.update', (c) => c.args.ts === reminder.ts);
    expect(
      cardText(h.mock.messages.get(`${reminder.channel}:${reminder.ts}`)!, 'LCRB-1'),
    ).toContain('Draft with the Commissioner');
  });

  it('shows the refusal on the form when the person may not set that status', async () => {
    const reminder = await remindTim();
    const intent = buttonIntent(reminder.blocks, 'LCRB-1', 'Add update');
    await h.click('UTIM', intent, {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const opened = await h.mock.waitFor('views.open');
    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UTIM', team_id: 'T1' },
      trigger_id: 'trigger-view-2',
      view: {
        id: 'VMODAL',
        type: 'modal',
        callback_id: 'add_update',
        private_metadata: (opened.args.view as { private_metadata: string }).private_metadata,
        state: {
          values: {
            status: { status: { type: 'static_select', selected_option: { value: 'closed' } } },
            note: { note: { type: 'plain_text_input', value: null } },
          },
        },
      },
    };
    const res = await h.post(
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(JSON.parse(res.text)).toMatchObject({
      response_action: 'errors',
      errors: { status: expect.stringContaining('secretariat') },
    });
    expect(await statusOf('LCRB-1')).toBe('open');
  });

  it('shows the one failure reply on the form when the register fails, and keeps it open', async () => {
    const reminder = await remindTim();
    await h.click('UTIM', buttonIntent(reminder.blocks, 'LCRB-1', 'Add update'), {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const opened = await h.mock.waitFor('views.open');
    // The register loses a table: a bug or a broken migration, nothing the person did.
    await sql`alter table actions rename to actions_gone`.execute(h.service.db);
    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UTIM', team_id: 'T1' },
      trigger_id: 'trigger-view-failing',
      view: {
        id: 'VMODAL',
        hash: 'h1',
        type: 'modal',
        callback_id: 'add_update',
        private_metadata: (opened.args.view as { private_metadata: string }).private_metadata,
        state: {
          values: {
            status: {
              status: { type: 'static_select', selected_option: { value: 'in_progress' } },
            },
            note: { note: { type: 'plain_text_input', value: 'Draft sent' } },
          },
        },
      },
    };
    const res = await h.post(
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text || '{}')).toEqual({
      response_action: 'errors',
      errors: { note: failedOnOurSide().summary },
    });
  });
});

describe("people's text through the Add update modal", () => {
  /** Opens the form on LCRB-1 and submits `note` with it, as Slack does (signed). */
  // Slack gives every submission a trigger_id of its own; a repeated one is a replay.
  let submissions = 0;
  async function submitNote(note: string, refs: readonly string[] = ['LCRB-1', 'LCRB-2']) {
    const reminder = await remindTim(refs);
    await h.click('UTIM', buttonIntent(reminder.blocks, 'LCRB-1', 'Add update'), {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const opened = await h.mock.waitFor('views.open');
    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UTIM', team_id: 'T1' },
      trigger_id: `trigger-view-long-${++submissions}`,
      view: {
        id: 'VMODAL',
        type: 'modal',
        callback_id: 'add_update',
        private_metadata: (opened.args.view as { private_metadata: string }).private_metadata,
        state: {
          values: {
            status: {
              status: { type: 'static_select', selected_option: { value: 'in_progress' } },
            },
            note: { note: { type: 'plain_text_input', value: note } },
          },
        },
      },
    };
    const res = await h.post(
      new URLSearchParams({ payload: JSON.stringify(submission) }).toString(),
      'application/x-www-form-urlencoded',
    );
    return JSON.parse(res.text || '{}') as {
      response_action?: string;
      errors?: Record<string, string>;
    };
  }

  it('refuses a 10,000-character note on the form (max_length is only a hint) and stores nothing', async () => {
    const answer = await submitNote('x'.repeat(10_000));
    expect(answer).toMatchObject({
      response_action: 'errors',
      errors: {
        note: 'Notes can be up to 2,000 characters; yours has 10,000. Shorten it and send it again.',
      },
    });
    expect(await statusOf('LCRB-1')).toBe('open');
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({ kind: 'created' });
  });

  it('refuses a note with a bidi override or a terminal escape, and stores nothing', async () => {
    for (const [i, note] of ['Paper \u202Edetfard', 'Paper drafted\u001b[2J'].entries()) {
      const answer = await submitNote(note, i === 0 ? ['LCRB-1'] : ['LCRB-1', 'LCRB-2']);
      expect(answer.errors?.note).toMatch(/can't contain control characters/);
      expect(await lastSlackUpdate('LCRB-1')).toMatchObject({ kind: 'created' });
    }
  });
});

describe('replies in a reminder thread', () => {
  const replyEvent = (reminder: StoredMessage, text: string, ts: string) => ({
    type: 'message',
    channel: reminder.channel,
    channel_type: 'im',
    user: 'UTIM',
    text,
    ts,
    thread_ts: reminder.ts,
    event_ts: ts,
  });

  it('turns a reply to a one-action reminder into a note, and "done" completes it', async () => {
    const reminder = await remindTim(['LCRB-2']);
    const ts = h.mock.newTs();
    expect(await h.event(replyEvent(reminder, 'done: figures sent to all members', ts))).toBe(200);
    const answer = await h.mock.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === reminder.ts,
    );
    expect(visibleText(answer.args.blocks)).toContain('LCRB-2 is now complete');
    expect(await lastSlackUpdate('LCRB-2')).toMatchObject({
      source: 'slack',
      status_to: 'complete',
      note: 'figures sent to all members',
    });
  });

  it('reads "blocked" as in progress with the reason kept in the note', async () => {
    const reminder = await remindTim(['LCRB-1']);
    await h.event(replyEvent(reminder, 'Blocked: waiting for the Home Office', h.mock.newTs()));
    await h.mock.waitFor('chat.postMessage', (c) => c.args.thread_ts === reminder.ts);
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({
      status_to: 'in_progress',
      note: 'Blocked: waiting for the Home Office',
    });
  });

  it('never applies a reply twice when Slack retries the event', async () => {
    const reminder = await remindTim(['LCRB-1']);
    const event = replyEvent(reminder, 'Spoke to the Commissioner', h.mock.newTs());
    expect(await h.event(event, { eventId: 'EvRETRY' })).toBe(200);
    await h.mock.waitFor('chat.postMessage', (c) => c.args.thread_ts === reminder.ts);
    expect(await h.event(event, { eventId: 'EvRETRY', retryNum: 1 })).toBe(200);
    expect(await h.event(event, { eventId: 'EvRETRY', retryNum: 2 })).toBe(200);
    // A later, different reply: once it is answered, any duplicate would have been written too.
    await h.event(replyEvent(reminder, 'Paper drafted', h.mock.newTs()), { eventId: 'EvLATER' });
    await h.mock.waitFor(
      'chat.postMessage',
      (c) =>
        visibleText(c.args.blocks).includes('Note added') &&
        h.mock.callsOf('chat.postMessage').filter((p) => p.args.thread_ts === reminder.ts).length >=
          2,
    );
    expect(
      h.mock.callsOf('chat.postMessage').filter((p) => p.args.thread_ts === reminder.ts),
    ).toHaveLength(2);
    const notes = await h.service.db
      .selectFrom('action_updates')
      .select('note')
      .where('note', '=', 'Spoke to the Commissioner')
      .execute();
    expect(notes).toHaveLength(1);
  });

  it('asks which action a reply is about when the reminder listed several', async () => {
    const reminder = await remindTim(['LCRB-1', 'LCRB-2']);
    const ts = h.mock.newTs();
    h.mock.addUserMessage({
      channel: reminder.channel,
      ts,
      thread_ts: reminder.ts,
      user: 'UTIM',
      text: 'in progress: meeting the Home Office on Friday',
      blocks: [],
    });
    await h.event(replyEvent(reminder, 'in progress: meeting the Home Office on Friday', ts));
    const question = await h.mock.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === reminder.ts,
    );
    expect(visibleText(question.args.blocks)).toContain('Which action');
    const asked = h.mock.messages.get(
      `${reminder.channel}:${[...h.mock.messages.values()].find((m) => m.thread_ts === reminder.ts && m.user === 'UBOT')!.ts}`,
    )!;
    const pick = (asked.blocks as { elements?: { text: { text: string }; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text.text === 'LCRB-2')!;
    expect(await statusOf('LCRB-2')).toBe('open');
    await h.click('UTIM', JSON.parse(pick.value) as ButtonIntent, {
      channel: asked.channel,
      ts: asked.ts,
      blocks: asked.blocks,
    });
    await h.mock.waitFor('chat.update', (c) => c.args.ts === asked.ts);
    expect(await lastSlackUpdate('LCRB-2')).toMatchObject({
      source: 'slack',
      status_to: 'in_progress',
      note: 'meeting the Home Office on Friday',
    });
    expect(await statusOf('LCRB-1')).toBe('open');
  });

  it('asks for a shorter reply instead of cutting a long note', async () => {
    const reminder = await remindTim(['LCRB-1']);
    await h.event(replyEvent(reminder, 'x'.repeat(10_000), h.mock.newTs()));
    const answer = await h.mock.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === reminder.ts,
    );
    expect(visibleText(answer.args.blocks)).toContain(
      'Notes can be up to 2,000 characters; yours has 10,000. Shorten it and send it again.',
    );
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({ kind: 'created' });
  });

  it('refuses a reply carrying a bidi override, and stores nothing', async () => {
    const reminder = await remindTim(['LCRB-1']);
    await h.event(replyEvent(reminder, 'done \u202Ekcab', h.mock.newTs()));
    const answer = await h.mock.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === reminder.ts,
    );
    expect(visibleText(answer.args.blocks)).toMatch(/can't contain control characters/);
    expect(await statusOf('LCRB-1')).toBe('open');
    expect(await lastSlackUpdate('LCRB-1')).toMatchObject({ kind: 'created' });
  });

  it('ignores a thread under a message that is not a reminder', async () => {
    const status = await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'done',
      ts: '99.2',
      thread_ts: '99.1',
    });
    expect(status).toBe(200);
    // A later direct message is answered; the thread reply before it never was.
    await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'mine',
      ts: '99.3',
    });
    await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    expect(
      h.mock.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === '99.1'),
    ).toHaveLength(0);
    expect(await statusOf('LCRB-1')).toBe('open');
  });
});

describe('direct messages to the bot', () => {
  it('answers a DM with the one failure reply when the register fails, as a command is', async () => {
    // The register loses a table: a bug or a broken migration, nothing the person did.
    await sql`alter table actions rename to actions_gone`.execute(h.service.db);
    await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'mine',
      ts: '100.5',
    });
    const answer = await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    expect(visibleText(answer.args.blocks)).toBe(visibleText(renderBlocks(failedOnOurSide())));
    const command = await h.command('UTIM', 'mine');
    expect(visibleText(command.args.blocks)).toBe(visibleText(renderBlocks(failedOnOurSide())));
  });

  it('answers a command typed in a DM, with buttons', async () => {
    await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'mine',
      ts: '100.1',
    });
    const answer = await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    expect(answer.args.thread_ts).toBeUndefined();
    expect(visibleText(answer.args.blocks)).toContain('Circulate the knife crime figures');
  });

  it('ignores messages in channels and from bots', async () => {
    await h.event({
      type: 'message',
      channel: 'CGENERAL',
      channel_type: 'channel',
      user: 'UTIM',
      text: 'mine',
      ts: '101.1',
    });
    await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UOTHER',
      bot_id: 'B2',
      text: 'mine',
      ts: '101.2',
    });
    await h.event({
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'boards',
      ts: '101.3',
    });
    await h.mock.waitFor('chat.postMessage', (c) =>
      visibleText(c.args.blocks).includes('Your boards'),
    );
    expect(h.mock.callsOf('chat.postMessage')).toHaveLength(1);
  });
});

describe('App Home', () => {
  it("shows an owner's open actions", async () => {
    await h.event({
      type: 'app_home_opened',
      user: 'UTIM',
      channel: 'DTIM',
      tab: 'home',
      event_ts: '1.1',
    });
    const published = await h.mock.waitFor('views.publish', (c) => c.args.user_id === 'UTIM');
    const text = visibleText((published.args.view as { blocks: unknown[] }).blocks);
    expect(text).toContain('LCRB-1');
    expect(text).not.toContain('Your boards');
  });

  it('shows a chair the outstanding counts of their boards', async () => {
    await h.event({
      type: 'app_home_opened',
      user: 'USADIQ',
      channel: 'DSADIQ',
      tab: 'home',
      event_ts: '1.2',
    });
    const published = await h.mock.waitFor('views.publish', (c) => c.args.user_id === 'USADIQ');
    const text = visibleText((published.args.view as { blocks: unknown[] }).blocks);
    expect(text).toContain('London Crime Reduction Board');
    expect(text).toContain('2 outstanding');
  });

  it('opens a board’s outstanding list from its button on the Home tab', async () => {
    await h.event({
      type: 'app_home_opened',
      user: 'USADIQ',
      channel: 'DSADIQ',
      tab: 'home',
      event_ts: '1.4',
    });
    const published = await h.mock.waitFor('views.publish', (c) => c.args.user_id === 'USADIQ');
    const blocks = (published.args.view as { blocks: unknown[] }).blocks as {
      elements?: { text?: { text: string }; value?: string }[];
    }[];
    const button = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text.startsWith('Outstanding: '));
    expect(button, 'a button per board').toBeDefined();
    await h.click('USADIQ', JSON.parse(button!.value!) as ButtonIntent);
    const opened = await h.mock.waitFor('views.open', () => true);
    const view = opened.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('modal');
    const text = visibleText(view.blocks);
    expect(text).toContain('Outstanding: London Crime Reduction Board');
    expect(text).toContain('LCRB-1');
  });

  it('refreshes the Home tab after a button on it is pressed', async () => {
    await h.event({
      type: 'app_home_opened',
      user: 'UTIM',
      channel: 'DTIM',
      tab: 'home',
      event_ts: '1.3',
    });
    const first = await h.mock.waitFor('views.publish', (c) => c.args.user_id === 'UTIM');
    const blocks = (first.args.view as { blocks: unknown[] }).blocks;
    await h.click('UTIM', buttonIntent(blocks, 'LCRB-1', 'Complete'));
    await h.mock.waitFor('views.publish', () => h.mock.callsOf('views.publish').length >= 2);
    const again = h.mock.callsOf('views.publish').at(-1)!;
    expect(visibleText((again.args.view as { blocks: unknown[] }).blocks)).not.toContain(
      'Bring back a full proposal',
    );
    expect(await statusOf('LCRB-1')).toBe('complete');
  });
});
