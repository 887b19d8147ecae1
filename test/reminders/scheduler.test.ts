import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../src/domain.ts';
import { changeStatus } from '../../src/register/actions.ts';
import { SYSTEM_AUTHOR } from '../../src/register/history.ts';
import { linkIdentity } from '../../src/register/people.ts';
import { addBoardChannel } from '../../src/register/boards.ts';
import { firstDelivery } from '../../src/register/inbound-events.ts';
import { currentLease } from '../../src/reminders/lease.ts';
import { listUndeliverable } from '../../src/reminders/outbox-queries.ts';
import { SQLITE_LEASE, SchedulerRefused } from '../../src/reminders/scheduler.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';
import { DIALECTS, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger, schedulerFor } from './support.ts';

describe.each(DIALECTS)('the reminder scheduler on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let board: Board;
  let tim: Person;
  let naomi: Person;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-10-01T09:00:00.000Z');
    board = await aBoard(t.db, { refPrefix: 'LCRB', name: 'London Crime Reduction Board' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    naomi = await aPerson(t.db, { name: 'Naomi Simpson', board });
  });
  afterEach(async () => {
    await t.close();
  });

  /** Moves the clock and runs the pass cron would run at that minute. */
  async function tickAt(
    console: RecordingMessenger,
    iso: string,
    others: RecordingMessenger[] = [],
  ) {
    clock.set(iso);
    return schedulerFor(t.db, dialect, clock, [console, ...others]).tick();
  }

  it('forgets inbound events after a day, so a replay inside the window is still refused', async () => {
    const console = new RecordingMessenger('console', clock);
    await firstDelivery(t.db, 'slack:command:old', new Date('2026-10-01T09:00:00.000Z'));
    await firstDelivery(t.db, 'slack:command:recent', new Date('2026-10-02T08:00:00.000Z'));
    await tickAt(console, '2026-10-02T09:30:00.000Z');
    const kept = await t.db.selectFrom('inbound_events').select('key').orderBy('key').execute();
    expect(kept.map((k) => k.key)).toEqual(['slack:command:recent']);
    // The kept key still refuses its replay; the forgotten one is long past Slack's 5 minutes.
    expect(await firstDelivery(t.db, 'slack:command:recent', clock.now())).toBe(false);
  });

  it('sends the 7- and 2-day reminders at 09:00 London time across the October clock change', async () => {
    // Wed 28 Oct 2026 10:00 GMT; clocks go back on Sunday 25 October.
    const meeting = await aMeeting(t.db, board, '2026-10-28T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-10-21T07:59:00.000Z');
    expect(console.received).toHaveLength(0);
    await tickAt(console, '2026-10-21T08:00:00.000Z'); // 09:00 BST
    await tickAt(console, '2026-10-21T08:01:00.000Z');
    await tickAt(console, '2026-10-26T08:59:00.000Z'); // 08:59 GMT: not yet
    expect(console.received.map((r) => r.at)).toEqual(['2026-10-21T08:00:00.000Z']);
    await tickAt(console, '2026-10-26T09:00:00.000Z'); // 09:00 GMT
    await tickAt(console, '2026-10-26T09:01:00.000Z');
    expect(console.received.map((r) => r.at)).toEqual([
      '2026-10-21T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
    expect(console.received[0]!.notice.idempotencyKey).toBe(
      `reminder:person=${tim.id}:meeting=${meeting.id}:lead=7d`,
    );
  });

  it('sends the 7- and 2-day reminders at 09:00 London time across the March clock change', async () => {
    // Wed 31 Mar 2027 10:00 BST; clocks go forward on Sunday 28 March.
    const meeting = await aMeeting(t.db, board, '2027-03-31T09:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2027-03-24T08:59:00.000Z');
    await tickAt(console, '2027-03-24T09:00:00.000Z'); // 09:00 GMT
    await tickAt(console, '2027-03-29T07:59:00.000Z');
    await tickAt(console, '2027-03-29T08:00:00.000Z'); // 09:00 BST
    expect(console.received.map((r) => r.at)).toEqual([
      '2027-03-24T09:00:00.000Z',
      '2027-03-29T08:00:00.000Z',
    ]);
  });

  it('sends a reminder due on a Sunday on the Friday before', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z'); // Tuesday
    await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-04T09:00:00.000Z'); // Friday
    expect(console.received.map((r) => r.notice.idempotencyKey)).toEqual([
      `reminder:person=${tim.id}:meeting=${meeting.id}:lead=2d`,
    ]);
    await tickAt(console, '2026-12-06T09:00:00.000Z'); // the Sunday itself: nothing more
    expect(console.received).toHaveLength(1);
  });

  it('sends each owner one reminder listing all their open actions, with their own buttons', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const a = await anAction(t.db, board, { owners: [tim], due: meeting });
    const b = await anAction(t.db, board, { owners: [tim, naomi], due: meeting });
    const c = await anAction(t.db, board, { owners: [tim], due: meeting, status: 'in_progress' });
    await anAction(t.db, board, { owners: [tim], due: meeting, status: 'complete' });
    const later = await aMeeting(t.db, board, '2027-01-12T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: later });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-01T09:00:00.000Z');
    expect(
      console.to(tim.id).map((r) => r.message.blocks.filter((x) => x.kind === 'action').length),
    ).toEqual([3]);
    const message = console.to(tim.id)[0]!.message;
    expect(message.summary).toContain('Tim Godwin, you have 3 open actions');
    const cards = message.blocks.flatMap((x) => (x.kind === 'action' ? [x.card] : []));
    expect(cards.map((x) => x.ref)).toEqual([a.ref, b.ref, c.ref]);
    expect(cards[0]!.buttons.map((x) => x.label)).toEqual([
      'Complete',
      'In progress',
      'Add update',
    ]);
    expect(
      console.to(naomi.id).map((r) => r.message.blocks.filter((x) => x.kind === 'action').length),
    ).toEqual([1]);
  });

  it('leaves a completed action out of the next reminder', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const a = await anAction(t.db, board, { owners: [tim], due: meeting });
    const b = await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-01T09:00:00.000Z');
    await changeStatus(t.db, { id: a.id, status: 'complete' }, SYSTEM_AUTHOR, clock.now());
    await tickAt(console, '2026-12-04T09:00:00.000Z');
    expect(console.refs()).toEqual([[a.ref, b.ref], [b.ref]]);
  });

  it('after downtime sends the latest missed reminder once, and no stale one', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    // Down from before the 7-day reminder until Saturday 5 December.
    await tickAt(console, '2026-11-20T09:00:00.000Z');
    await tickAt(console, '2026-12-05T11:30:00.000Z');
    await tickAt(console, '2026-12-07T09:00:00.000Z');
    expect(console.received.map((r) => [r.at, r.notice.idempotencyKey])).toEqual([
      ['2026-12-05T11:30:00.000Z', `reminder:person=${tim.id}:meeting=${meeting.id}:lead=2d`],
    ]);
    // Down past the meeting's start: nothing at all.
    await tickAt(console, '2026-12-08T10:00:00.000Z');
    expect(console.received).toHaveLength(1);
  });

  it('catches up at start, without waiting for the next cron minute', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    const console = new RecordingMessenger('console', clock);
    clock.set('2026-12-02T14:00:00.000Z');
    const scheduler = schedulerFor(t.db, dialect, clock, [console]);
    await scheduler.start();
    await scheduler.stop();
    expect(console.received.map((r) => r.notice.idempotencyKey)).toEqual([
      `reminder:person=${tim.id}:meeting=${meeting.id}:lead=7d`,
    ]);
  });

  it('tells the secretariat once about actions nobody owns, instead of reminding no one', async () => {
    const gemma = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    const unowned = await anAction(t.db, board, { due: meeting });
    await anAction(t.db, board, { owners: ['MOPAC officers'], due: meeting });
    const console = new RecordingMessenger('console', clock);
    await tickAt(console, '2026-12-01T09:00:00.000Z');
    await tickAt(console, '2026-12-01T09:01:00.000Z');
    const toGemma = console.to(gemma.id);
    expect(toGemma).toHaveLength(1);
    expect(toGemma[0]!.message.summary).toBe(
      '2 actions due on Tue 8 Dec 2026, 10:00 with no owner',
    );
    expect(
      toGemma[0]!.message.blocks.some((x) => x.kind === 'action' && x.card.ref === unowned.ref),
    ).toBe(true);
    expect(console.received).toHaveLength(1);
  });

  it('reaches an owner on the platform they used last, and records who cannot be reached', async () => {
    const gemma = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    await linkIdentity(
      t.db,
      {
        personId: gemma.id,
        platform: 'teams',
        workspaceId: 'tenant',
        userId: '29:gemma',
        conversationRef: null,
      },
      new Date('2026-11-01T00:00:00.000Z'),
    );
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    await anAction(t.db, board, { owners: [naomi], due: meeting });
    await linkIdentity(
      t.db,
      {
        personId: tim.id,
        platform: 'teams',
        workspaceId: 'tenant',
        userId: '29:old',
        conversationRef: '{"id":"a"}',
      },
      new Date('2026-10-01T00:00:00.000Z'),
    );
    await linkIdentity(
      t.db,
      {
        personId: tim.id,
        platform: 'slack',
        workspaceId: 'T1',
        userId: 'U123',
        conversationRef: 'D9',
      },
      new Date('2026-11-01T00:00:00.000Z'),
    );
    const console = new RecordingMessenger('console', clock);
    const slack = new RecordingMessenger('slack', clock);
    const teams = new RecordingMessenger('teams', clock);
    await tickAt(console, '2026-12-01T09:00:00.000Z', [slack, teams]);
    expect(slack.received.map((r) => r.notice.recipient)).toEqual([
      {
        kind: 'person',
        personId: tim.id,
        userId: 'U123',
        workspaceId: 'T1',
        conversationRef: 'D9',
      },
    ]);
    expect(console.received).toHaveLength(0);
    // The secretariat hears, once, that Naomi could not be reminded.
    await tickAt(console, '2026-12-04T09:00:00.000Z', [slack, teams]);
    expect(teams.received.map((r) => r.message.summary)).toEqual([
      'Naomi Simpson could not be reminded before Tue 8 Dec 2026, 10:00',
    ]);
    const sent = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('person_id', '=', tim.id)
      .executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ state: 'sent', platform: 'slack', message_id: 'slack-1' });
    expect(JSON.parse(sent.payload).actionRefs).toHaveLength(1);
    const undeliverable = await listUndeliverable(t.db, board.id, meeting.id);
    expect(undeliverable.map((u) => [u.personId, u.idempotencyKey, u.reason])).toEqual(
      ['7d', '2d'].map((lead) => [
        naomi.id,
        `reminder:person=${naomi.id}:meeting=${meeting.id}:lead=${lead}`,
        'no slack or teams account is linked to this person',
      ]),
    );
    expect(undeliverable[0]!.actionRefs).toEqual([expect.stringMatching(/^LCRB-/)]);
  });

  it('sends the secretariat the pre-meeting digest when the policy asks for one', async () => {
    const dmg = await aBoard(t.db, {
      name: 'Delivery Management Group',
      reminderPolicy: '{"digestLeadDays":3}',
    });
    const gemma = await aPerson(t.db, { name: 'Gemma Townsend', board: dmg, role: 'secretariat' });
    const meeting = await aMeeting(t.db, dmg, '2026-12-08T10:00:00.000Z'); // Tuesday
    await anAction(t.db, dmg, { owners: [tim], due: meeting, text: 'Report on the pilot' });
    const console = new RecordingMessenger('console', clock);
    // Three days before is Saturday 5 December: the Friday before, at 09:00.
    await tickAt(console, '2026-12-04T08:59:00.000Z');
    expect(console.to(gemma.id)).toHaveLength(0);
    await tickAt(console, '2026-12-04T09:00:00.000Z');
    await tickAt(console, '2026-12-07T09:00:00.000Z');
    const digests = console.to(gemma.id);
    expect(digests.map((r) => r.notice.idempotencyKey)).toEqual([
      `digest:person=${gemma.id}:meeting=${meeting.id}`,
    ]);
    expect(JSON.stringify(digests[0]!.message)).toContain('Report on the pilot');
  });

  it('posts the scheduled digest exactly once with two instances running', async () => {
    const dmg = await aBoard(t.db, {
      name: 'Delivery Management Group',
      reminderPolicy: '{"digestLeadDays":3}',
    });
    const gemma = await aPerson(t.db, { name: 'Gemma Townsend', board: dmg, role: 'secretariat' });
    const meeting = await aMeeting(t.db, dmg, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, dmg, { owners: [tim], due: meeting, text: 'Report on the pilot' });
    // On PostgreSQL the second instance has its own connection pool, as a second process would.
    const second = dialect === 'postgres' ? await openSameSchema(t.schema!) : undefined;
    try {
      const one = new RecordingMessenger('console', clock);
      const two = new RecordingMessenger('console', clock);
      for (const at of [
        '2026-12-04T09:00:00.000Z',
        '2026-12-04T09:01:00.000Z',
        '2026-12-07T09:00:00.000Z',
      ]) {
        clock.set(at);
        await Promise.all([
          schedulerFor(t.db, dialect, clock, [one], 'a').tick(),
          schedulerFor(second?.db ?? t.db, dialect, clock, [two], 'b').tick(),
        ]);
      }
      const digests = [...one.to(gemma.id), ...two.to(gemma.id)].filter((r) =>
        r.notice.idempotencyKey.startsWith('digest:'),
      );
      expect(digests).toHaveLength(1);
      expect(JSON.stringify(digests[0]!.message)).toContain('Report on the pilot');
    } finally {
      await second?.close();
    }
  });

  it('lets one instance plan while every instance delivers', async () => {
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { owners: [tim], due: meeting });
    clock.set('2026-12-01T09:00:00.000Z');
    const one = new RecordingMessenger('console', clock);
    const two = new RecordingMessenger('console', clock);
    const a = await schedulerFor(t.db, dialect, clock, [one], 'a').tick();
    const b = await schedulerFor(t.db, dialect, clock, [two], 'b').tick();
    expect([a.planned, b.planned]).toEqual([true, false]);
    expect(one.received.length + two.received.length).toBe(1);
    // When the planner's holder stops renewing, another instance takes over.
    clock.advance(2 * 60_000);
    expect((await schedulerFor(t.db, dialect, clock, [two], 'b').tick()).planned).toBe(true);
  });

  it("flags unowned actions in the secretariat's Slack channel when the board has one", async () => {
    await addBoardChannel(t.db, {
      boardId: board.id,
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C9',
    });
    const meeting = await aMeeting(t.db, board, '2026-12-08T10:00:00.000Z');
    await anAction(t.db, board, { due: meeting });
    const console = new RecordingMessenger('console', clock);
    const slack = new RecordingMessenger('slack', clock);
    await tickAt(console, '2026-12-01T09:00:00.000Z', [slack]);
    expect(slack.received.map((r) => r.notice.recipient)).toEqual([
      { kind: 'channel', channelId: 'C9', workspaceId: 'T1' },
    ]);
    // No buttons in a channel: who pressed them would not be the owner.
    expect(slack.received[0]!.message.blocks.filter((x) => x.kind === 'action')).toMatchObject([
      { card: { buttons: [] } },
    ]);
  });

  if (dialect === 'sqlite') {
    describe('on a SQLite file', () => {
      let dir: string;
      beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'arising-sched-'));
      });
      afterEach(() => rmSync(dir, { recursive: true, force: true }));

      it('refuses to start a second scheduler on the same register, with what to do instead', async () => {
        const file = join(dir, 'register.db');
        const first = await openTestDb('sqlite', { file });
        const second = await openTestDb('sqlite', { file });
        try {
          const console = new RecordingMessenger('console', clock);
          const a = schedulerFor(first.db, 'sqlite', clock, [console], 'host-a:1:aa');
          const b = schedulerFor(second.db, 'sqlite', clock, [console], 'host-b:2:bb');
          await a.start();
          await expect(b.start()).rejects.toThrow(SchedulerRefused);
          await expect(b.runOnce()).rejects.toThrow(
            /SQLite supports one instance.*SCHEDULER=off.*PostgreSQL/,
          );
          await a.stop();
          await b.start();
          await b.stop();
        } finally {
          await first.close();
          await second.close();
        }
      });

      it('takes over at once from a crashed process on the same machine', async () => {
        const file = join(dir, 'register.db');
        const opened = await openTestDb('sqlite', { file });
        try {
          const dead = spawnSync(process.execPath, ['-e', '0']).pid;
          await opened.db
            .insertInto('leases')
            .values({
              name: SQLITE_LEASE,
              holder: `${hostname()}:${dead}:zz`,
              expires_at: '2999-01-01T00:00:00.000Z',
            })
            .execute();
          const scheduler = schedulerFor(opened.db, 'sqlite', clock, [
            new RecordingMessenger('console', clock),
          ]);
          await scheduler.start();
          expect((await currentLease(opened.db, SQLITE_LEASE))?.holder).toBe(scheduler.instance);
          await scheduler.stop();
        } finally {
          await opened.close();
        }
      });
    });
  }
});
