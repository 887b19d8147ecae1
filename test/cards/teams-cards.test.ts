/**
 * Every Adaptive Card the bot sends, parsed and validated by Microsoft's `adaptivecards`
 * package: no parse or validation event at all, links only as Action.OpenUrl, people's markup
 * shown as typed, within Teams' size limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES, renderCard } from '../../adapters/teams/render.ts';
import { reviewActivity } from '../../adapters/teams/on-file-shared.ts';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { pageIntentSchema } from '../../src/paging.ts';
import { cardObjects, cardTexts, checkCard } from '../support/adaptive-cards.ts';
import { LINK_BASE, gatherMessages, type Sample } from './messages.ts';

let samples: Sample[] = [];
let close = async () => {};
const cards: { name: string; card: IAdaptiveCard }[] = [];

beforeAll(async () => {
  const gathered = await gatherMessages();
  samples = gathered.samples;
  close = gathered.close;
  for (const s of samples) cards.push({ name: s.name, card: renderCard(s.message) });
  const review = samples.find((s) => s.name === 'minutes review')!;
  cards.push({
    name: 'minutes review with its buttons',
    card: reviewActivity({
      draftId: 'draft-1',
      message: review.message,
      importable: 3,
      suggestions: [
        { index: 3, number: 1, accepted: false },
        { index: 4, number: 2, accepted: true },
      ],
      membersOffered: 2,
    }).attachments[0]!.content,
  });
}, 60_000);
afterAll(() => close());

describe('every Adaptive Card the bot sends', () => {
  it('covers every kind of message', () => {
    expect(cards.length).toBeGreaterThanOrEqual(20);
  });

  it('has a checker that does find problems (an unknown element, an OpenUrl with no url)', async () => {
    const bad = await checkCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Bogus' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Word' }],
    });
    expect(bad.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('parses and validates in Microsoft’s adaptivecards with no error or warning', async () => {
    for (const { name, card } of cards) {
      const { problems } = await checkCard(card);
      expect(problems, name).toEqual([]);
    }
  });

  it('stays within the Teams message size', () => {
    for (const { name, card } of cards)
      expect(Buffer.byteLength(JSON.stringify(card)), name).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
  });

  it('opens links with Action.OpenUrl and never shows a URL as text', () => {
    const digest = cards.find((c) => c.name === 'digest with links')!;
    const opens = cardObjects(digest.card).filter((o) => o.type === 'Action.OpenUrl');
    expect(opens.map((o) => o.title)).toEqual([
      'Word',
      'web page',
      'spreadsheet (CSV)',
      'Markdown',
    ]);
    for (const o of opens) {
      const url = new URL(String(o.url));
      expect(url.origin).toBe(LINK_BASE);
      expect(String(o.url)).not.toMatch(/\u2060/);
      expect(url.searchParams.get('sig')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    for (const { name, card } of cards)
      for (const text of cardTexts(card)) expect(text, name).not.toContain(LINK_BASE);
  });

  it('keeps people’s markup inert: no mention, tag or markdown link is read', () => {
    for (const { name, card } of cards) {
      for (const o of cardObjects(card)) {
        if (o.type === 'TextBlock') expect(o, name).toHaveProperty('text');
        if (o.type === 'TextRun') expect(String(o.text), name).not.toMatch(/<at>|<b>/);
      }
      expect(JSON.stringify(card), name).not.toMatch(/"type":"TextBlock"[^}]*\[click\]\(/);
    }
  });

  it('says how to type commands in Teams, not in Slack', () => {
    const help = cards.find((c) => c.name === 'help (teams)')!;
    const text = cardTexts(help.card).join(' ');
    expect(text).not.toMatch(/\/actions/);
    expect(text).toMatch(/send a command to me/i);
  });

  it('pages a long list: one line an action, and a Next button the server checks', () => {
    const mine = cards.find((c) => c.name === 'mine, 60 actions')!;
    const lines = cardObjects(mine.card).filter(
      (o) => o.type === 'Container' && o.selectAction !== undefined,
    );
    expect(lines).toHaveLength(20);
    const next = cardObjects(mine.card).filter(
      (o) =>
        o.type === 'Action.Execute' &&
        (o.data as { intent?: { kind?: string } }).intent?.kind === 'page',
    );
    expect(next).toHaveLength(1);
    const intent = pageIntentSchema.parse((next[0]!.data as { intent: unknown }).intent);
    expect(intent).toEqual({ kind: 'page', view: 'mine', offset: 20 });
    const last = cards.find((c) => c.name === 'mine, page 3')!;
    expect(cardTexts(last.card).join(' ')).toContain('Showing 41–60 of 60');
    expect(JSON.stringify(last.card)).not.toContain('"kind":"page"');
  });

  it('colours only what needs chasing: an on-time action is not a warning', () => {
    const styles = cards.flatMap(({ card }) =>
      cardObjects(card)
        .filter((o) => o.type === 'Container')
        .map((o) => o.style),
    );
    expect(styles).not.toContain('warning');
    expect(styles).toContain('attention');
  });
});
