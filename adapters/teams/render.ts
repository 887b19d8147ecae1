/**
 * Renders neutral Messages as Adaptive Cards 1.5 for Teams. Every piece of user text goes into a
 * TextRun (never markdown) through `inert`. Buttons become Action.Execute carrying the
 * ButtonIntent, with a note box beside them; Teams sends both back in one adaptiveCard/action
 * invoke. Cards stay under Teams' message size limit (about 28 KB): a long list is cut where the
 * budget runs out and ends with the refs left out and the command that shows them.
 */
import type {
  CardElement,
  ContainerStyle,
  IActionSet,
  IAdaptiveCard,
  IContainer,
  IExecuteAction,
  IOpenUrlAction,
  IRefreshDefinition,
  IRichTextBlock,
  ITable,
  ITextRun,
} from '@microsoft/teams.cards';
import { STATUS_LABELS, type Rag } from '../../src/domain.ts';
import type { ActionCard, Block, Button, Message, PageIntent, Span } from '../../src/message.ts';
import { parseConversationRef } from './conversation-ref.ts';
import { escapeMarkdown, inert } from './escape.ts';

/** The Action.Execute verb of every button we render. */
export const INTENT_VERB = 'arising.intent';
/** The Action.Execute verb of an action card's refresh (on-refresh.ts answers it). */
export const REFRESH_VERB = 'arising.refresh';
/** Teams refreshes a card by itself for at most 60 named people. */
export const REFRESH_USERS = 60;
/** The most refs a card's refresh carries: more than any page or reminder shows. */
export const REFRESH_REFS = 40;
/** Id of the note box on an action card; refs are unique within a card. */
export const noteInputId = (ref: string): string => `note:${ref}`;

/** Teams refuses messages over ~28 KB; the rest of the activity needs a little room. */
export const CARD_BUDGET_BYTES = 24_000;

/**
 * Only what is overdue is coloured as an alert. Red also means carried forward, which may well
 * be on time now, so it and amber sit in the card's own colour; done is good. The RAG is in
 * words on the facts line either way.
 */
function containerStyle(c: ActionCard): ContainerStyle {
  if (c.overdue ?? c.rag === 'red') return 'attention';
  return c.rag === 'green' ? 'good' : 'default';
}
const RAG_LABEL: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green' };

function run(span: Span, extra: Partial<ITextRun> = {}): ITextRun {
  if (typeof span === 'string') return { type: 'TextRun', text: inert(span), ...extra };
  const style: Partial<ITextRun> =
    span.style === 'bold'
      ? { weight: 'Bolder' }
      : span.style === 'italic'
        ? { italic: true }
        : { fontType: 'Monospace' };
  return { type: 'TextRun', text: inert(span.text), ...style, ...extra };
}

function line(spans: readonly Span[], extra: Partial<ITextRun> = {}): IRichTextBlock {
  return { type: 'RichTextBlock', inlines: spans.map((s) => run(s, extra)) };
}

/**
 * `others`: the other actions on the same card. Teams replaces the whole card with the answer
 * to a press, so the answer names them and says how to get them back.
 */
function executeAction(button: Button, others: readonly string[] = []): IExecuteAction {
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: INTENT_VERB,
    data: { intent: button.intent, ...(others.length ? { others: others.slice(0, 30) } : {}) },
    associatedInputs: 'auto',
    ...(button.style ? { style: button.style === 'primary' ? 'positive' : 'destructive' } : {}),
  };
}

