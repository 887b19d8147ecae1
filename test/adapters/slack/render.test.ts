import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LIMITS,
  escapeMrkdwn,
  fallbackText,
  renderBlocks,
  truncate,
} from '../../../adapters/slack/render.ts';
import { reminderMessage } from '../../contracts/messenger.ts';
import type { ActionCard, Block, Message } from '../../../src/message.ts';
import { isInert, textObjects, visibleText } from './mock-slack.ts';

const card = reminderMessage.blocks.find((b) => b.kind === 'action')!.card as ActionCard;
const manyCards = (n: number): Message => ({
  summary: `${n} actions`,
  blocks: Array.from({ length: n }, (_, i): Block => ({
    kind: 'action',
    card: { ...card, ref: `LCRB-${i + 1}` },
  })),
});

describe('Block Kit rendering', () => {
  it('escapes &, < and > so user text cannot ping or link', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('never lets user text in a paragraph or name become a mention', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, said) => {
        const message: Message = {
          summary: said,
          blocks: [
            { kind: 'paragraph', spans: [said, { text: name, style: 'bold' }] },
            {
              kind: 'action',
              card: {
                ...card,
                owners: [name],
                boardName: name,
                latest: { at: 'today', who: name, note: said, status: null },
              },
            },
          ],
        };
        return isInert({ text: fallbackText(message), blocks: renderBlocks(message) });
      }),
    );
  });

  it('sends at most 50 blocks and says how many actions were left out', () => {
    const blocks = renderBlocks(manyCards(30));
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    const note = visibleText(blocks.at(-1));
    const shown = new Set(blocks.map((b) => String(b.block_id ?? '').split(':')[1]).filter(Boolean))
      .size;
    expect(note).toContain(`and ${30 - shown} more actions`);
  });

  it('allows 100 blocks on App Home', () => {
    expect(renderBlocks(manyCards(30), LIMITS.viewBlocks).length).toBeGreaterThan(
      LIMITS.messageBlocks,
    );
  });

  it('keeps every section within 3,000 characters, with a visible note when cut', () => {
    const long = 'x'.repeat(5000);
    const blocks = renderBlocks({
      summary: long,
      blocks: [
        { kind: 'paragraph', spans: [long] },
        { kind: 'action', card: { ...card, text: long } },
      ],
    });
    for (const t of textObjects(blocks))
      expect(t.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(visibleText(blocks)).toContain('more characters');
    expect(fallbackText({ summary: long, blocks: [] }).length).toBeLessThanOrEqual(
      LIMITS.fallbackText,
    );
  });

  it('never cuts an escaped character in half', () => {
    const text = escapeMrkdwn('<'.repeat(2000));
    const cut = truncate(text, 3000);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut.split('…')[0]).toMatch(/^(&lt;)+$/);
  });

  it('shows the history of an action within the section limit', () => {
    const history = Array.from({ length: 200 }, (_, i) => ({
      at: '1 Dec 2026',
      who: 'Tim Godwin',
      source: 'slack',
      what: 'Note',
      note: `update ${i}`,
    }));
    const blocks = renderBlocks({
      summary: 's',
      blocks: [{ kind: 'action', card: { ...card, history } }],
    });
    const section = visibleText(blocks.filter((b) => String(b.block_id).endsWith('history')));
    expect(section.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(section).toMatch(/and \d+ more/);
  });
});

describe("people's text in Block Kit", () => {
  const typed = 'Sent *bold* ~strike~ `code` _it_ <!channel>\n> quoted';
  const withTyped: ActionCard = {
    ...card,
    owners: ['*Tim* Godwin'],
    latest: { at: '1 Dec 2026', who: '_Jane_', status: null, note: typed },
    history: [{ at: '1 Dec 2026', who: '~Gemma~', source: 'slack', what: 'note', note: typed }],
  };
  const blocks = renderBlocks({
    summary: typed,
    blocks: [
      { kind: 'paragraph', spans: [typed] },
      { kind: 'paragraph', spans: [{ text: 'Said:', style: 'bold' }, ` ${typed}`] },
      { kind: 'action', card: withTyped },
    ],
  });
  const objects = textObjects(blocks);

  it('shows a note as written wherever it appears: plain_text, never parsed', () => {
    const plain = objects.filter((o) => o.type === 'plain_text' && o.text.includes(typed));
    expect(plain.length).toBeGreaterThanOrEqual(3); // the paragraph, the latest note, the history
  });

  it('leaves no formatting or mention of theirs live in mrkdwn', () => {
    for (const o of objects.filter((x) => x.type === 'mrkdwn')) {
      expect(o.text).not.toMatch(/\*bold\*|~strike~|`code`|_it_|\*Tim\*|_Jane_|~Gemma~/);
      expect(o.text).not.toContain('<!channel>');
      expect(o.text).not.toMatch(/^>|\n>/);
    }
    expect(fallbackText({ summary: typed, blocks: [] })).not.toMatch(/\*bold\*|<!channel>/);
  });
});
