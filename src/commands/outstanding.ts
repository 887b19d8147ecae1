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

export async function outstandingFor(
  ctx: CommandContext,
  actor: Actor,
  boards: readonly Board[],
): Promise<Message> {
  const now = ctx.clock.now();
  const blocks: Block[] = [];
  const summaries: string[] = [];
  for (const board of boards) {
    if (!sitsOn(actor, board.id)) {
      blocks.push(
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
    blocks.push(
      heading(`Outstanding: ${board.name}`),
      context(nextMeetingText(model)),
      paragraph(counts),
    );
    const hidden =
      model.omittedByGroup.overdue +
      model.omittedByGroup.in_progress +
      model.omittedByGroup.no_update;
    if (hidden) blocks.push(context(`${hidden} restricted action(s) not shown.`));
    for (const item of items) blocks.push({ kind: 'action', card: itemCard(item, board.name) });
  }
  return { summary: summaries.join(' '), blocks };
}
