import { describe, expect, it } from 'vitest';
import type {
  Action,
  ActionId,
  ActionRef,
  ActionUpdate,
  Board,
  BoardId,
  BoardSlug,
  MeetingId,
  Person,
  PersonId,
  Status,
} from '../../src/domain.ts';
import { buildDigestModel } from '../../src/digest/model.ts';
import { CHAT_LIMITS, renderChat } from '../../src/digest/render-chat.ts';
import { spanText, type Block } from '../../src/message.ts';
import { LIMITS, renderBlocks } from '../../adapters/slack/render.ts';
import { CARD_BUDGET_BYTES, renderCard } from '../../adapters/teams/render.ts';

const board: Board = {
  id: 1 as BoardId,
  slug: 'lcrb' as BoardSlug,
  name: 'London Crime Reduction Board',
  refPrefix: 'LCRB',
  parentId: null,
  timezone: 'Europe/London',
  reminderPolicy: null,
};
const last = {
  id: 1 as MeetingId,
  boardId: board.id,
  startsAt: '2026-10-06T14:00:00.000Z',
  location: 'City Hall',
  source: null,
};
const next = {
  id: 2 as MeetingId,
  boardId: board.id,
  startsAt: '2026-12-02T16:00:00.000Z',
  location: 'City Hall',
  source: null,
};
const STATUSES: Status[] = ['open', 'in_progress', 'complete', 'dropped'];

/** A board with 600 actions, long texts, long notes, many owners and every group full. */
function bigBoard() {
  const people: Person[] = Array.from({ length: 40 }, (_, i) => ({
    id: (i + 1) as PersonId,
    name: `Owner ${i + 1} with a long double-barrelled name`,
    initials: null,
    organisation: `London Borough of Somewhere Rather Long ${i}`,
    title: null,
    email: `owner${i}@example.org`,
  }));
  const actions: Action[] = [];
  const latest = new Map<number, ActionUpdate>();
  for (let i = 1; i <= 600; i++) {
    const status = STATUSES[i % 4]!;
    actions.push({
      id: i as ActionId,
      ref: `LCRB-${i}` as ActionRef,
      boardId: board.id,
      raisedAtMeetingId: last.id,
      minuteRef: `4.${i}`,
      text: `Bring back a full explanation <!channel> & proposal ${'on the pan-London scheme '.repeat(40)}`,
      dueMeetingId: i % 5 === 0 ? last.id : next.id,
      dueDate: null,
      status,
      visibility: i % 7 === 0 ? 'restricted' : 'public',
      carriedForward: i % 3,
      version: 1,
      createdAt: '2026-10-07T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      owners:
        i % 11 === 0
          ? []
          : people
              .slice(i % 30, (i % 30) + 8)
              .map((person) => ({ kind: 'person' as const, person })),
    });
    if (i % 2 === 0)
      latest.set(i, {
        id: i,
        actionId: i as ActionId,
        at: '2026-11-01T09:00:00.000Z',
        actorId: null,
        actorName: 'Gemma Townsend',
        source: 'slack',
        kind: 'status',
        statusFrom: 'open',
        statusTo: status,
        note: 'x'.repeat(2000),
      });
  }
  return buildDigestModel({
    board,
    meeting: next,
    lastMeeting: last,
    actions,
    meetingStarts: new Map([
      [last.id, last.startsAt],
      [next.id, next.startsAt],
    ]),
    latest,
    statusChangedAt: new Map(),
    unreachable: people,
    now: new Date('2026-11-25T09:00:00.000Z'),
    edition: 'full',
  });
}

const blockText = (b: Block): string => {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
    case 'context':
      return b.spans.map(spanText).join('');
    default:
      return JSON.stringify(b);
  }
};

describe('the digest in chat', () => {
  const model = bigBoard();
  const long =
    'https://arising.example.org/digests?board=lcrb&meeting=2&format=docx&edition=full&expires=1796202000&sig=' +
    'A'.repeat(43);
  const message = renderChat(model, { docx: long, html: long, csv: long, md: long });

  it('summarises a 600-action board within Slack limits: 50 blocks, 3,000 characters a section, 150 a header', () => {
    expect(model.counts.total).toBeGreaterThan(500);
    expect(message.blocks.length).toBeLessThanOrEqual(CHAT_LIMITS.maxBlocks);
    // Even if a renderer made two Slack blocks of every neutral block, it stays under 50.
    expect(message.blocks.length * 2).toBeLessThanOrEqual(50);
    for (const block of message.blocks) expect(blockText(block).length).toBeLessThanOrEqual(3000);
    const header = message.blocks[0]!;
    expect(header.kind === 'heading' && header.text.length).toBeLessThanOrEqual(150);
  });

  it('renders through the Slack adapter whole: under 50 blocks, no section cut short', () => {
    const blocks = renderBlocks(message);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    const texts = blocks.flatMap((b) => {
      const text = (b as { text?: { text: string } }).text?.text;
      const elements = (b as { elements?: { text?: string }[] }).elements ?? [];
      return [text, ...elements.map((e) => e.text)].filter((t): t is string => t !== undefined);
    });
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      // The adapter's own truncation note would mean our bound was not enough.
      expect(text).not.toMatch(/more characters\)$/);
    }
    expect(JSON.stringify(blocks)).not.toMatch(/not shown here/);
    const header = blocks.find((b) => b.type === 'header') as unknown as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
  });

  it('fits a Teams card whole: under 28 KB, nothing left out by the adapter', () => {
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(20_000);
    const card = renderCard(message);
    const size = Buffer.byteLength(JSON.stringify(card));
    expect(size).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(size).toBeLessThan(28 * 1024);
    expect(JSON.stringify(card)).not.toMatch(/not shown here|did not fit in one card/);
    expect(JSON.stringify(card)).toContain('Full action log');
  });

  it('lists the most important items first, says how many more, and links the full log', () => {
    const texts = message.blocks.map(blockText);
    expect(texts[3]).toMatch(/^Overdue or carried forward \(\d+\)/);
    expect(texts.join('\n')).toMatch(/…and \d+ more in the full document\./);
    expect(texts.at(-1)).toContain(long);
    expect(message.summary.length).toBeLessThanOrEqual(300);
  });

  it('never lists more than the limit of actions', () => {
    const listed = message.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? b.spans : []))
      .filter((s) => typeof s !== 'string' && /^LCRB-\d+$/.test(s.text));
    expect(listed.length).toBeLessThanOrEqual(CHAT_LIMITS.maxItems);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('carries no email address, however many owners', () => {
    expect(JSON.stringify(message)).not.toMatch(/@example\.org/);
  });
});
