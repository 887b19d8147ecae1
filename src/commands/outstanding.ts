/**
 * `outstanding [board]`: a board's open actions, overdue and carried forward first. It reads the
 * digest model, so the chair's view and the papers never disagree. Members see public actions
 * and are told how many restricted ones are not shown.
 */
import type { Board } from '../domain.ts';
import { findPerson, ownerIdentitiesByRef, type Identity } from '../register/people.ts';
import { loadDigestModel } from '../digest/load.ts';
import { outstandingItems, type DigestItem, type DigestModel } from '../digest/model.ts';
import type { ActionCard, Block, Message } from '../message.ts';
import { code, context, heading, paragraph } from '../message.ts';
import type { CommandContext } from './context.ts';
import type { OutstandingFilter } from './grammar.ts';
import { isChair, isSecretariat, sitsOn, type Actor } from '../access.ts';
import { pageOf, pageFooter } from '../paging.ts';

/** The card every view shows, from a digest item (no buttons: this is a reading view). */
export function itemCard(
  item: DigestItem,
  boardName: string,
  accounts: readonly Identity[] = [],
): ActionCard {
  return {
    ref: item.ref,
    boardName,
    minuteRef: item.minuteRef,
    text: item.text,
    owners: item.owners.map((o) => o.name),
    due: item.due,
    status: item.status,
    rag: item.rag,
    overdue: item.overdue,
    carriedForward: item.carriedForward,
    latest: item.latest
      ? {
          at: item.latest.date,
          who: item.latest.who,
          note: item.latest.note,
          status: item.latest.status,
        }
      : null,
    buttons: [],
    ...(accounts.length
      ? {
          ownerAccounts: accounts.map(({ platform, userId, conversationRef }) => ({
            platform,
            userId,
            conversationRef,
          })),
        }
      : {}),
  };
}

/** The secretariat's way into the add form, on their board's outstanding list. */
export function newActionButton(board: Pick<Board, 'slug'>): Block {
  return {
    kind: 'buttons',
    buttons: [{ label: 'New action', intent: { kind: 'new_action', board: board.slug } }],
  };
}

function nextMeetingText(model: DigestModel): string {
  const m = model.meeting;
  return m
    ? `Next meeting ${m.date}, ${m.time}${m.place ? `, ${m.place}` : ''}.`
    : 'No next meeting set.';
}

/** What to narrow a board's list to, once the owner named is known on that board. */
type Narrowing =
  | { readonly label: string; readonly keep: (item: DigestItem) => boolean }
  | { readonly refusal: string };

async function narrowing(
  ctx: CommandContext,
  board: Board,
  filter: OutstandingFilter,
): Promise<Narrowing> {
  if (filter.kind === 'overdue') return { label: 'overdue', keep: (i) => i.overdue };
  if (filter.kind === 'carried') {
    return { label: 'carried forward twice or more', keep: (i) => i.carriedForward >= 2 };
  }
  const match = await findPerson(ctx.db, filter.query, board.id);
  if (match.kind === 'many') {
    const names = match.candidates
      .slice(0, 6)
      .map((p) => p.name)
      .join('; ');
    return {
      refusal: `“${filter.query.slice(0, 60)}” could be ${names}. Type the full name in quotes.`,
    };
  }
  // Not a person: perhaps a group as the minutes name it ("MOPAC officers").
  const name = match.kind === 'one' ? match.person.name : filter.query;
  const same = (a: string) => a.localeCompare(name, 'en', { sensitivity: 'base' }) === 0;
  return { label: `owned by ${name}`, keep: (i) => i.owners.some((o) => same(o.name)) };
}

/** The command that shows this list again, for a reply to a question asked in words. */
function commandFor(board: Board | undefined, filter: OutstandingFilter | undefined): string {
  const what =
    filter?.kind === 'owner'
      ? /\s/.test(filter.query)
        ? `"${filter.query}"`
        : filter.query
      : filter?.kind;
  return ['outstanding', board?.slug, what].filter(Boolean).join(' ');
}

export interface OutstandingOptions {
  readonly filter?: OutstandingFilter;
  /** It was asked in words: say the command that gives the same list. */
  readonly asked?: boolean;
  /** The board was named (rather than every board the actor sits on). */
  readonly named?: boolean;
  /** The board as typed, carried on the Next button (looked up again for each page). */
  readonly board?: string;
}

