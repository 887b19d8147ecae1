/**
 * A bad day on Slack's side: the Web API and response_url answering 500, or hanging until the
 * connection drops, while an owner types commands and presses buttons. The service stays polite,
 * each register change is applied once, and nothing is said twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ButtonIntent } from '../../src/message.ts';
import { startHarness, type Harness } from '../adapters/slack/harness.ts';
import { visibleText, type SlackCall, type StoredMessage } from '../adapters/slack/mock-slack.ts';
import { commandBody, statusAndHistory } from './slack-requests.ts';
import { actorFor } from '../../src/access.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** Sends Tim his open actions as a DM through the Slack messenger, as a reminder would be. */
async function remindTim(): Promise<StoredMessage> {
  const actor = await actorFor(h.service.db, h.tim, 'system');
  const message = await h.service.core.handleText(actor, 'mine');
  const delivery = await h.service.messengers.get('slack')!.send(
    {
      idempotencyKey: 'reminder:faults',
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
  return h.mock.messages.get(delivery.messageId)!;
}

/** The intent of the Complete button on `ref`'s card. */
function completeIntent(blocks: unknown[], ref: string): ButtonIntent {
  const values = (blocks as { elements?: { value?: string }[] }[]).flatMap((b) =>
    (b.elements ?? []).map((e) => e.value ?? ''),
  );
  for (const value of values) {
    if (!value.startsWith('{')) continue;
    const intent = JSON.parse(value) as ButtonIntent;
    if (intent.kind === 'set_status' && intent.ref === ref && intent.status === 'complete')
      return intent;
  }
  throw new Error(`No Complete button on ${ref}`);
}

/** Every response_url answer to one request, once `count` have arrived. */
async function answersTo(id: string, count: number): Promise<SlackCall[]> {
  await h.mock.waitFor(
    'response_url',
    (c) =>
      c.args.id === id &&
      h.mock.callsOf('response_url').filter((x) => x.args.id === id).length >= count,
  );
  return h.mock.callsOf('response_url').filter((c) => c.args.id === id);
}

describe('Slack answering 500 or hanging', () => {
  it('still gives the real answer when response_url fails once, and updates the action once', async () => {
    h.mock.failNext(500, undefined, 'response_url');
    const res = await h.post(
      commandBody('UTIM', 'done LCRB-1 "Paper circulated"', h.mock.responseUrl('c500')),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const answers = await answersTo('c500', 2);
    expect(visibleText(answers[1]!.args.blocks)).toContain('LCRB-1 is now complete');
    expect(visibleText(answers[1]!.args.blocks)).not.toMatch(/failed on our side/);
    const { status, changes } = await statusAndHistory(h.service.db, 'LCRB-1');
    expect(status).toBe('complete');
    expect(changes).toEqual([{ status_to: 'complete', note: 'Paper circulated' }]);
  });

  it('still gives the real answer when response_url hangs and drops, and updates once', async () => {
    h.mock.hangNext(300, 'response_url');
    await h.post(
      commandBody(
        'UTIM',
        'update LCRB-2 in progress "Figures due Friday"',
        h.mock.responseUrl('hang'),
      ),
      'application/x-www-form-urlencoded',
    );
    const answers = await answersTo('hang', 2);
    expect(visibleText(answers[1]!.args.blocks)).toContain('LCRB-2 is now in progress');
    const { changes } = await statusAndHistory(h.service.db, 'LCRB-2');
    expect(changes).toEqual([{ status_to: 'in_progress', note: 'Figures due Friday' }]);
  });

  it('answers other people while Slack hangs on one of them, then that one too', async () => {
    h.mock.hangNext(600, 'response_url');
    await h.post(
      commandBody('UTIM', 'mine', h.mock.responseUrl('slow')),
      'application/x-www-form-urlencoded',
    );
    const other = await h.command('USADIQ', 'outstanding lcrb');
    expect(visibleText(other.args.blocks)).toContain('LCRB-1');
    const answers = await answersTo('slow', 2);
    expect(visibleText(answers[1]!.args.blocks)).toContain('Circulate the knife crime figures');
  });

  it('applies a button press once while chat.update answers 500, then refreshes the card', async () => {
    const reminder = await remindTim();
    h.mock.failNext(500, undefined, 'chat.update');
    const res = await h.click('UTIM', completeIntent(reminder.blocks, 'LCRB-1'), {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    expect(res.status).toBe(200);
    await h.mock.waitFor('chat.update', () => h.mock.callsOf('chat.update').length >= 2);
    const { status, changes } = await statusAndHistory(h.service.db, 'LCRB-1');
    expect(status).toBe('complete');
    expect(changes).toHaveLength(1);
    const card = h.mock.messages.get(`${reminder.channel}:${reminder.ts}`)!;
    expect(visibleText(card.blocks)).toContain('Complete');
    // The WebClient retried the refresh; the person is not told to try again.
    expect(h.mock.callsOf('response_url')).toHaveLength(0);
  });

  it('applies a button press once while chat.update hangs and drops, then refreshes the card', async () => {
    const reminder = await remindTim();
    h.mock.hangNext(300, 'chat.update');
    await h.click('UTIM', completeIntent(reminder.blocks, 'LCRB-2'), {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    await h.mock.waitFor('chat.update', () => h.mock.callsOf('chat.update').length >= 2);
    const { status, changes } = await statusAndHistory(h.service.db, 'LCRB-2');
    expect(status).toBe('complete');
    expect(changes).toHaveLength(1);
  });

  it('tells the owner the change was saved when Slack keeps failing to refresh the card', async () => {
    const reminder = await remindTim();
    // A Slack error (not an HTTP failure) is final: the WebClient does not retry it.
    h.mock.refuseNext('internal_error', 'chat.update');
    const res = await h.click('UTIM', completeIntent(reminder.blocks, 'LCRB-1'), {
      channel: reminder.channel,
      ts: reminder.ts,
      blocks: reminder.blocks,
    });
    const [said] = await answersTo(res.responseUrl.split('/').pop()!, 1);
    expect(visibleText(said!.args.blocks)).toContain('LCRB-1 is now complete');
    expect(visibleText(said!.args.blocks)).not.toMatch(/try again/i);
    const { changes } = await statusAndHistory(h.service.db, 'LCRB-1');
    expect(changes).toHaveLength(1);
  });
});
