import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visibleText } from './mock-slack.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('chasing and assignment notices in Slack', () => {
  it('sends the owner a DM at once when the secretariat types /actions chase, and says so', async () => {
    const answer = await h.command('UGEMMA', 'chase LCRB-1');
    expect(visibleText(answer.args.blocks)).toContain(
      'Chased Tim Godwin about LCRB-1: sent as a Slack direct message.',
    );
    const dm = await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    const text = visibleText(dm.args.blocks);
    expect(text).toContain('Gemma Townsend (LCRB secretariat) asks for an update');
    expect(text).toContain('Bring back a full proposal on payment by results');
    expect(JSON.stringify(dm.args.blocks)).toContain('Add update');
    // Once a day: the second chase is refused, and nothing more is sent.
    const again = await h.command('UGEMMA', 'chase TG');
    expect(visibleText(again.args.blocks)).toContain(
      'Tim Godwin was already chased about LCRB-1 today',
    );
    expect(visibleText(again.args.blocks)).toContain('Chased Tim Godwin about LCRB-2');
    expect(
      h.mock.callsOf('chat.postMessage').filter((c) => c.args.channel === 'DTIM'),
    ).toHaveLength(2);
  });

  it('refuses a chase from someone who is not the secretariat', async () => {
    const answer = await h.command('UTIM', 'chase LCRB-1');
    expect(visibleText(answer.args.blocks)).toContain(
      "Only the board's secretariat (Gemma Townsend) can chase the owners of LCRB-1.",
    );
    expect(h.mock.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('tells a new owner of an action added in Slack at the next pass, once', async () => {
    await h.command('UGEMMA', 'add lcrb TG "Report on youth violence"');
    await h.service.reminders.tick();
    await h.service.reminders.tick();
    const dms = h.mock.callsOf('chat.postMessage').filter((c) => c.args.channel === 'DTIM');
    expect(dms).toHaveLength(1);
    expect(visibleText(dms[0]!.args.blocks)).toContain(
      'You have been given 1 new action by Gemma Townsend.',
    );
    expect(visibleText(dms[0]!.args.blocks)).toContain('Report on youth violence');
  });
});