function actionCard(c: ActionCard, refsOnCard: readonly string[]): IContainer {
  const others = refsOnCard.filter((r) => r !== c.ref);
  const items: CardElement[] = [
    line([
      { text: c.ref, style: 'bold' },
      c.minuteRef ? ` · minute ${c.minuteRef}` : '',
      ` · ${c.boardName}`,
    ]),
    line([c.text]),
    line(
      [
        'Owner: ',
        c.owners.length ? c.owners.join(', ') : 'UNASSIGNED',
        ` · Due: ${c.due} · ${STATUS_LABELS[c.status]} · ${RAG_LABEL[c.rag]}`,
        c.carriedForward ? ` · carried forward ${c.carriedForward}×` : '',
      ],
      { isSubtle: true },
    ),
  ];
  if (c.latest) {
    items.push(
      line([
        { text: 'Latest: ', style: 'bold' },
        `${c.latest.at}, ${c.latest.who}`,
        c.latest.note ? `: “${c.latest.note}”` : '',
      ]),
    );
  }
  for (const h of c.history ?? []) {
    items.push(
      line([`${h.at} ${h.who} (${h.source}): ${h.what}`, h.note ? ` — ${h.note}` : ''], {
        size: 'Small',
      }),
    );
  }
  if (c.buttons.length) {
    if (c.buttons.some((b) => b.intent.kind !== 'show')) {
      items.push({
        type: 'Input.Text',
        id: noteInputId(c.ref),
        placeholder: 'Add a note (optional)',
        label: `Note on ${c.ref}`,
        isMultiline: true,
        maxLength: 2000,
      });
    }
    items.push({
      type: 'ActionSet',
      actions: c.buttons.map((b) => executeAction(b, others)),
    } satisfies IActionSet);
  }
  return { type: 'Container', style: containerStyle(c), separator: true, items };
}

/**
 * One action on one line, for long lists: pressing it (or its Open button, for keyboards and
 * screen readers) asks for the full card with its update buttons.
 */
function actionLine(c: ActionCard): IContainer {
  const flat = c.text.replace(/\s+/g, ' ').trim();
  const text = flat.length > 140 ? `${flat.slice(0, 139).trimEnd()}…` : flat;
  const open: IExecuteAction = {
    type: 'Action.Execute',
    title: `Open ${c.ref}`.slice(0, 40),
    verb: INTENT_VERB,
    data: { intent: { kind: 'show', ref: c.ref } },
  };
  return {
    type: 'Container',
    style: containerStyle(c),
    separator: true,
    selectAction: open,
    items: [
      line([
        { text: c.ref, style: 'bold' },
        ` · ${STATUS_LABELS[c.status]} (${RAG_LABEL[c.rag]}) · due ${c.due}`,
        c.carriedForward ? ` · carried forward ${c.carriedForward}×` : '',
      ]),
      line([text, ` — ${c.owners.length ? c.owners.join(', ') : 'UNASSIGNED'}`], {
        isSubtle: true,
      }),
    ],
  };
}

/** Document links as buttons that open them: a URL is never shown as text to copy. */
function links(b: Extract<Block, { kind: 'links' }>): CardElement[] {
  const actions: IOpenUrlAction[] = b.links.map((l) => ({
    type: 'Action.OpenUrl',
    title: l.label,
    url: l.url,
  }));
  return [line([{ text: b.label, style: 'bold' }]), { type: 'ActionSet', actions }];
}

function table(b: Extract<Block, { kind: 'table' }>): CardElement[] {
  const cell = (text: string, bold = false) => ({
    type: 'TableCell' as const,
    items: [line([bold ? { text, style: 'bold' as const } : text])],
  });
  const t: ITable = {
    type: 'Table',
    firstRowAsHeaders: true,
    columns: b.table.columns.map(() => ({ width: 1 })),
    rows: [
      { type: 'TableRow', cells: b.table.columns.map((c) => cell(c, true)) },
      ...b.table.rows.map((r) => ({ type: 'TableRow' as const, cells: r.map((c) => cell(c)) })),
    ],
  };
  return [line([{ text: b.table.caption, style: 'bold' }]), t];
}

