import { describe, expect, it } from 'vitest';
import type { BoardId, MeetingId, PersonId } from '../../src/domain.ts';
import { planDigests, planReminders, type PlanInput } from '../../src/reminders/planner.ts';
import { DEFAULT_POLICY } from '../../src/reminders/policy.ts';

const board = { id: 1 as BoardId, timezone: 'Europe/London' };
const m = (id: number, startsAt: string) => ({ id: id as MeetingId, startsAt });
const p = (id: number) => id as PersonId;
// Tuesday 8 Dec 2026, 10:00: reminders Tue 1 Dec 09:00 (7 days) and Fri 4 Dec 09:00 (2 days).
const DEC8 = m(40, '2026-12-08T10:00:00.000Z');

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    board,
    policy: DEFAULT_POLICY,
    meetings: [DEC8],
    actions: [
      { ref: 'LCRB-1', dueMeetingId: DEC8.id, ownerIds: [p(12)] },
      { ref: 'LCRB-2', dueMeetingId: DEC8.id, ownerIds: [p(12), p(13)] },
      { ref: 'LCRB-3', dueMeetingId: DEC8.id, ownerIds: [p(13)] },
      { ref: 'LCRB-4', dueMeetingId: DEC8.id, ownerIds: [] },
    ],
    secretariat: { channels: [], personIds: [p(99)] },
    ...overrides,
  };
}

describe('planReminders', () => {
  it('plans nothing before 09:00 on the day, and the 7-day reminders from 09:00', () => {
    expect(planReminders(input(), new Date('2026-12-01T08:59:59.999Z'))).toEqual([]);
    const due = planReminders(input(), new Date('2026-12-01T09:00:00.000Z'));
    expect(due.map((n) => n.idempotencyKey)).toEqual([
      'reminder:person=12:meeting=40:lead=7d',
      'reminder:person=13:meeting=40:lead=7d',
      'unowned:person=99:meeting=40:lead=7d',
    ]);
  });

  it('sends each owner one reminder listing all their open actions for the meeting', () => {
    const due = planReminders(input(), new Date('2026-12-01T09:00:00.000Z'));
    expect(due.map((n) => [n.recipient, n.actionRefs])).toEqual([
      [{ kind: 'person', personId: 12 }, ['LCRB-1', 'LCRB-2']],
      [{ kind: 'person', personId: 13 }, ['LCRB-2', 'LCRB-3']],
      [{ kind: 'person', personId: 99 }, ['LCRB-4']],
    ]);
    expect(due[2]).toMatchObject({ kind: 'notice', topic: 'unowned' });
  });

  it('flags unowned actions to the secretariat channel when the board has one', () => {
    const due = planReminders(
      input({
        secretariat: {
          channels: [{ kind: 'channel', platform: 'slack', workspaceId: 'T1', channelId: 'C9' }],
          personIds: [p(99)],
        },
      }),
      new Date('2026-12-01T09:00:00.000Z'),
    );
    expect(due.filter((n) => n.topic === 'unowned').map((n) => n.idempotencyKey)).toEqual([
      'unowned:channel=slack/T1/C9:meeting=40:lead=7d',
    ]);
  });

  it('after downtime, plans only the latest reminder due, never two stale ones', () => {
    // Down from 30 Nov to Saturday 5 Dec: both the 7- and 2-day times have passed.
    const due = planReminders(input(), new Date('2026-12-05T12:00:00.000Z'));
    expect(new Set(due.map((n) => n.leadDays))).toEqual(new Set([2]));
    expect(due.map((n) => n.dueAt)).toContain('2026-12-04T09:00:00.000Z');
  });

  it('plans nothing for a meeting that has started', () => {
    expect(planReminders(input(), new Date('2026-12-08T10:00:00.000Z'))).toEqual([]);
  });

  it('plans each meeting of the board on its own schedule', () => {
    const jan = m(41, '2027-01-12T10:00:00.000Z');
    const due = planReminders(
      input({
        meetings: [DEC8, jan],
        actions: [
          { ref: 'LCRB-1', dueMeetingId: DEC8.id, ownerIds: [p(12)] },
          { ref: 'LCRB-9', dueMeetingId: jan.id, ownerIds: [p(12)] },
        ],
      }),
      new Date('2027-01-05T09:00:00.000Z'),
    );
    expect(due.map((n) => n.idempotencyKey)).toEqual(['reminder:person=12:meeting=41:lead=7d']);
  });

  it('plans no digest unless the policy sets digestLeadDays, then one per secretariat recipient', () => {
    const at = new Date('2026-12-03T09:00:00.000Z');
    expect(planDigests(input(), at)).toEqual([]);
    const due = planDigests(input({ policy: { ...DEFAULT_POLICY, digestLeadDays: 5 } }), at);
    expect(due.map((n) => [n.idempotencyKey, n.dueAt])).toEqual([
      ['digest:person=99:meeting=40', '2026-12-03T09:00:00.000Z'],
    ]);
    expect(
      planDigests(
        input({ policy: { ...DEFAULT_POLICY, digestLeadDays: 5 } }),
        new Date('2026-12-03T08:59:00.000Z'),
      ),
    ).toEqual([]);
  });
});
