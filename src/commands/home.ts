/**
 * A person's home view (Slack App Home; any platform with a personal tab): their open actions
 * and, for each board they chair or serve as secretariat, its outstanding counts.
 */
import type { Message, Block } from '../message.ts';
import { context, heading, paragraph, bold } from '../message.ts';
import { getBoard } from '../register/boards.ts';
import { listActions } from '../register/actions.ts';
import { Lookups, overdueNow } from '../cards.ts';
import type { CommandContext } from './context.ts';
import { handleText } from './execute.ts';
import { isChair, isSecretariat, type Actor } from '../access.ts';

export async function homeMessage(ctx: CommandContext, actor: Actor): Promise<Message> {
  const mine = await handleText(ctx, actor, 'mine');
  // Home is refreshed in place after every press and has no thread to answer Open or Next in,
  // so it keeps the full cards with their buttons (as many as fit) rather than a page of lines.
  const blocks: Block[] = mine.blocks.flatMap((b): Block[] => {
    if (b.kind === 'action') return [{ kind: 'action', card: b.card }];
    if (b.kind === 'buttons' && b.buttons.every((x) => x.intent.kind === 'page')) return [];
    if (
      b.kind === 'context' &&
      b.spans.some((x) => typeof x === 'string' && x.startsWith('Showing '))
    )
      return [];
    return [b];
  });
  const boardLines: Block[] = [];
  const now = ctx.clock.now();
  const lookups = new Lookups(ctx.db);
  for (const boardId of actor.roles.keys()) {
    if (!isChair(actor, boardId) && !isSecretariat(actor, boardId)) continue;
    const board = (await getBoard(ctx.db, boardId))!;
    const open = await listActions(ctx.db, {
      boardIds: [boardId],
      statuses: ['open', 'in_progress'],
    });
    let overdue = 0;
    for (const a of open)
      if (a.carriedForward > 0 || (await overdueNow(a, now, lookups))) overdue++;
    const unassigned = open.filter((a) => a.owners.length === 0).length;
    boardLines.push(
      paragraph(
        bold(board.name),
        ` (${board.slug}): ${open.length} outstanding, ${overdue} overdue or carried forward${
          unassigned ? `, ${unassigned} with no owner` : ''
        }.`,
      ),
      {
        kind: 'buttons',
        buttons: [
          {
            label: `Outstanding: ${board.slug}`,
            intent: { kind: 'outstanding', board: board.slug },
          },
          ...(isSecretariat(actor, boardId)
            ? [
                {
                  label: `New action: ${board.slug}`,
                  intent: { kind: 'new_action', board: board.slug },
                } as const,
              ]
            : []),
        ],
      },
    );
  }
  if (boardLines.length) {
    blocks.push({ kind: 'divider' }, heading('Your boards'), ...boardLines);
    blocks.push(
      context('Or type /actions outstanding <board>, with overdue, carried or an owner.'),
    );
  }
  return { summary: mine.summary, blocks };
}