function block(b: Block, refsOnCard: readonly string[]): CardElement[] {
  switch (b.kind) {
    case 'heading':
      return [line([b.text], { size: 'Large', weight: 'Bolder' })];
    case 'paragraph':
      return [line(b.spans)];
    case 'context':
      return [line(b.spans, { size: 'Small', isSubtle: true })];
    case 'divider':
      return [];
    case 'action':
      return [b.layout === 'line' ? actionLine(b.card) : actionCard(b.card, refsOnCard)];
    case 'links':
      return links(b);
    case 'buttons':
      return [{ type: 'ActionSet', actions: b.buttons.map((x) => executeAction(x)) }];
    case 'table':
      return table(b);
  }
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** What was left out of a card that would have been too large, and how to see it. */
function leftOut(blocks: readonly Block[]): IRichTextBlock {
  const refs = blocks.flatMap((b) => (b.kind === 'action' ? [b.card.ref] : []));
  const named = refs.slice(0, 40).join(', ') + (refs.length > 40 ? ', …' : '');
  const what = refs.length
    ? `${refs.length} more action${refs.length === 1 ? '' : 's'} not shown here: ${named}. `
    : 'The rest of this message did not fit in one card. ';
  return line(
    [what, 'Type ', { text: 'show <ref>', style: 'code' }, ' to see one action in full.'],
    { isSubtle: true },
  );
}

export function renderCard(message: Message, budget = CARD_BUDGET_BYTES): IAdaptiveCard {
  const card: IAdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: escapeMarkdown(message.summary),
    msteams: { width: 'full' },
    body: [],
  };
  const refresh = refreshOf(message);
  if (refresh) card.refresh = refresh;
  const refsOnCard = message.blocks.flatMap((b) => (b.kind === 'action' ? [b.card.ref] : []));
  let separate = false;
  for (const [i, b] of message.blocks.entries()) {
    if (b.kind === 'divider') {
      separate = true;
      continue;
    }
    const elements = block(b, refsOnCard);
    if (separate && elements[0]) elements[0] = { ...elements[0], separator: true } as CardElement;
    separate = false;
    // Reserve room for the "not shown" line, so the card always ends by saying what is missing.
    if (bytes(card) + bytes(elements) + 1_500 > budget) {
      card.body.push(leftOut(message.blocks.slice(i)));
      return card;
    }
    card.body.push(...elements);
  }
  return card;
}

/** A list's page without its `kind`: the refresh is not a button, and is never read as one. */
function listOf({ kind: _kind, ...where }: PageIntent): Omit<PageIntent, 'kind'> {
  return where;
}

/**
 * A card that shows actions asks Teams to refresh it when it is opened (universal actions), so
 * one changed elsewhere shows how it stands now. The refresh names the actions (and a list's
 * page) only; whoever
 * opens the card gets it as they may see it (on-refresh.ts). Teams refreshes by itself for the
 * owners who have written to the bot (their `29:` ids), and for anyone in a small chat.
 */
function refreshOf(message: Message): IRefreshDefinition | undefined {
  const shown = message.blocks.flatMap((b) => (b.kind === 'action' ? [b] : []));
  if (shown.length === 0) return undefined;
  const refs = [...new Set(shown.map((b) => b.card.ref))].slice(0, REFRESH_REFS);
  const data =
    shown.length === 1
      ? { ref: refs[0]!, ...(shown[0]!.card.history ? { history: true } : {}) }
      : {
          refs,
          ...(shown.some((b) => b.layout === 'line') ? { layout: 'line' } : {}),
          // A page of `mine` or `outstanding` is read again as a page, Next button and all.
          ...(message.list ? { list: listOf(message.list) } : {}),
        };
  const userIds = new Set<string>();
  for (const { card } of shown)
    for (const account of card.ownerAccounts ?? []) {
      if (account.platform !== 'teams') continue;
      const memberId = parseConversationRef(account.conversationRef)?.memberId;
      if (memberId) userIds.add(memberId);
    }
  return {
    action: { type: 'Action.Execute', title: 'Refresh', verb: REFRESH_VERB, data },
    userIds: [...userIds].slice(0, REFRESH_USERS),
  };
}

/** The card as a Bot Framework attachment. */
export function cardAttachment(message: Message) {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive' as const,
    content: renderCard(message),
  };
}