/**
 * `offset`: where this page starts in the boards' actions taken together (see src/paging.ts).
 * `options.board`: as typed, carried on the Next button with the filter; the boards are looked up
 * again for each page.
 */
export async function outstandingFor(
  ctx: CommandContext,
  actor: Actor,
  boards: readonly Board[],
  options: OutstandingOptions = {},
  offset = 0,
): Promise<Message> {
  const now = ctx.clock.now();
  const head: Block[] = [];
  const summaries: string[] = [];
  const { filter } = options;
  const listed: { board: Board; item: DigestItem }[] = [];
  const intros = new Map<number, Block[]>();
  for (const board of boards) {
    if (!sitsOn(actor, board.id)) {
      head.push(
        paragraph(
          `You do not sit on ${board.name}, so its actions are not shown. Its secretariat can add you.`,
        ),
      );
      summaries.push(`Not a member of ${board.name}.`);
      continue;
    }
    const seesRestricted = isChair(actor, board.id) || isSecretariat(actor, board.id);
    const loaded = await loadDigestModel(ctx.db, board.id, now, {
      edition: seesRestricted ? 'full' : 'public',
    });
    if (!loaded.ok) continue;
    const { model } = loaded;
    const all = outstandingItems(model);
    const narrowed = filter ? await narrowing(ctx, board, filter) : undefined;
    if (narrowed && 'refusal' in narrowed) {
      intros.set(board.id, [paragraph(narrowed.refusal)]);
      summaries.push(narrowed.refusal);
      continue;
    }
    const items = narrowed ? all.filter(narrowed.keep) : all;
    const overdue = items.filter((i) => i.overdue || i.carriedForward > 0).length;
    const inProgress = items.filter(
      (i) => i.status === 'in_progress' && !i.overdue && i.carriedForward === 0,
    ).length;
    const unassigned = items.filter((i) => i.owners.length === 0).length;
    const counts = narrowed
      ? `${items.length} of ${all.length} outstanding ${narrowed.label}.`
      : `${items.length} outstanding: ${overdue} overdue or carried forward, ${inProgress} in progress, ${items.length - overdue - inProgress} open${unassigned ? `; ${unassigned} with no owner` : ''}.`;
    summaries.push(`${board.name}: ${counts}`);
    const intro = [
      heading(`Outstanding: ${board.name}${narrowed ? `, ${narrowed.label}` : ''}`),
      context(nextMeetingText(model)),
      paragraph(counts),
    ];
    const hidden =
      model.omittedByGroup.overdue +
      model.omittedByGroup.in_progress +
      model.omittedByGroup.no_update;
    if (hidden) intro.push(context(`${hidden} restricted action(s) not shown.`));
    if (isSecretariat(actor, board.id)) intro.push(newActionButton(board));
    intros.set(board.id, intro);
    for (const item of items) listed.push({ board, item });
  }
  // One page over every board's actions; a board's heading and counts come before its first
  // action on the page (or alone, on the first page, when it has none outstanding).
  const page = pageOf(listed, offset);
  const blocks: Block[] = [...head];
  // Who the page's cards are addressed to on platforms that ask (Teams' refresh).
  const accounts = await ownerIdentitiesByRef(
    ctx.db,
    page.items.map((l) => l.item.ref),
  );
  for (const board of boards) {
    const intro = intros.get(board.id);
    const onPage = page.items.filter((l) => l.board.id === board.id);
    if (!intro || (onPage.length === 0 && page.offset > 0)) continue;
    blocks.push(...intro);
    for (const { item } of onPage)
      blocks.push({
        kind: 'action',
        card: itemCard(item, board.name, accounts.get(item.ref)),
        layout: page.layout,
      });
  }
  const list = {
    kind: 'page',
    view: 'outstanding',
    ...(options.board ? { board: options.board } : {}),
    ...(filter ? { filter } : {}),
  } as const;
  blocks.push(...pageFooter(page, list));
  if (options.asked) {
    const again = commandFor(options.named && boards.length === 1 ? boards[0] : undefined, filter);
    blocks.push(context('Next time, type ', code(again), '.'));
  }
  return { summary: summaries.join(' '), blocks, list: { ...list, offset: page.offset } };
}
