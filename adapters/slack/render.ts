/**
 * Renders neutral Messages as Block Kit. People's text (action text, notes, history, paragraphs
 * without styles) goes into plain_text objects, which Slack never parses; any other user string
 * that sits in mrkdwn (names, board names, hints quoting what someone typed) is escaped (& < >)
 * and has its formatting characters neutralised, so `<!channel>` cannot ping anyone and `*bold*`
 * is shown as typed. Slack's limits are respected with a visible
 * "and N more" note rather than a refused message.
 */
import type {
  ActionsBlock,
  Button as SlackButton,
  ContextBlock,
  KnownBlock,
  MrkdwnElement,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';
import type {
  ActionCard,
  Block,
  Button,
  ButtonIntent,
  Link,
  Message,
  Span,
} from '../../src/message.ts';
import { STATUS_LABELS } from '../../src/domain.ts';

/** Slack's documented limits (Block Kit reference). */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 3000,
} as const;

/** Block Kit as @slack/types has it: what we send is checked against Slack's own types. */
export type TextObject = PlainTextElement | MrkdwnElement;
export type SlackBlock = KnownBlock;

/** Escapes the three characters Slack gives meaning to in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * People's text that must sit in mrkdwn beside our own formatting (a name in a title, a quote
 * in a hint): escaped, and every formatting character Slack reads (`* _ ~` and backtick) put
 * between zero-width spaces, so it can neither open nor close a style. Slack has no escape for
 * these; a character that is shown but cannot start or end a run is the nearest thing. A line
 * starting with `>` gets one too, so it is not read as a quote.
 */
export function neutralMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(/[*_~`]/g, (c) => `\u200b${c}\u200b`)
    .replace(/^&gt;/gm, '\u200b&gt;');
}

/** Cuts text to `max` characters with a visible note, never inside an `&amp;` entity. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 40;
  const amp = text.lastIndexOf('&', cut);
  if (amp > cut - 6 && text.indexOf(';', amp) >= cut) cut = amp;
  return `${text.slice(0, cut)}… (and ${text.length - cut} more characters)`;
}

const plain = (text: string, max: number = LIMITS.sectionText): PlainTextElement => ({
  type: 'plain_text',
  text: truncate(text || ' ', max),
  emoji: false,
});
const mrkdwn = (text: string, max: number = LIMITS.sectionText): MrkdwnElement => ({
  type: 'mrkdwn',
  text: truncate(text || ' ', max),
});

/**
 * A styled span as mrkdwn. Slack only reads `*bold*` when the markers touch the words, so the
 * span's own leading and trailing spaces go outside them (`*Full action log: *` would show its
 * asterisks).
 */
function styledSpan(text: string, style: 'bold' | 'italic' | 'code'): string {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!core) return text;
  const t = escapeMrkdwn(core);
  const marked = style === 'bold' ? `*${t}*` : style === 'italic' ? `_${t}_` : `\`${t}\``;
  return `${lead}${marked}${trail}`;
}

function spans(list: readonly Span[]): string {
  return list
    .map((s) => (typeof s === 'string' ? neutralMrkdwn(s) : styledSpan(s.text, s.style)))
    .join('');
}

/**
 * A link as Slack writes one, `<url|label>`: the label is what people see, the URL stays out of
 * the text. `&`, `<` and `>` are escaped in both, and `|` in the URL percent-encoded, so neither
 * part can end the link early.
 */
export function mrkdwnLink(link: Link): string {
  const url = link.url
    .replace(/\|/g, '%7C')
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
  const label = escapeMrkdwn(link.label.replace(/[|\n]/g, ' '));
  return `<${url}|${label}>`;
}

/** Each button's value is its intent: the click hands it straight back to the core. */
export function encodeIntent(intent: ButtonIntent): string {
  return JSON.stringify(intent);
}

/** The block_id prefix of an action's card, so a click can replace that card and keep the rest. */
export const cardBlockPrefix = (ref: string) => `card:${ref}:`;

function button(b: Button, i: number): SlackButton {
  return {
    type: 'button',
    action_id: `intent:${i}:${b.intent.kind}`,
    text: plain(b.label, LIMITS.buttonText),
    value: encodeIntent(b.intent),
    ...(b.style ? { style: b.style } : {}),
  };
}

function buttons(list: readonly Button[], blockId: string): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements: list.slice(0, 25).map(button) };
}

const RAG_EMOJI = {
  red: ':red_circle:',
  amber: ':large_orange_circle:',
  green: ':large_green_circle:',
};

