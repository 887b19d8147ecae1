/**
 * `arising reminders preview`: what would be sent, to whom, when, over a period, from the
 * register as it stands (the same planner the scheduler runs), with the outbox state of anything
 * already queued.
 */
import type { Board, PersonId } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import { listBoards } from '../register/boards.ts';
import { getPerson, listIdentities } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { loadPlanInput } from './plan-tick.ts';
import { noticesForSlot, reminderSlots, type PlanRecipient } from './planner.ts';

export interface PreviewLine {
  readonly at: string;
  readonly board: string;
  readonly meeting: string;
  readonly leadDays: number;
  readonly topic: string;
  readonly to: string;
  readonly actionRefs: readonly string[];
  /** Outbox state when already queued (sent, pending, undeliverable...), else 'planned'. */
  readonly state: string;
  readonly lastError: string | null;
}

async function describeRecipient(db: Db, r: PlanRecipient): Promise<string> {
  if (r.kind === 'channel') return `${r.platform} channel ${r.channelId}`;
  const person = await getPerson(db, r.personId as PersonId);
  const [latest] = await listIdentities(db, r.personId as PersonId);
  const via = latest ? latest.platform : 'no Slack or Teams account linked';
  return `${person?.name ?? `person ${r.personId}`} (${via})`;
}

export async function previewReminders(
  db: Db,
  range: { board?: Board; from: Date; to: Date },
): Promise<PreviewLine[]> {
  const boards = range.board ? [range.board] : await listBoards(db);
  const lines: PreviewLine[] = [];
  for (const board of boards) {
    const input = await loadPlanInput(db, board, range.from);
    for (const slot of reminderSlots(input)) {
      const at = Date.parse(slot.at);
      if (at < range.from.getTime() || at >= range.to.getTime()) continue;
      for (const notice of noticesForSlot(input, slot)) {
        const queued = await db
          .selectFrom('outbox')
          .select(['state', 'last_error'])
          .where('idempotency_key', '=', notice.idempotencyKey)
          .executeTakeFirst();
        lines.push({
          at: formatDateTime(slot.at, board.timezone),
          board: board.name,
          meeting: formatDateTime(slot.meeting.startsAt, board.timezone),
          leadDays: slot.leadDays,
          topic: notice.topic,
          to: await describeRecipient(db, notice.recipient),
          actionRefs: notice.actionRefs,
          state: queued?.state ?? 'planned',
          lastError: queued?.last_error ?? null,
        });
      }
    }
  }
  return lines;
}

export function formatPreview(lines: readonly PreviewLine[]): string {
  if (lines.length === 0) return 'Nothing to send in this period.\n';
  return lines
    .map(
      (l) =>
        `${l.at}  ${l.board}, meeting ${l.meeting} (${l.leadDays} days before)\n` +
        `  ${l.topic === 'unowned' ? 'Unowned actions, to' : 'Reminder to'} ${l.to}: ${l.actionRefs.join(', ')}  [${l.state}${l.lastError ? `: ${l.lastError}` : ''}]\n`,
    )
    .join('');
}
