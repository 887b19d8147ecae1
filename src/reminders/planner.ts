/**
 * Decides which reminders are due, from the register's state and the time: a pure function over
 * readonly values, so it is tested by moving a clock and run as often as anyone likes (the
 * outbox's idempotency key turns a repeat into nothing).
 *
 *   const due = planReminders({ board, policy, meetings, actions, secretariat }, clock.now());
 */
import type { BoardId, MeetingId, PersonId, Platform } from '../domain.ts';
import type { ReminderPolicy } from './policy.ts';
import { reminderTime } from './policy.ts';

export interface PlanBoard {
  readonly id: BoardId;
  readonly timezone: string;
}

export interface PlanMeeting {
  readonly id: MeetingId;
  /** ISO 8601 instant in UTC. */
  readonly startsAt: string;
}

/** An open action due at one of the meetings, with its person owners (groups cannot be chased). */
export interface PlanAction {
  readonly ref: string;
  readonly dueMeetingId: MeetingId;
  readonly ownerIds: readonly PersonId[];
}

export type PlanRecipient =
  | { readonly kind: 'person'; readonly personId: PersonId }
  | {
      readonly kind: 'channel';
      readonly platform: Platform;
      readonly workspaceId: string | null;
      readonly channelId: string;
    };

/** Where the secretariat hears about unowned actions: its channels, else its people. */
export interface PlanSecretariat {
  readonly channels: readonly Extract<PlanRecipient, { kind: 'channel' }>[];
  readonly personIds: readonly PersonId[];
}

export interface PlanInput {
  readonly board: PlanBoard;
  readonly policy: ReminderPolicy;
  readonly meetings: readonly PlanMeeting[];
  readonly actions: readonly PlanAction[];
  readonly secretariat: PlanSecretariat;
}

/** One notice to queue: a reminder to an owner, or a flag to the secretariat. */
export interface PlannedNotice {
  readonly idempotencyKey: string;
  readonly kind: 'reminder' | 'notice' | 'digest';
  readonly topic:
    | 'reminder'
    | 'unowned'
    | 'no_following_meeting'
    | 'unreachable'
    | 'digest'
    | 'date_reminder'
    | 'overdue';
  readonly boardId: BoardId;
  /** Null for a reminder of an action due on a date, or an overdue chase (date-planner.ts). */
  readonly meetingId: MeetingId | null;
  readonly leadDays: number;
  /** When it was due to go out (UTC ISO): earlier than now after downtime. */
  readonly dueAt: string;
  readonly recipient: PlanRecipient;
  readonly actionRefs: readonly string[];
  /** 'unreachable' only: the owner who could not be reminded, and why. */
  readonly ownerId?: PersonId;
  readonly reason?: string;
}

export const reminderKey = (personId: number, meetingId: number, leadDays: number): string =>
  `reminder:person=${personId}:meeting=${meetingId}:lead=${leadDays}d`;

export function recipientKey(r: PlanRecipient): string {
  return r.kind === 'person'
    ? `person=${r.personId}`
    : `channel=${r.platform}/${r.workspaceId ?? '-'}/${r.channelId}`;
}

/** The secretariat's channels when the board has any, else its people. */
export function secretariatRecipients(secretariat: PlanSecretariat): PlanRecipient[] {
  return secretariat.channels.length
    ? [...secretariat.channels]
    : secretariat.personIds.map((personId) => ({ kind: 'person', personId }));
}

/** One reminder slot of a meeting: the lead and the instant it goes out. */
export interface Slot {
  readonly meeting: PlanMeeting;
  readonly leadDays: number;
  readonly at: string;
}

/**
 * Every reminder slot of the board's meetings, earliest first. A slot that would fall at or
 * after its meeting's start (lead 0 with a send time after the meeting) is dropped.
 */
