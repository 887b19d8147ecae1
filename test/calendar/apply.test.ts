import { describe, expect, it } from 'vitest';
import { applyCalendar } from '../../src/calendar/apply.ts';
import { readCalendar } from '../../src/calendar/read-ics.ts';
import type { Board } from '../../src/domain.ts';
import { getAction } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { listMeetings } from '../../src/register/meetings.ts';
import { iso, type Db } from '../../src/register/tx.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';
import { DIALECTS, openTestDb } from '../support/db.ts';
import { event, ics } from './ics.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const author = { personId: null, name: 'Calendar import', source: 'cli' } as const;

const series = (...extra: string[]) =>
  ics(
    event(
      'UID:lcrb',
      'DTSTART:20270112T100000Z',
      'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3',
      'LOCATION:City Hall',
    ),
    ...extra,
  );

async function importText(db: Db, board: Board, text: string, dryRun = false) {
  const reading = readCalendar(text, { zone: board.timezone, until: new Date('2028-01-01') });
  return applyCalendar(db, board, reading.meetings, { author, now: NOW, dryRun });
}

const starts = async (db: Db, board: Board) =>
  (await listMeetings(db, board.id)).map((m) => iso(new Date(m.startsAt)));

describe.each(DIALECTS)('importing a calendar (%s)', (dialect) => {
  it('adds the meetings, and a second import of the same file changes nothing', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    const first = await importText(t.db, board, series());
    expect(first.changes.map((c) => c.kind)).toEqual(['added', 'added', 'added']);
    expect(await starts(t.db, board)).toEqual([
      '2027-01-12T10:00:00.000Z',
      '2027-02-09T10:00:00.000Z',
      '2027-03-09T10:00:00.000Z',
    ]);
    const again = await importText(t.db, board, series());
    expect(again).toEqual({ changes: [], unchanged: 3 });
    await t.close();
  });

  it('adopts a meeting added by hand at the same time instead of doubling it', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    await aMeeting(t.db, board, '2027-02-09T10:00:00.000Z');
    const outcome = await importText(t.db, board, series());
    expect(outcome.changes.map((c) => c.kind)).toEqual(['added', 'adopted', 'added']);
    expect(await starts(t.db, board)).toHaveLength(3);
    await t.close();
  });

  it('moves a rescheduled meeting; its actions follow, each with a history row', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await importText(t.db, board, series());
    const feb = (await listMeetings(t.db, board.id))[1]!;
    const action = await anAction(t.db, board, { owners: [tim], due: feb });
    await t.db
      .insertInto('outbox')
      .values([
        pending('reminder:person=1:meeting=x:lead=7d', feb.id, 'pending'),
        pending('reminder:person=1:meeting=x:lead=14d', feb.id, 'sent'),
      ])
      .execute();

    const moved = await importText(
      t.db,
      board,
      series(
        event(
          'UID:lcrb',
          'RECURRENCE-ID:20270209T100000Z',
          'DTSTART:20270216T140000Z',
          'LOCATION:Committee Room 2',
        ),
      ),
    );
    expect(moved.changes).toEqual([
      {
        kind: 'moved',
        from: new Date('2027-02-09T10:00:00.000Z'),
        to: new Date('2027-02-16T14:00:00.000Z'),
        actionRefs: [action.ref],
      },
    ]);
    const meetings = await listMeetings(t.db, board.id);
    expect(meetings[1]).toMatchObject({ id: feb.id, location: 'Committee Room 2' });
    expect(iso(new Date(meetings[1]!.startsAt))).toBe('2027-02-16T14:00:00.000Z');
    const after = (await getAction(t.db, action.id))!;
    expect(after.dueMeetingId).toBe(feb.id);
    expect(after.version).toBe(action.version + 1);
    const history = await listHistory(t.db, action.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'edited',
      source: 'cli',
      actorName: 'Calendar import',
    });
    expect(history.at(-1)!.note).toMatch(/moved to .*16 Feb 2027/);
    // The unsent reminder was timed for the old date: it goes, so planning queues it anew.
    const left = await t.db.selectFrom('outbox').select('state').execute();
    expect(left.map((r) => r.state)).toEqual(['sent']);
    await t.close();
  });

  it('cancels a meeting: its open actions go to the next meeting and the meeting goes', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await importText(t.db, board, series());
    const [, feb, mar] = await listMeetings(t.db, board.id);
    const open = await anAction(t.db, board, { owners: [tim], due: feb! });
    const done = await anAction(t.db, board, { owners: [tim], due: feb!, status: 'complete' });
    await t.db
      .insertInto('outbox')
      .values(pending('digest:x', feb!.id, 'sent'))
      .execute();

    const outcome = await importText(
      t.db,
      board,
      series(
        event(
          'UID:lcrb',
          'RECURRENCE-ID:20270209T100000Z',
          'DTSTART:20270209T100000Z',
          'STATUS:CANCELLED',
        ),
      ),
    );
    expect(outcome.changes).toEqual([
      {
        kind: 'cancelled',
        startsAt: new Date('2027-02-09T10:00:00.000Z'),
        movedTo: new Date('2027-03-09T10:00:00.000Z'),
        actionRefs: [open.ref],
      },
    ]);
    expect(await starts(t.db, board)).toEqual([
      '2027-01-12T10:00:00.000Z',
      '2027-03-09T10:00:00.000Z',
    ]);
    for (const a of [open, done]) {
      expect((await getAction(t.db, a.id))!.dueMeetingId).toBe(mar!.id);
      expect((await listHistory(t.db, a.id)).at(-1)!.note).toMatch(/was cancelled .*9 Mar 2027/);
    }
    // A sent notice keeps its key and state but no longer holds the meeting.
    expect(await t.db.selectFrom('outbox').select(['state', 'meeting_id']).execute()).toEqual([
      { state: 'sent', meeting_id: null },
    ]);
    await t.close();
  });

  it('leaves a cancellation alone when the meeting has happened or its actions have nowhere to go', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    const past = await aMeeting(t.db, board, '2026-11-10T10:00:00.000Z');
    const last = await aMeeting(t.db, board, '2027-05-11T09:00:00.000Z');
    await anAction(t.db, board, { due: last });
    const outcome = await importText(
      t.db,
      board,
      ics(
        event('UID:a', 'DTSTART:20261110T100000Z', 'STATUS:CANCELLED'),
        event('UID:b', 'DTSTART:20270511T090000Z', 'STATUS:CANCELLED'),
      ),
    );
    expect(outcome.changes.map((c) => c.kind === 'kept' && c.why)).toEqual([
      'it has already taken place',
      'actions are due at it and the board has no later meeting to move them to (add the next meeting first)',
    ]);
    expect((await listMeetings(t.db, board.id)).map((m) => m.id)).toEqual([past.id, last.id]);
    await t.close();
  });

  it('a dry run reports the same changes and writes nothing', async () => {
    const t = await openTestDb(dialect);
    const board = await aBoard(t.db);
    const dry = await importText(t.db, board, series(), true);
    expect(dry.changes.map((c) => c.kind)).toEqual(['added', 'added', 'added']);
    expect(await listMeetings(t.db, board.id)).toEqual([]);
    await t.close();
  });
});

function pending(key: string, meetingId: number, state: string) {
  return {
    idempotency_key: key,
    kind: 'reminder',
    board_id: null,
    meeting_id: meetingId,
    person_id: null,
    platform: null,
    recipient: null,
    payload: '{}',
    state,
    not_before: iso(NOW),
    next_attempt_at: iso(NOW),
    created_at: iso(NOW),
  };
}
