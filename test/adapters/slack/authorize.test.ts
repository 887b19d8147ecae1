import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("the bot's own identity", () => {
  it('asks Slack who the bot is once, not before every request', async () => {
    await h.command('UTIM', 'mine');
    await h.command('UTIM', 'help');
    await h.command('USADIQ', 'outstanding lcrb');
    expect(h.mock.callsOf('auth.test')).toHaveLength(1);
  });

  it("still ignores the bot's own messages, known by the user id auth.test gave", async () => {
    await h.command('UTIM', 'help');
    const status = await h.event({
      type: 'message',
      channel: 'DUBOT',
      channel_type: 'im',
      user: 'UBOT',
      text: 'mine',
      ts: '1764061300.000100',
    });
    expect(status).toBe(200);
    // A DM from anyone else is answered (chat.postMessage); wait for that as the marker.
    await h.event({
      type: 'message',
      channel: 'DUTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'help',
      ts: '1764061301.000100',
    });
    await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DUTIM');
    expect(h.mock.callsOf('chat.postMessage').map((c) => c.args.channel)).toEqual(['DUTIM']);
  });
});
