/**
 * `outstanding [board]`: a board's open actions, overdue and carried forward first. It reads the
 * digest model, so the chair's view and the papers never disagree. Members see public actions
 * and are told how many restricted ones are not shown.
 */
import type { Board } from '../domain.ts';
import { loadDigestModel } from '../digest/load.ts';
import { outstandingItems, type DigestItem, type DigestModel } from '../digest/model.ts';
import type { ActionCard, Block, Message } from '../message.ts';
import { context, heading, paragraph } from '../message.ts';
import type { CommandContext } from './context.ts';
import { isChair, isSecretariat, sitsOn, type Actor } from '../access.ts';
import { pageOf, pageFooter } from '../paging.ts';

/** The card every view shows, from a digest item (no buttons: this is a reading view). */
export function itemCard(item: DigestItem, boardName: string): ActionCard {
  return {
    ref: item.ref,
    boardName,
    minuteRef: item.minuteRef,
    text: item.text,
    owners: item.owners.map((o) => o.name),
    due: item.due,
    status: item.status,
    rag: item.rag,
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
  };
}

function nextMeetingText(model: DigestModel): string {
  const m = model.meeting;
  return m
    ? `Next meeting ${m.date}, ${m.time}${m.place ? `, ${m.place}` : ''}.`
    : 'No next meeting set.';
}

/**
 * `offset`: where this page starts in the boards' actions taken together (see src/paging.ts).
 * `boardName`: as typed, carried on the Next button; the boards are looked up again for each page.
 */
export async function outstandingFor(
  ctx: CommandContext,
  actor: Actor,
  boards: readonly Board[],
  offset = 0,
  boardName?: string,
): Promise<Message> {
  const now = ctx.clock.now();
  const head: Block[] = [];
  const summaries: string[] = [];
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
    const items = outstandingItems(model);
    const overdue = items.filter((i) => i.overdue || i.carriedForward > 0).length;
    const inProgress = items.filter(
      (i) => i.status === 'in_progress' && !i.overdue && i.carriedForward === 0,
    ).length;
    const unassigned = items.filter((i) => i.owners.length === 0).length;
    const counts = `${items.length} outstanding: ${overdue} overdue or carried forward, ${inProgress} in progress, ${items.length - overdue - inProgress} open${unassigned ? `; ${unassigned} with no owner` : ''}.`;
    summaries.push(`${board.name}: ${counts}`);
    const intro = [
      heading(`Outstanding: ${board.name}`),
      context(nextMeetingText(model)),
      paragraph(counts),
    ];
    const hidden =
      model.omittedByGroup.overdue +
      model.omittedByGroup.in_progress +
      model.omittedByGroup.no_update;
    if (hidden) intro.push(context(`${hidden} restricted action(s) not shown.`));
    intros.set(board.id, intro);
    for (const item of items) listed.push({ board, item });
  }
  // One page over every board's actions; a board's heading and counts come before its first
  // action on the page (or alone, on the first page, when it has none outstanding).
  const page = pageOf(listed, offset);
  const blocks: Block[] = [...head];
  for (const board of boards) {
    const intro = intros.get(board.id);
    const onPage = page.items.filter((l) => l.board.id === board.id);
    if (!intro || (onPage.length === 0 && page.offset > 0)) continue;
    blocks.push(...intro);
    for (const { item } of onPage)
      blocks.push({ kind: 'action', card: itemCard(item, board.name), layout: page.layout });
  }
  blocks.push(
    ...pageFooter(page, {
      kind: 'page',
      view: 'outstanding',
      ...(boardName ? { board: boardName } : {}),
    }),
  );
  return { summary: summaries.join(' '), blocks };
}
