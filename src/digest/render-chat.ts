/**
 * The digest as a chat message: the counts, the items that most need the board's attention,
 * and links to the full document. Bounded whatever the size of the board, so every platform
 * renderer stays inside its limits (Slack: 50 blocks and 3,000 characters a section; Teams: a
 * card of about 28 KB): at most CHAT_LIMITS.maxBlocks neutral blocks, each well under 3,000
 * characters, and a few KB in all. The rest is in the linked document.
 */
import type { Block, Message, Span } from '../message.ts';
import { bold, context, heading, paragraph, spanText } from '../message.ts';
import type { DigestItem, DigestModel, GroupKey } from './model.ts';
import {
  attentionLines,
  countsText,
  documentTitle,
  meetingText,
  omittedText,
  ownersText,
  statusText,
} from './text.ts';

export const CHAT_LIMITS = {
  /** Neutral blocks; a renderer may make two platform blocks of one and still be under 50. */
  maxBlocks: 20,
  /** Characters in one block's text; Slack allows 3,000 in a section. */
  maxBlockChars: 2_500,
  /** Items listed per group, and in all. */
  perGroup: 5,
  maxItems: 12,
  /** Action text is cut to this in chat; the document has it whole. */
  itemTextChars: 160,
  /** Slack header blocks take 150 characters. */
  headingChars: 140,
} as const;

/** The order of importance in chat: what the chair must chase first. */
const CHAT_ORDER: readonly GroupKey[] = [
  'overdue',
  'no_update',
  'in_progress',
  'completed',
  'dropped',
];

const DOCUMENT_LABELS = {
  docx: 'Word',
  html: 'web page',
  csv: 'spreadsheet (CSV)',
  md: 'Markdown',
} as const;
export type DocumentLinks = Partial<Record<keyof typeof DOCUMENT_LABELS, string>>;

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function itemLine(item: DigestItem): Span[] {
  return [
    '\n• ',
    bold(item.ref),
    ` · ${statusText(item)} · ${clip(item.text, CHAT_LIMITS.itemTextChars)} — ${clip(ownersText(item), 80)}`,
  ];
}

/** Keeps a block's spans under the per-block limit by cutting the last ones. */
function bounded(spans: Span[]): Span[] {
  let used = 0;
  const kept: Span[] = [];
  for (const span of spans) {
    const length = spanText(span).length;
    if (used + length > CHAT_LIMITS.maxBlockChars) break;
    used += length;
    kept.push(span);
  }
  return kept;
}

export function renderChat(model: DigestModel, links: DocumentLinks = {}): Message {
  const blocks: Block[] = [
    heading(clip(documentTitle(model), CHAT_LIMITS.headingChars)),
    context(clip(`Meeting: ${meetingText(model.meeting)}. Prepared ${model.generatedAt}.`, 400)),
    paragraph(countsText(model)),
  ];
  const omitted = omittedText(model);
  if (omitted) blocks.push(context(omitted));
  let listed = 0;
  for (const key of CHAT_ORDER) {
    const group = model.groups.find((g) => g.key === key)!;
    const room = Math.min(CHAT_LIMITS.perGroup, CHAT_LIMITS.maxItems - listed);
    if (group.items.length === 0 || room <= 0) continue;
    const shown = group.items.slice(0, room);
    listed += shown.length;
    const more = group.items.length - shown.length;
    blocks.push(
      paragraph(
        ...bounded([
          bold(`${group.title} (${group.items.length})`),
          ...shown.flatMap(itemLine),
          ...(more ? [`\n…and ${more} more in the full document.`] : []),
        ]),
      ),
    );
  }
  const attention = attentionLines(model).map((l) => clip(l, 600));
  if (attention.length) {
    blocks.push(
      paragraph(
        ...bounded([bold("For the secretariat's attention"), ...attention.map((l) => `\n• ${l}`)]),
      ),
    );
  }
  const available = (Object.keys(DOCUMENT_LABELS) as (keyof typeof DOCUMENT_LABELS)[]).filter(
    (f) => links[f],
  );
  // Links, not URLs in the text: each platform makes them something to press (Slack
  // `<url|Word>`, a Teams Action.OpenUrl button), so a long signed URL is never copied by hand.
  if (available.length) {
    blocks.push({
      kind: 'links',
      label: 'Full action log:',
      links: available.map((f) => ({ label: DOCUMENT_LABELS[f], url: links[f]! })),
    });
  }
  const summary = clip(`${documentTitle(model)}. ${countsText(model)}`, 300);
  return { summary, blocks: blocks.slice(0, CHAT_LIMITS.maxBlocks) };
}
