/**
 * Every Slack payload the bot sends, as Block Kit typed by @slack/types: within Slack's limits,
 * links written `<url|label>` (never a long URL in the text), bold that Slack can read, and a
 * Next button on long lists. The Add-update modal offers each person only what they may set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnownBlock, ModalView } from '@slack/types';
import { LIMITS, fallbackText, renderBlocks } from '../../adapters/slack/render.ts';
import { updateModal } from '../../adapters/slack/modal.ts';
import { intentSchema } from '../../adapters/slack/payloads.ts';
import { settableStatuses, type Actor } from '../../src/access.ts';
import type { Action, BoardId, Person, PersonId } from '../../src/domain.ts';
import type { ButtonIntent } from '../../src/message.ts';
import { textObjects } from '../adapters/slack/mock-slack.ts';
import { LINK_BASE, gatherMessages, type Sample } from './messages.ts';

let samples: Sample[] = [];
let close = async () => {};
const payloads: { name: string; blocks: KnownBlock[]; text: string }[] = [];

beforeAll(async () => {
  const gathered = await gatherMessages();
  samples = gathered.samples;
  close = gathered.close;
  for (const s of samples)
    payloads.push({ name: s.name, blocks: renderBlocks(s.message), text: fallbackText(s.message) });
}, 60_000);
afterAll(() => close());

/** Text with every `<url|label>` link taken out: what is left must hold no long URL. */
const withoutLinks = (text: string) => text.replace(/<https?:[^|>\s]+\|[^>]*>/g, '');

const buttonIntents = (blocks: readonly KnownBlock[]): ButtonIntent[] =>
  JSON.stringify(blocks)
    .match(/"value":"((?:[^"\\]|\\.)*)"/g)!
    .map((v) => intentSchema.parse(JSON.parse(JSON.parse(v.slice(8)) as string)));

