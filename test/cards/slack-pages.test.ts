/**
 * The Next button of a long list, pressed as Slack presses it: a signed interaction payload to
 * the running service, answered through the response_url. The list is read again for whoever
 * pressed; the button carries only where the page starts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ButtonIntent } from '../../src/message.ts';
import { anAction } from '../support/builders.ts';
import { visibleText } from '../adapters/slack/mock-slack.ts';
import { startHarness, type Harness } from '../adapters/slack/harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  for (let i = 0; i < 30; i++)
    await anAction(h.service.db, h.board, { owners: [h.tim], text: `Long-list action ${i + 1}` });
});
afterEach(() => h.close());

function pageIntent(blocks: unknown[]): ButtonIntent {
  const values = JSON.stringify(blocks).match(/"value":"((?:[^"\\]|\\.)*)"/g) ?? [];
  for (const v of values) {
    const intent = JSON.parse(JSON.parse(v.slice(8)) as string) as ButtonIntent;
    if (intent.kind === 'page') return intent;
  }
  throw new Error('No Next button');
}

async function press(
  user: string,
  intent: ButtonIntent,
  blocks: unknown[],
  where: { channel: string; ephemeral: boolean } = { channel: 'CGENERAL', ephemeral: true },
) {
  const res = await h.click(user, intent, { ts: '1.1', blocks, ...where });
  return h.mock.waitFor('response_url', (c) => c.args.id === res.responseUrl.split('/').pop());
}

describe('the next page of a long list in Slack', () => {
  it('answers Next with the following page, one line an action, within 50 blocks', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(visibleText(blocks)).toMatch(/Showing 1–20 of \d+/);
    const next = await press('UTIM', pageIntent(blocks), blocks);
    const text = visibleText(next.args.blocks);
    expect(text).toMatch(/Showing 21–\d+ of \d+/);
    expect(text).toContain('Long-list action');
    expect((next.args.blocks as unknown[]).length).toBeLessThanOrEqual(50);
  });

  it('replaces the list with its next page, rather than posting another', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    const next = await press('UTIM', pageIntent(blocks), blocks);
    expect(next.args.replace_original).toBe(true);
    expect(next.args.response_type).toBeUndefined();
    expect(visibleText(next.args.blocks)).toMatch(/Showing 21–32 of 32/);
  });

  it('replaces a list the bot sent in a DM too', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    const next = await press('UTIM', pageIntent(blocks), blocks, {
      channel: 'DTIM',
      ephemeral: false,
    });
    expect(next.args.replace_original).toBe(true);
    expect(visibleText(next.args.blocks)).toMatch(/Showing 21–32 of 32/);
  });

  it('keeps the filter of an outstanding list on its next page', async () => {
    const first = await h.command('USADIQ', 'outstanding lcrb TG');
    const blocks = first.args.blocks as unknown[];
    const intent = pageIntent(blocks);
    expect(intent).toMatchObject({ view: 'outstanding', filter: { kind: 'owner' } });
    const next = await press('USADIQ', intent, blocks);
    expect(next.args.replace_original).toBe(true);
    expect(visibleText(next.args.blocks)).toMatch(/Showing 21–32 of 32/);
  });

  it('answers beside a list in a shared channel, to the presser alone, never replacing it', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    const next = await press('USADIQ', pageIntent(blocks), blocks, {
      channel: 'CGENERAL',
      ephemeral: false,
    });
    expect(next.args.replace_original).toBe(false);
    expect(next.args.response_type).toBe('ephemeral');
    expect(visibleText(next.args.blocks)).not.toContain('Long-list action');
  });

  it('turns a list on the Home tab into its next page in place', async () => {
    const first = await h.command('UTIM', 'mine');
    await h.click('UTIM', pageIntent(first.args.blocks as unknown[]));
    const updated = await h.mock.waitFor('views.update', () => true);
    expect(updated.args.view_id).toBe('VHOME');
    const view = updated.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(visibleText(view.blocks)).toMatch(/Showing 21–32 of 32/);
  });

  it('shows the person pressing their own list, whatever the button was made for', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    const next = await press('USADIQ', pageIntent(blocks), blocks);
    expect(visibleText(next.args.blocks)).not.toContain('Long-list action');
  });

  it('refuses an edited button that points past any page, saying nothing of the list', async () => {
    const first = await h.command('UTIM', 'mine');
    const blocks = first.args.blocks as unknown[];
    const res = await h.click(
      'UTIM',
      { kind: 'page', view: 'mine', offset: -5 },
      {
        channel: 'CGENERAL',
        ts: '1.1',
        blocks,
        ephemeral: true,
      },
    );
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const answered = h.mock.calls.filter(
      (c) => c.method === 'response_url' && c.args.id === res.responseUrl.split('/').pop(),
    );
    expect(answered).toEqual([]);
  });

  it('turns the Home tab’s outstanding modal into its next page, and opens a card over it', async () => {
    await h.click('USADIQ', { kind: 'outstanding', board: 'lcrb' });
    const opened = await h.mock.waitFor('views.open', () => true);
    const blocks = (opened.args.view as { blocks: unknown[] }).blocks;
    expect(visibleText(blocks)).toMatch(/Showing 1–20 of \d+/);
    await h.click('USADIQ', pageIntent(blocks), { modal: 'VMODAL' });
    const updated = await h.mock.waitFor('views.update', () => true);
    expect(updated.args.view_id).toBe('VMODAL');
    const page = (updated.args.view as { type: string; blocks: unknown[] }).blocks;
    expect(visibleText(page)).toMatch(/Showing 21–\d+ of \d+/);
    await h.click('USADIQ', { kind: 'show', ref: 'LCRB-3' }, { modal: 'VMODAL' });
    const pushed = await h.mock.waitFor('views.push', () => true);
    expect(visibleText((pushed.args.view as { blocks: unknown[] }).blocks)).toContain('LCRB-3');
  });
});