/** One action card: a title line, the text as written, the facts, the latest update, buttons. */
export function renderCard(c: ActionCard): SlackBlock[] {
  const id = cardBlockPrefix(c.ref);
  const title = `${RAG_EMOJI[c.rag]} *${neutralMrkdwn(c.ref)}*${c.minuteRef ? ` (minute ${neutralMrkdwn(c.minuteRef)})` : ''} · ${neutralMrkdwn(c.boardName)}`;
  const owners = c.owners.length ? c.owners.map(neutralMrkdwn).join(', ') : '*UNASSIGNED*';
  const facts = `Owner: ${owners} · Due: ${neutralMrkdwn(c.due)} · *${STATUS_LABELS[c.status]}*${
    c.carriedForward ? ` · carried forward ${c.carriedForward}×` : ''
  }`;
  const blocks: (SectionBlock | ContextBlock | ActionsBlock)[] = [
    { type: 'section', block_id: `${id}title`, text: mrkdwn(title) },
    { type: 'section', block_id: `${id}text`, text: plain(c.text) },
    { type: 'context', block_id: `${id}facts`, elements: [mrkdwn(facts)] },
  ];
  if (c.latest) {
    const who = `Latest: ${neutralMrkdwn(c.latest.at)}, ${neutralMrkdwn(c.latest.who)}${c.latest.status ? ` (${STATUS_LABELS[c.latest.status]})` : ''}${c.latest.note ? ':' : ''}`;
    blocks.push({
      type: 'context',
      block_id: `${id}latest`,
      elements: [mrkdwn(who), ...(c.latest.note ? [plain(c.latest.note, 2000)] : [])],
    });
  }
  if (c.history?.length) {
    // Every part of a history line is someone's words or a fact: plain_text, shown as written.
    const lines = c.history.map(
      (h) => `${h.at} ${h.who} (${h.source}): ${h.what}${h.note ? ` — ${h.note}` : ''}`,
    );
    blocks.push({
      type: 'section',
      block_id: `${id}history`,
      text: plain(fitLines(lines, LIMITS.sectionText, '…and N more')),
    });
  }
  if (c.buttons.length) blocks.push(buttons(c.buttons, `${id}buttons`));
  return blocks;
}

/** Action text in a one-line layout: one line, cut to `max` characters. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * One action on one section block, for long lists: the facts, the text cut short, and a button
 * that opens the full card (with its update buttons). Under the same block_id prefix as the
 * full card, so a refresh after an update replaces it.
 */
export function renderLine(c: ActionCard): SectionBlock {
  const owners = c.owners.length
    ? c.owners.map((o) => neutralMrkdwn(oneLine(o, 40))).join(', ')
    : '*UNASSIGNED*';
  const text = `${RAG_EMOJI[c.rag]} *${neutralMrkdwn(c.ref)}* · ${STATUS_LABELS[c.status]} · due ${neutralMrkdwn(c.due)}${
    c.carriedForward ? ` · carried forward ${c.carriedForward}×` : ''
  }\n${neutralMrkdwn(oneLine(c.text, 150))} — ${owners}`;
  return {
    type: 'section',
    block_id: `${cardBlockPrefix(c.ref)}line`,
    text: mrkdwn(text),
    accessory: button({ label: 'Open', intent: { kind: 'show', ref: c.ref } }, 0),
  };
}

/** Joins lines within a section's limit, ending with "and N more" when some do not fit. */
function fitLines(
  lines: readonly string[],
  max: number = LIMITS.sectionText,
  more = '_…and N more_',
): string {
  const kept: string[] = [];
  let size = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    if (size + line.length + 1 > max - 40) {
      kept.push(more.replace('N', String(rest)));
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n');
}

const styled = (list: readonly Span[]): boolean => list.some((s) => typeof s !== 'string');

function block(b: Block, index: number): SlackBlock[] {
  switch (b.kind) {
    case 'heading':
      return [{ type: 'header', text: plain(b.text, LIMITS.headerText) }];
    // Without styles of our own, a paragraph is plain_text: whatever it quotes is shown as written.
    case 'paragraph':
      return [
        {
          type: 'section',
          text: styled(b.spans) ? mrkdwn(spans(b.spans)) : plain(b.spans.join('')),
        },
      ];
    case 'context':
      return [
        {
          type: 'context',
          elements: [styled(b.spans) ? mrkdwn(spans(b.spans)) : plain(b.spans.join(''))],
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
    case 'action':
      return b.layout === 'line' ? [renderLine(b.card)] : renderCard(b.card);
    case 'buttons':
      return [buttons(b.buttons, `buttons:${index}`)];
    case 'links':
      return [
        {
          type: 'section',
          text: mrkdwn(`${styledSpan(b.label, 'bold')} ${b.links.map(mrkdwnLink).join(' · ')}`),
        },
      ];
    case 'table': {
      const rows = b.table.rows.map((r) => r.map(neutralMrkdwn).join(' | '));
      const head = `*${neutralMrkdwn(b.table.caption)}*\n${b.table.columns.map(neutralMrkdwn).join(' | ')}`;
      return [
        {
          type: 'section',
          text: mrkdwn(`${head}\n${fitLines(rows, LIMITS.sectionText - head.length - 1)}`),
        },
      ];
    }
  }
}

/**
 * A Message as Block Kit, within `maxBlocks` (50 for messages, 100 for modals and App Home).
 * Whole neutral blocks are kept or left out, so a card is never cut in half.
 */
export function renderBlocks(
  message: Message,
  maxBlocks: number = LIMITS.messageBlocks,
): SlackBlock[] {
  const out: SlackBlock[] = [];
  let droppedCards = 0;
  let droppedOther = 0;
  for (const [i, b] of message.blocks.entries()) {
    const rendered = block(b, i);
    if (droppedCards + droppedOther === 0 && out.length + rendered.length <= maxBlocks - 1) {
      out.push(...rendered);
    } else if (b.kind === 'action') droppedCards += 1;
    else droppedOther += 1;
  }
  if (droppedCards + droppedOther > 0) {
    const what = droppedCards
      ? `${droppedCards} more action${droppedCards === 1 ? '' : 's'}`
      : `${droppedOther} more item${droppedOther === 1 ? '' : 's'}`;
    out.push({
      type: 'context',
      elements: [mrkdwn(`…and ${what} not shown here. Type \`/actions show REF\` for one action.`)],
    });
  }
  return out;
}

/** The notification text: escaped, since Slack reads the fallback `text` as mrkdwn too. */
export function fallbackText(message: Message): string {
  return truncate(neutralMrkdwn(message.summary || 'Matters Arising'), LIMITS.fallbackText);
}