describe('every Slack payload the bot sends', () => {
  it('stays within 50 blocks and 3,000 characters a section', () => {
    for (const { name, blocks } of payloads) {
      expect(blocks.length, name).toBeLessThanOrEqual(LIMITS.messageBlocks);
      for (const t of textObjects(blocks)) expect(t.text.length, name).toBeLessThanOrEqual(3000);
    }
  });

  it('writes links as <url|label> and shows no raw URL over 60 characters', () => {
    const digest = payloads.find((p) => p.name === 'digest with links')!;
    const mrkdwn = textObjects(digest.blocks)
      .filter((t) => t.type === 'mrkdwn')
      .map((t) => t.text)
      .join('\n');
    const links = [...mrkdwn.matchAll(/<(https?:[^|>]+)\|([^>]+)>/g)];
    expect(links.map((m) => m[2])).toEqual(['Word', 'web page', 'spreadsheet (CSV)', 'Markdown']);
    for (const [, url] of links) {
      const real = new URL(url!.replace(/&amp;/g, '&'));
      expect(real.origin).toBe(LINK_BASE);
      expect(real.searchParams.get('format')).toBeTruthy();
    }
    for (const { name, blocks, text } of payloads) {
      for (const t of [text, ...textObjects(blocks).map((o) => o.text)])
        expect(withoutLinks(t), name).not.toMatch(/https?:\/\/\S{52,}/);
    }
  });

  it('never puts spaces inside bold markers, where Slack would show the asterisks', () => {
    for (const { name, blocks } of payloads) {
      for (const t of textObjects(blocks).filter((o) => o.type === 'mrkdwn'))
        expect(t.text, name).not.toMatch(/(^|[\s(])\*[^*\n\u200b]*\s\*(?=\s|$)/);
    }
    const digest = payloads.find((p) => p.name === 'digest with links')!;
    expect(JSON.stringify(digest.blocks)).toContain('*Full action log:* <');
  });

  it('pages a long list within the block limit, with a Next button the server checks', () => {
    const mine = payloads.find((p) => p.name === 'mine, 60 actions')!;
    const intents = buttonIntents(mine.blocks);
    expect(intents.filter((i) => i.kind === 'show')).toHaveLength(20);
    expect(intents.filter((i) => i.kind === 'page')).toEqual([
      { kind: 'page', view: 'mine', offset: 20 },
    ]);
    const outstanding = payloads.find((p) => p.name === 'outstanding, chair')!;
    expect(buttonIntents(outstanding.blocks).filter((i) => i.kind === 'page')).toEqual([
      { kind: 'page', view: 'outstanding', board: 'lcrb', offset: 20 },
    ]);
  });

  it('keeps full cards with their buttons on Home, which has nowhere to answer Open or Next', () => {
    const home = samples.find((s) => s.name === 'home')!;
    const blocks = renderBlocks(home.message, LIMITS.viewBlocks);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.viewBlocks);
    const kinds = buttonIntents(blocks).map((i) => i.kind);
    expect(kinds).toContain('set_status');
    expect(kinds).not.toContain('page');
    expect(kinds).not.toContain('show');
  });

  it('hands every payload to the Web API as its @slack/types type, never cast past the checker', () => {
    // `as never` (or any) on blocks or a view switches the type check off at the one place a
    // wrong field would reach Slack: each payload must satisfy KnownBlock or View as written.
    const dir = resolve(import.meta.dirname, '../../adapters/slack');
    const casts = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (/\bas (never|any)\b/.test(line) ? [`${f}:${i + 1}`] : [])),
      );
    expect(casts).toEqual([]);
  });

  it('refuses a page button edited to point anywhere odd', () => {
    for (const bad of [
      { kind: 'page', view: 'mine', offset: -1 },
      { kind: 'page', view: 'history', offset: 0 },
      { kind: 'page', view: 'outstanding', board: "lcrb'; drop", offset: 0 },
      { kind: 'page', view: 'mine', offset: 1e9 },
    ])
      expect(intentSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the Add update modal', () => {
  const origin = { ephemeral: false, home: false };
  const offered = (view: ModalView) =>
    JSON.stringify(view.blocks)
      .match(/"value":"[a-z_]+"/g)!
      .map((v) => v.slice(9, -1));

  it('offers an owner only the statuses an owner may set', async () => {
    const mine = samples.find((s) => s.name === 'show with history')!;
    const intent = JSON.stringify(mine.message).match(/\{"kind":"add_update"[^}]*\}/)![0];
    const parsed = intentSchema.parse(JSON.parse(intent));
    if (parsed.kind !== 'add_update') throw new Error('not an add_update intent');
    expect(offered(updateModal(parsed, origin))).toEqual(['in_progress', 'complete', 'open']);
  });

  it('offers the secretariat every status', () => {
    const view = updateModal(
      {
        kind: 'add_update',
        ref: 'LCRB-1',
        version: 1,
        statuses: ['in_progress', 'complete', 'open', 'dropped', 'closed'],
      },
      origin,
    );
    expect(offered(view)).toEqual(['in_progress', 'complete', 'open', 'dropped', 'closed']);
  });

  it('works out the statuses from who is asking: withdrawn for the secretariat only', () => {
    const person = (id: number): Person => ({
      id: id as PersonId,
      name: `Person ${id}`,
      initials: null,
      organisation: null,
      title: null,
      email: null,
    });
    const board = 1 as BoardId;
    const action = {
      boardId: board,
      status: 'open',
      owners: [{ kind: 'person', person: person(1) }],
    } as unknown as Action;
    const owner: Actor = {
      person: person(1),
      roles: new Map([[board, ['member']]]),
      source: 'slack',
    };
    const secretariat: Actor = {
      person: person(2),
      roles: new Map([[board, ['secretariat']]]),
      source: 'slack',
    };
    expect(settableStatuses(owner, action)).toEqual(['in_progress', 'complete', 'open']);
    expect(settableStatuses(secretariat, action)).toEqual([
      'in_progress',
      'complete',
      'open',
      'dropped',
      'closed',
      'withdrawn',
    ]);
  });

  it('leaves out the status menu for someone who may set none', () => {
    const view = updateModal(
      { kind: 'add_update', ref: 'LCRB-1', version: 1, statuses: [] },
      origin,
    );
    expect(JSON.stringify(view.blocks)).not.toContain('static_select');
  });
});
