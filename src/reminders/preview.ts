/**
 * `arising reminders preview`: what would be sent, to whom, when, over a period, from the
 * register as it stands (the same planner the scheduler runs), with the outbox state of anything
 * already queued.
 */
import type { Board, PersonId, Platform } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import { listBoards } from '../register/boards.ts';
import { getPerson, listIdentities } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { loadPlanInput } from './plan-tick.ts';
import {
  noticesForSlot,
  recipientKey,
  reminderSlots,
  secretariatRecipients,
  type PlanRecipient,
} from './planner.ts';
import { reminderTime } from './policy.ts';

export interface PreviewLine {
  /** UTC ISO instant, for sorting. */
  readonly when: string;
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

/**
 * Who a notice goes to and how, as the deliverer will route it (deliverer.ts routeFor): the
 * person's latest identity on a configured platform; the console when no platform is configured.
 */
async function describeRecipient(
  db: Db,
  r: PlanRecipient,
  platforms: readonly Platform[],
): Promise<string> {
  if (r.kind === 'channel') return `${r.platform} channel ${r.channelId}`;
  const person = await getPerson(db, r.personId as PersonId);
  const reachable = (await listIdentities(db, r.personId as PersonId)).find((i) =>
    platforms.includes(i.platform),
  );
  const via = reachable
    ? reachable.platform
    : platforms.length === 0
      ? 'console'
      : `undeliverable: no ${platforms.join(' or ')} account linked`;
  return `${person?.name ?? `person ${r.personId}`} (${via})`;
}

export async function previewReminders(
  db: Db,
  range: { board?: Board; from: Date; to: Date },
  /** The platforms the service is configured for (configuredPlatforms); none means the console. */
  platforms: readonly Platform[] = [],
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
          when: slot.at,
          at: formatDateTime(slot.at, board.timezone),
          board: board.name,
          meeting: formatDateTime(slot.meeting.startsAt, board.timezone),
          leadDays: slot.leadDays,
          topic: notice.topic,
          to: await describeRecipient(db, notice.recipient, platforms),
          actionRefs: notice.actionRefs,
          state: queued?.state ?? 'planned',
          lastError: queued?.last_error ?? null,
        });
      }
    }
    const lead = input.policy.digestLeadDays;
    for (const meeting of lead === undefined ? [] : input.meetings) {
      const at = reminderTime(meeting.startsAt, lead!, input.policy, board.timezone);
      const ms = at.toMillis();
      if (ms < range.from.getTime() || ms >= range.to.getTime()) continue;
      if (ms >= Date.parse(meeting.startsAt)) continue;
      for (const recipient of secretariatRecipients(input.secretariat)) {
        const queued = await db
          .selectFrom('outbox')
          .select(['state', 'last_error'])
          .where('idempotency_key', '=', `digest:${recipientKey(recipient)}:meeting=${meeting.id}`)
          .executeTakeFirst();
        lines.push({
          when: at.toISO()!,
          at: formatDateTime(at.toJSDate(), board.timezone),
          board: board.name,
          meeting: formatDateTime(meeting.startsAt, board.timezone),
          leadDays: lead!,
          topic: 'digest',
          to: await describeRecipient(db, recipient, platforms),
          actionRefs: [],
          state: queued?.state ?? 'planned',
          lastError: queued?.last_error ?? null,
        });
      }
    }
  }
  return lines.sort((a, b) => Date.parse(a.when) - Date.parse(b.when));
}

const TOPIC_LABELS: Readonly<Record<string, string>> = {
  reminder: 'Reminder to',
  unowned: 'Unowned actions, to',
  digest: 'Pre-meeting digest to',
};

export function formatPreview(lines: readonly PreviewLine[]): string {
  if (lines.length === 0) return 'Nothing to send in this period.\n';
  return lines
    .map(
      (l) =>
        `${l.at}  ${l.board}, meeting ${l.meeting} (${l.leadDays} days before)\n` +
        `  ${TOPIC_LABELS[l.topic] ?? 'Notice to'} ${l.to}${l.actionRefs.length ? `: ${l.actionRefs.join(', ')}` : ''}  [${l.state}${l.lastError ? `: ${l.lastError}` : ''}]\n`,
    )
    .join('');
}
