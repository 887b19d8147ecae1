import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderCard, CARD_BUDGET_BYTES } from '../../../adapters/teams/render.ts';
import { escapeMarkdown, inert } from '../../../adapters/teams/escape.ts';
import type { ActionCard, Block, Message } from '../../../src/message.ts';
import { HOSTILE_NOTE, reminderMessage } from '../../contracts/messenger.ts';
import { visibleText, type Wire } from './mock-teams.ts';

const anActionCard = (n: number, text = 'Bring back a full proposal'): ActionCard => ({
  ref: `LCRB-${n}`,
  boardName: 'London Crime Reduction Board',
  minuteRef: '4.20',
  text,
  owners: ['Tim Godwin'],
  due: 'meeting of 8 Dec 2026',
  status: 'open',
  rag: 'amber',
  carriedForward: 0,
  latest: null,
  buttons: [
    {
      label: 'Complete',
      intent: { kind: 'set_status', ref: `LCRB-${n}`, status: 'complete', version: 1 },
    },
  ],
});

function elements(node: Wire, type: string, out: Wire[] = []): Wire[] {
  if (Array.isArray(node)) node.forEach((n) => elements(n, type, out));
  else if (node && typeof node === 'object') {
    if (node.type === type) out.push(node);
    Object.values(node).forEach((v) => elements(v, type, out));
  }
  return out;
}

describe('Teams card rendering', () => {
  it('puts user text only in TextRuns, which Teams never reads as markdown', () => {
    const card = renderCard(reminderMessage);
    expect(elements(card, 'TextBlock')).toEqual([]);
    const runs = elements(card, 'TextRun').map((r) => r.text as string);
    const note = runs.find((t) => t.includes('bold'))!;
    expect(note).toContain('**bold**');
    expect(note).not.toContain('<at>');
    expect(note).not.toContain('\u001b');
    expect(note).not.toContain('&amp;');
  });

  it('still shows the note as the person typed it', () => {
    const text = visibleText(renderCard(reminderMessage));
    expect(text).toContain('<at>Everyone</at> **bold** [link](https://evil.example) &amp;');
  });

  it('escapes every markdown character in the fallback text', () => {
    const card = renderCard({ summary: HOSTILE_NOTE, blocks: [] });
    expect(card.fallbackText).not.toMatch(/(^|[^\\])\*\*/);
    expect(card.fallbackText).not.toMatch(/(^|[^\\])\[link/);
  });

  it('never lets a tag or an entity through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = inert(s);
        return !/<[a-z/!]/i.test(out) && !/&[a-z#]/i.test(out);
      }),
    );
    fc.assert(
      fc.property(
        fc.string(),
        (s) => !/(^|[^\\])[*_[\]`]/.test(escapeMarkdown(s).replace(/\\\\/g, '')),
      ),
    );
  });

  it('gives every button the intent and every action card its own note box', () => {
    const message: Message = {
      summary: 'two',
      blocks: [
        { kind: 'action', card: anActionCard(1) },
        { kind: 'action', card: anActionCard(2) },
      ],
    };
    const card = renderCard(message);
    const inputs = elements(card, 'Input.Text').map((i) => i.id);
    expect(inputs).toEqual(['note:LCRB-1', 'note:LCRB-2']);
    const buttons = elements(card, 'Action.Execute');
    expect(buttons[0].data).toEqual({
      intent: { kind: 'set_status', ref: 'LCRB-1', status: 'complete', version: 1 },
      others: ['LCRB-2'],
    });
  });

  it('keeps a long list under the Teams size limit and names what it left out', () => {
    const blocks: Block[] = [{ kind: 'heading', text: 'Outstanding' }];
    for (let n = 1; n <= 200; n += 1)
      blocks.push({ kind: 'action', card: anActionCard(n, 'x'.repeat(300)) });
    const card = renderCard({ summary: 'Outstanding', blocks });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    const text = visibleText(card);
    expect(text).toContain('LCRB-1 ');
    expect(text).toMatch(/\d+ more actions not shown here: LCRB-\d+/);
    expect(text).toContain('show <ref>');
  });

  it('renders a table with a header row', () => {
    const card = renderCard({
      summary: 'table',
      blocks: [
        {
          kind: 'table',
          table: { caption: 'Counts', columns: ['Status', 'Actions'], rows: [['Open', '3']] },
        },
      ],
    });
    const [table] = elements(card, 'Table');
    expect(table.firstRowAsHeaders).toBe(true);
    expect(visibleText(table)).toContain('Status Actions Open 3');
  });

  it('colours as an alert only what is overdue, not an action carried forward but on time', () => {
    const styleOf = (card: Partial<ActionCard>) =>
      elements(
        renderCard({
          summary: 's',
          blocks: [{ kind: 'action', card: { ...anActionCard(1), ...card } }],
        }),
        'Container',
      )[0].style;
    expect(styleOf({ rag: 'red', carriedForward: 1, overdue: false })).toBe('default');
    expect(styleOf({ rag: 'red', carriedForward: 1, overdue: true })).toBe('attention');
    expect(styleOf({ rag: 'amber', overdue: false })).toBe('default');
    expect(styleOf({ rag: 'green', status: 'complete', overdue: false })).toBe('good');
  });

  it('asks for a refresh only for the owners Teams has given an id, and at most 60', () => {
    const ref = (memberId?: string) =>
      JSON.stringify({
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        conversationId: 'a:1',
        tenantId: 't',
        botId: '28:bot',
        ...(memberId ? { memberId } : {}),
      });
    const owners = Array.from({ length: 70 }, (_, i) => ({
      platform: 'teams' as const,
      userId: `aad-${i}`,
      conversationRef: ref(`29:owner-${i}`),
    }));
    const card = renderCard({
      summary: 's',
      blocks: [
        {
          kind: 'action',
          card: {
            ...anActionCard(1),
            ownerAccounts: [
              { platform: 'slack', userId: 'U1', conversationRef: null },
              { platform: 'teams', userId: 'aad-never-wrote', conversationRef: ref() },
              ...owners,
            ],
          },
        },
      ],
    });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(card.refresh?.userIds?.[0]).toBe('29:owner-0');
    expect(card.refresh?.action?.data).toEqual({ ref: 'LCRB-1' });
    expect(renderCard({ summary: 'help', blocks: [] }).refresh).toBeUndefined();
  });
});
