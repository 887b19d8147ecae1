import { describe, expect, it } from 'vitest';
import type { BoardId, PersonId } from '../../src/domain.ts';
import {
  planDateReminders,
  planOverdueChases,
  type DatedAction,
  type OverdueAction,
} from '../../src/reminders/date-planner.ts';
import { DEFAULT_POLICY, reminderPolicySchema } from '../../src/reminders/policy.ts';

const board = { id: 1 as BoardId, timezone: 'Europe/London' };
const p = (id: number) => id as PersonId;
const at = (iso: string) => new Date(iso);

const dated = (overrides: Partial<DatedAction> = {}): DatedAction => ({
  id: 6,
  ref: 'LCRB-6',
  dueDate: '2027-01-07',
  ownerIds: [p(12)],
  ...overrides,
});
const dates = (actions: DatedAction[], now: string, policy = DEFAULT_POLICY) =>
  planDateReminders({ board, policy, actions }, at(now));

describe('planDateReminders', () => {
  it('reminds the owner of an action due on a date at 09:00 local, lead days before', () => {
    // Thursday 7 Jan 2027: 7 days before is Thursday 31 Dec, 2 days before Tuesday 5 Jan.
    expect(dates([dated()], '2026-12-31T08:59:59.999Z')).toEqual([]);
    expect(dates([dated()], '2026-12-31T09:00:00.000Z')).toEqual([
      {
        idempotencyKey: 'reminder:person=12:action=6:due=2027-01-07:lead=7d',
        kind: 'reminder',
        topic: 'date_reminder',
        boardId: 1,
        leadDays: 7,
        dueAt: '2026-12-31T09:00:00.000Z',
        recipient: { kind: 'person', personId: 12 },
        actionRefs: ['LCRB-6'],
      },
    ]);
    expect(dates([dated()], '2027-01-05T09:00:00.000Z').map((n) => n.idempotencyKey)).toEqual([
      'reminder:person=12:action=6:due=2027-01-07:lead=2d',
    ]);
  });

  it('moves a reminder that falls on a weekend back to the Friday', () => {
    // Monday 14 Dec 2026: 2 days before is Saturday 12 Dec, so Friday 11 Dec.
    const monday = dated({ dueDate: '2026-12-14' });
    expect(dates([monday], '2026-12-11T08:59:00.000Z').map((n) => n.leadDays)).toEqual([7]);
    expect(dates([monday], '2026-12-11T09:00:00.000Z').map((n) => n.dueAt)).toEqual([
      '2026-12-11T09:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the London October clock change', () => {
    // Friday 30 Oct 2026; clocks go back on Sunday 25 Oct. 23 Oct is BST, 28 Oct is GMT.
    const friday = dated({ dueDate: '2026-10-30' });
    expect(dates([friday], '2026-10-23T08:00:00.000Z').map((n) => n.dueAt)).toEqual([
      '2026-10-23T08:00:00.000Z',
    ]);
    expect(dates([friday], '2026-10-28T08:59:00.000Z').map((n) => n.leadDays)).toEqual([7]);
    expect(dates([friday], '2026-10-28T09:00:00.000Z').map((n) => n.dueAt)).toEqual([
      '2026-10-28T09:00:00.000Z',
    ]);
  });

  it('uses dateLeadDays when the board sets them, and leadDays otherwise', () => {
    const policy = reminderPolicySchema.parse({ leadDays: [7, 2], dateLeadDays: [1] });
    expect(dates([dated()], '2027-01-05T09:00:00.000Z', policy)).toEqual([]);
    expect(dates([dated()], '2027-01-06T09:00:00.000Z', policy).map((n) => n.leadDays)).toEqual([
      1,
    ]);
  });

  it('after downtime sends only the latest slot, and nothing once the due day is over', () => {
    // Down from before 31 Dec until 6 Jan: the 2-day reminder, not the stale 7-day one too.
    expect(dates([dated()], '2027-01-06T12:00:00.000Z').map((n) => n.leadDays)).toEqual([2]);
    expect(dates([dated()], '2027-01-07T23:59:00.000Z').map((n) => n.leadDays)).toEqual([2]);
    expect(dates([dated()], '2027-01-08T00:00:00.000Z')).toEqual([]);
  });

  it('gives every owner their own reminder, and two planners the same keys', () => {
    const action = dated({ ownerIds: [p(13), p(12), p(13)] });
    const one = dates([action], '2026-12-31T09:00:00.000Z');
    const two = dates([action], '2026-12-31T09:05:00.000Z');
    expect(one.map((n) => n.recipient)).toEqual([
      { kind: 'person', personId: 12 },
      { kind: 'person', personId: 13 },
    ]);
    expect(two.map((n) => n.idempotencyKey)).toEqual(one.map((n) => n.idempotencyKey));
  });
});

const overdue = (overrides: Partial<OverdueAction> = {}): OverdueAction => ({
  id: 9,
  ref: 'LCRB-9',
  ownerIds: [p(12)],
  overdueSince: '2020-06-01T23:00:00.000Z',
  lastUpdateAt: null,
  ...overrides,
});
const chases = (actions: OverdueAction[], now: string, policy = DEFAULT_POLICY) =>
  planOverdueChases({ board, policy, actions }, at(now));

// Cadence windows of 7 days start on Thursdays (counted from 1970-01-01, a Thursday):
// Thursday 3 Dec 2026 is window 2970, Thursday 10 Dec window 2971.
describe('planOverdueChases', () => {
  it('chases an overdue action every 7 days at 09:00, once per window', () => {
    expect(chases([overdue()], '2026-12-03T08:59:00.000Z')).toEqual([]);
    const first = chases([overdue()], '2026-12-03T09:00:00.000Z');
    expect(first).toEqual([
      {
        idempotencyKey: 'overdue:person=12:board=1:window=2970',
        kind: 'reminder',
        topic: 'overdue',
        boardId: 1,
        leadDays: 2970,
        dueAt: '2026-12-03T09:00:00.000Z',
        recipient: { kind: 'person', personId: 12 },
        actionRefs: ['LCRB-9'],
      },
    ]);
    // Later in the same window (a restart, a second instance): the same key, so one message.
    expect(chases([overdue()], '2026-12-09T17:00:00.000Z')).toEqual(first);
    expect(chases([overdue()], '2026-12-10T09:00:00.000Z').map((n) => n.idempotencyKey)).toEqual([
      'overdue:person=12:board=1:window=2971',
    ]);
  });

  it('sends each owner one chase listing all their overdue actions', () => {
    const actions = [
      overdue(),
      overdue({ id: 10, ref: 'LCRB-10', ownerIds: [p(12), p(13)] }),
      overdue({ id: 11, ref: 'LCRB-11', ownerIds: [p(13)] }),
    ];
    expect(
      chases(actions, '2026-12-03T09:00:00.000Z').map((n) => [n.recipient, n.actionRefs]),
    ).toEqual([
      [{ kind: 'person', personId: 12 }, ['LCRB-9', 'LCRB-10']],
      [{ kind: 'person', personId: 13 }, ['LCRB-10', 'LCRB-11']],
    ]);
  });

  it('counts a carried-forward action as overdue from the meeting it was carried from', () => {
    const carried = overdue({ ref: 'LCRB-7', overdueSince: '2026-11-24T10:00:00.000Z' });
    expect(chases([carried], '2026-12-03T09:00:00.000Z').map((n) => n.actionRefs)).toEqual([
      ['LCRB-7'],
    ]);
    // Not yet overdue at the chase time: no chase this window.
    const notYet = overdue({ overdueSince: '2026-12-03T10:00:00.000Z' });
    expect(chases([notYet], '2026-12-03T11:00:00.000Z')).toEqual([]);
  });

  it('stops when the action is closed (no longer among the open overdue actions)', () => {
    expect(chases([], '2026-12-10T09:00:00.000Z')).toEqual([]);
  });

  it('leaves an action updated within the last cadence out, and resumes after', () => {
    const updated = overdue({ lastUpdateAt: '2026-11-30T15:00:00.000Z' });
    expect(chases([updated], '2026-12-03T09:00:00.000Z')).toEqual([]);
    expect(chases([updated], '2026-12-10T09:00:00.000Z').map((n) => n.actionRefs)).toEqual([
      ['LCRB-9'],
    ]);
  });

  it('does not send a window missed in downtime late', () => {
    // Down from 2 Dec to 10 Dec 08:00: window 2970 is not sent on the morning of 10 Dec.
    expect(chases([overdue()], '2026-12-10T08:00:00.000Z')).toEqual([]);
  });

  it('follows overdueEveryDays and skips to the first working day of a window', () => {
    const policy = reminderPolicySchema.parse({ overdueEveryDays: 2 });
    // 2-day windows from 1970-01-01: Saturday 5 Dec 2026 starts one; it has no working day
    // until Monday 7 Dec, which starts the next window, so the weekend window is skipped.
    expect(chases([overdue()], '2026-12-06T12:00:00.000Z', policy)).toEqual([]);
    expect(chases([overdue()], '2026-12-07T09:00:00.000Z', policy)).toHaveLength(1);
  });
});
