/**
 * `arising reminders preview`: what would be sent, to whom, when, over a period, from the
 * register as it stands (the same planner the scheduler runs), with the outbox state of anything
 * already queued.
 */
import type { Board, PersonId, Platform } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import { listBoards } from '../register/boards.ts';
import { reachOf } from '../register/channels.ts';
import { getPerson, listIdentities } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { loadPlanInput } from './plan-tick.ts';
import {
  noticesForSlot,
  planReminders,
  recipientKey,
  reminderSlots,
  secretariatRecipients,
  type PlanRecipient,
} from './planner.ts';
import { reminderTime, type ReminderPolicy } from './policy.ts';
import { DateTime } from 'luxon';
import {
  chaseWindow,
  dateSlots,
  planDateReminders,
  planOverdueChases,
  type DatedNotice,
} from './date-planner.ts';
import { loadDatedActions, loadOverdueActions } from './date-tick.ts';
import { pendingAssignmentNotices } from './assignment-tick.ts';

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
 * channel the person prefers when it can be used, else their latest identity on a configured
 * platform, else email (SMTP, or printed when SMTP_URL is unset); the console when no platform
 * is configured and they have no email address.
 */
async function describeRecipient(
  db: Db,
  r: PlanRecipient,
  platforms: readonly Platform[],
): Promise<string> {
  if (r.kind === 'channel') return `${r.platform} channel ${r.channelId}`;
  const person = await getPerson(db, r.personId as PersonId);
  const identities = await listIdentities(db, r.personId as PersonId);
  const reach = await reachOf(db, r.personId as PersonId);
  const chat = (only?: string) =>
    identities.find((i) => platforms.includes(i.platform) && (!only || i.platform === only));
  const preferred =
    reach?.channel === 'email' && reach.email
      ? 'email'
      : (reach?.channel === 'slack' || reach?.channel === 'teams') && chat(reach.channel)
        ? reach.channel
        : undefined;
  const via =
    preferred ??
    chat()?.platform ??
    (reach?.email
      ? 'email'
      : platforms.length === 0
        ? 'console'
        : `undeliverable: no ${platforms.join(' or ')} account linked and no email address`);
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
    // The slot the next pass catches up on (the latest already due of each meeting not yet
    // started) is listed although it fell before --from, unless it has gone already.
    const catchUp = new Set(
      planReminders(
        { ...input, policy: { ...input.policy, digestLeadDays: undefined } },
        range.from,
      ).map((n) => `${n.meetingId}|${n.leadDays}`),
    );
    for (const slot of reminderSlots(input)) {
      const at = Date.parse(slot.at);
      const caughtUp = catchUp.has(`${slot.meeting.id}|${slot.leadDays}`);
      if ((at < range.from.getTime() && !caughtUp) || at >= range.to.getTime()) continue;
      for (const notice of noticesForSlot(input, slot)) {
        const queued = await db
          .selectFrom('outbox')
          .select(['state', 'last_error'])
          .where('idempotency_key', '=', notice.idempotencyKey)
          .executeTakeFirst();
        if (at < range.from.getTime() && queued && queued.state !== 'pending') continue;
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
    lines.push(...(await previewDated(db, board, input.policy, range, platforms)));
  }
  // New owners are told at the next pass (a notice across boards shows without --board).
  for (const n of await pendingAssignmentNotices(
    db,
    range.board ? { boardId: range.board.id } : {},
  )) {
    lines.push({
      when: range.from.toISOString(),
      at: 'next pass',
      board:
        n.boardId === null
          ? 'several boards'
          : (boards.find((b) => b.id === n.boardId)?.name ?? '?'),
      meeting: 'none (newly assigned)',
      leadDays: 0,
      topic: 'assigned',
      to: await describeRecipient(db, { kind: 'person', personId: n.personId }, platforms),
      actionRefs: n.actionRefs,
      state: n.state,
      lastError: n.lastError,
    });
  }
  lines.push(...(await queuedChases(db, range, platforms)));
  return lines.sort((a, b) => Date.parse(a.when) - Date.parse(b.when));
}

/**
 * Chases asked for while no service was running (or not yet delivered): they wait in the
 * outbox, and the next pass sends them, so the preview lists them too.
 */
async function queuedChases(
  db: Db,
  range: { board?: Board | undefined; from: Date; to: Date },
  platforms: readonly Platform[],
): Promise<PreviewLine[]> {
  let query = db
    .selectFrom('outbox')
    // A chase across boards has none of its own.
    .leftJoin('boards', 'boards.id', 'outbox.board_id')
    .select([
      'outbox.person_id as personId',
      'outbox.payload as payload',
      'outbox.state as state',
      'outbox.last_error as lastError',
      'outbox.next_attempt_at as nextAt',
      'boards.name as boardName',
      'boards.timezone as zone',
    ])
    .where('outbox.idempotency_key', 'like', 'chase:%')
    .where('outbox.state', 'in', ['pending', 'sending'])
    .where('outbox.next_attempt_at', '<', range.to.toISOString());
  if (range.board) query = query.where('outbox.board_id', '=', range.board.id);
  const lines: PreviewLine[] = [];
  for (const row of await query.orderBy('outbox.id').execute()) {
    if (row.personId === null) continue;
    const payload = JSON.parse(row.payload) as { actionRefs?: string[]; chasedBy?: string };
    const due = Date.parse(row.nextAt) <= range.from.getTime();
    lines.push({
      when: due ? range.from.toISOString() : row.nextAt,
      at: due ? 'next pass' : formatDateTime(row.nextAt, row.zone ?? 'Europe/London'),
      board: row.boardName ?? 'several boards',
      meeting: `none (chased by ${payload.chasedBy ?? 'the secretariat'})`,
      leadDays: 0,
      topic: 'chase',
      to: await describeRecipient(
        db,
        { kind: 'person', personId: row.personId as PersonId },
        platforms,
      ),
      actionRefs: payload.actionRefs ?? [],
      state: row.state,
      lastError: row.lastError,
    });
  }
  return lines;
}

/**
 * Date reminders and overdue chases in the period, as the planner would send them at each of
 * their times with the register as it stands; the pass at --from itself is included.
 */
async function previewDated(
  db: Db,
  board: Board,
  policy: ReminderPolicy,
  range: { from: Date; to: Date },
  platforms: readonly Platform[],
): Promise<PreviewLine[]> {
  const zone = board.timezone;
  const planBoard = { id: board.id, timezone: zone };
  const fromDate = DateTime.fromJSDate(range.from, { zone }).toISODate()!;
  const toDate = DateTime.fromJSDate(range.to, { zone }).plus({ days: 106 }).toISODate()!;
  const dated = await loadDatedActions(db, board.id, fromDate, toDate);
  const overdueNow = await loadOverdueActions(
    db,
    board,
    DateTime.fromJSDate(range.to, { zone }).toISODate()!,
  );
  const notices: DatedNotice[] = [
    ...planDateReminders({ board: planBoard, policy, actions: dated }, range.from),
  ];
  for (const action of dated) {
    for (const slot of dateSlots(action, policy, zone)) {
      const at = Date.parse(slot.at);
      if (at > range.from.getTime() && at < range.to.getTime())
        notices.push(
          ...planDateReminders({ board: planBoard, policy, actions: [action] }, new Date(at)),
        );
    }
  }
  // One chase time per cadence window in the period, with the actions overdue by then.
  const times = [range.from];
  for (let t = range.from; t.getTime() < range.to.getTime();) {
    const { startsAt } = chaseWindow(t, policy, zone);
    const next = startsAt.plus({ days: policy.overdueEveryDays });
    const at = chaseWindow(next.toJSDate(), policy, zone).at;
    t = next.toJSDate();
    if (at && at.toMillis() < range.to.getTime()) times.push(at.toJSDate());
  }
  for (const t of times)
    notices.push(...planOverdueChases({ board: planBoard, policy, actions: overdueNow }, t));
  const lines: PreviewLine[] = [];
  const seen = new Set<string>();
  for (const notice of notices) {
    if (seen.has(notice.idempotencyKey)) continue;
    seen.add(notice.idempotencyKey);
    const queued = await db
      .selectFrom('outbox')
      .select(['state', 'last_error'])
      .where('idempotency_key', '=', notice.idempotencyKey)
      .executeTakeFirst();
    if (Date.parse(notice.dueAt) < range.from.getTime() && queued && queued.state !== 'pending')
      continue;
    lines.push({
      when: notice.dueAt,
      at: formatDateTime(notice.dueAt, zone),
      board: board.name,
      meeting:
        notice.topic === 'overdue'
          ? 'none (overdue)'
          : `none (due ${dated.find((a) => a.ref === notice.actionRefs[0])?.dueDate ?? '?'})`,
      leadDays: notice.topic === 'overdue' ? policy.overdueEveryDays : notice.leadDays,
      topic: notice.topic,
      to: await describeRecipient(db, notice.recipient, platforms),
      actionRefs: notice.actionRefs,
      state: queued?.state ?? 'planned',
      lastError: queued?.last_error ?? null,
    });
  }
  return lines;
}

const TOPIC_LABELS: Readonly<Record<string, string>> = {
  reminder: 'Reminder to',
  unowned: 'Unowned actions, to',
  digest: 'Pre-meeting digest to',
  date_reminder: 'Reminder to',
  overdue: 'Overdue chase to',
  assigned: 'New actions, to',
  chase: 'Chase to',
};

export function formatPreview(lines: readonly PreviewLine[]): string {
  if (lines.length === 0) return 'Nothing to send in this period.\n';
  return lines
    .map(
      (l) =>
        (l.topic === 'assigned'
          ? `${l.at}  ${l.board}, newly assigned actions\n`
          : l.topic === 'chase'
            ? `${l.at}  ${l.board}, chase asked for by ${l.meeting.replace(/^none \(chased by |\)$/g, '')}\n`
            : l.topic === 'overdue'
              ? `${l.at}  ${l.board}, overdue actions (every ${l.leadDays} days)\n`
              : l.topic === 'date_reminder'
                ? `${l.at}  ${l.board}, ${l.meeting.replace(/^none \(|\)$/g, '')} (${l.leadDays} days before)\n`
                : `${l.at}  ${l.board}, meeting ${l.meeting} (${l.leadDays} days before)\n`) +
        `  ${TOPIC_LABELS[l.topic] ?? 'Notice to'} ${l.to}${l.actionRefs.length ? `: ${l.actionRefs.join(', ')}` : ''}  [${l.state}${l.lastError ? `: ${l.lastError}` : ''}]\n`,
    )
    .join('');
}