export function reminderSlots(input: Pick<PlanInput, 'board' | 'policy' | 'meetings'>): Slot[] {
  const slots: Slot[] = [];
  for (const meeting of input.meetings) {
    for (const leadDays of input.policy.leadDays) {
      const at = reminderTime(meeting.startsAt, leadDays, input.policy, input.board.timezone);
      const iso = at.toISO({ suppressMilliseconds: false })!;
      if (at.toMillis() < Date.parse(meeting.startsAt)) slots.push({ meeting, leadDays, at: iso });
    }
  }
  return slots.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The notices one slot gives: one per owner listing all their actions, one flag for unowned. */
export function noticesForSlot(input: PlanInput, slot: Slot): PlannedNotice[] {
  const { board } = input;
  const due = input.actions.filter((a) => a.dueMeetingId === slot.meeting.id);
  const byOwner = new Map<PersonId, string[]>();
  const unowned: string[] = [];
  for (const action of due) {
    if (action.ownerIds.length === 0) unowned.push(action.ref);
    for (const owner of new Set(action.ownerIds)) {
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), action.ref]);
    }
  }
  const base = {
    boardId: board.id,
    meetingId: slot.meeting.id,
    leadDays: slot.leadDays,
    dueAt: slot.at,
  };
  const notices: PlannedNotice[] = [...byOwner]
    .sort(([a], [b]) => a - b)
    .map(([personId, actionRefs]) => ({
      ...base,
      idempotencyKey: reminderKey(personId, slot.meeting.id, slot.leadDays),
      kind: 'reminder',
      topic: 'reminder',
      recipient: { kind: 'person', personId },
      actionRefs,
    }));
  if (unowned.length > 0) {
    for (const recipient of secretariatRecipients(input.secretariat)) {
      notices.push({
        ...base,
        idempotencyKey: `unowned:${recipientKey(recipient)}:meeting=${slot.meeting.id}:lead=${slot.leadDays}d`,
        kind: 'notice',
        topic: 'unowned',
        recipient,
        actionRefs: unowned,
      });
    }
  }
  return notices;
}

/**
 * The pre-meeting digests due now, when the policy asks for them (digestLeadDays): one per
 * secretariat recipient per meeting, from its time until the meeting starts.
 */
export function planDigests(input: PlanInput, now: Date): PlannedNotice[] {
  const lead = input.policy.digestLeadDays;
  if (lead === undefined) return [];
  const nowMs = now.getTime();
  const notices: PlannedNotice[] = [];
  for (const meeting of input.meetings) {
    const at = reminderTime(meeting.startsAt, lead, input.policy, input.board.timezone);
    const startMs = Date.parse(meeting.startsAt);
    if (at.toMillis() > nowMs || startMs <= nowMs || at.toMillis() >= startMs) continue;
    for (const recipient of secretariatRecipients(input.secretariat)) {
      notices.push({
        idempotencyKey: `digest:${recipientKey(recipient)}:meeting=${meeting.id}`,
        kind: 'digest',
        topic: 'digest',
        boardId: input.board.id,
        meetingId: meeting.id,
        leadDays: lead,
        dueAt: at.toISO()!,
        recipient,
        actionRefs: [],
      });
    }
  }
  return notices;
}

/**
 * The notices due now. For each meeting that has not started, only its latest slot whose time
 * has come counts: after downtime the 2-day reminder goes out and the missed 7-day one does not,
 * so an owner never receives two stale reminders at once.
 */
export function planReminders(input: PlanInput, now: Date): PlannedNotice[] {
  const nowMs = now.getTime();
  const latest = new Map<MeetingId, Slot>();
  for (const slot of reminderSlots(input)) {
    if (Date.parse(slot.meeting.startsAt) <= nowMs) continue;
    if (Date.parse(slot.at) <= nowMs) latest.set(slot.meeting.id, slot);
  }
  return [
    ...[...latest.values()].flatMap((slot) => noticesForSlot(input, slot)),
    ...planDigests(input, now),
  ];
}
