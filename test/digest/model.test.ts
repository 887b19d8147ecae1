import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingId } from '../../src/domain.ts';
import { loadDigestModel } from '../../src/digest/load.ts';
import { outstandingItems, type DigestModel, type Edition } from '../../src/digest/model.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb, type Lcrb } from './fixture.ts';

const refs = (model: DigestModel) =>
  Object.fromEntries(model.groups.map((g) => [g.key, g.items.map((i) => i.ref)]));

describe.each(DIALECTS)('the digest model on %s', (dialect) => {
  let t: TestDb;
  let lcrb: Lcrb;
  const load = async (edition: Edition, meetingId?: MeetingId) => {
    const loaded = await loadDigestModel(t.db, lcrb.board.id, lcrb.clock.now(), {
      edition,
      ...(meetingId ? { meetingId } : {}),
    });
    if (!loaded.ok) throw new Error(loaded.message);
    return loaded.model;
  };
  beforeEach(async () => {
    t = await openTestDb(dialect);
    lcrb = await buildLcrb(t.db);
  });
  afterEach(async () => {
    await t.close();
  });

  it('prepares for the next meeting and groups actions as the papers do', async () => {
    const model = await load('full');
    expect(model.meeting).toMatchObject({
      date: 'Wed 2 Dec 2026',
      time: '16:00',
      place: 'City Hall, Kamal Chunchie Way',
    });
    expect(model.lastMeeting?.date).toBe('Tue 6 Oct 2026');
    expect(refs(model)).toEqual({
      completed: ['LCRB-4', 'LCRB-5'],
      in_progress: ['LCRB-1', 'LCRB-9'],
      no_update: ['LCRB-2', 'LCRB-6', 'LCRB-10'],
      overdue: ['LCRB-3', 'LCRB-7'],
      dropped: ['LCRB-8'],
    });
    expect(model.counts).toEqual({
      completed: 2,
      in_progress: 2,
      no_update: 3,
      overdue: 2,
      dropped: 1,
      total: 10,
    });
  });

  it('shows each action with owners and organisations, RAG, carries and the latest update', async () => {
    const model = await load('full');
    const all = model.groups.flatMap((g) => g.items);
    expect(all.find((i) => i.ref === 'LCRB-3')).toMatchObject({
      rag: 'red',
      carriedForward: 2,
      owners: [{ name: 'Commissioning Group', organisation: null }],
      latest: null,
    });
    expect(all.find((i) => i.ref === 'LCRB-7')).toMatchObject({
      rag: 'red',
      overdue: true,
      due: 'by 13 Nov 2026',
    });
    expect(all.find((i) => i.ref === 'LCRB-9')).toMatchObject({
      restricted: true,
      owners: [
        { name: 'Steven Rodhouse', organisation: 'Metropolitan Police Service' },
        { name: 'Tim Godwin', organisation: 'MPS' },
      ],
      latest: { date: '20 Nov 2026', who: 'Steven Rodhouse', status: 'in_progress' },
    });
    expect(all.find((i) => i.ref === 'LCRB-5')).toMatchObject({ rag: 'green', status: 'complete' });
  });

  it('lists unassigned actions and owners the reminders could not reach for the secretariat', async () => {
    // A reminder that went out is not a problem; only undeliverable reminders count.
    await t.db
      .insertInto('outbox')
      .values({
        idempotency_key: 'reminder:tg',
        kind: 'reminder',
        board_id: lcrb.board.id,
        meeting_id: lcrb.meetings.next.id,
        person_id: lcrb.people['tg']!.id,
        payload: '{}',
        state: 'sent',
        not_before: '2026-11-25T09:00:00.000Z',
        next_attempt_at: '2026-11-25T09:00:00.000Z',
        created_at: '2026-11-24T09:00:00.000Z',
      })
      .execute();
    const model = await load('full');
    expect(model.attention).toEqual({
      unassigned: ['LCRB-2', 'LCRB-10'],
      unreachable: [
        {
          name: 'Naomi Simpson',
          organisation: "Mayor's Office for Policing & Crime",
          refs: ['LCRB-6'],
        },
      ],
    });
  });

  it('makes a public edition without restricted actions, saying how many it left out', async () => {
    const model = await load('public');
    const all = model.groups.flatMap((g) => g.items.map((i) => i.ref));
    expect(all).not.toContain('LCRB-9');
    expect(all).not.toContain('LCRB-10');
    expect(model.omittedRestricted).toBe(2);
    expect(model.counts.total).toBe(8);
    // The secretariat's notes (LCRB-2 has no owner; who could not be reached) are theirs, not
    // the public's: the full edition lists them (above), the public one does not. LCRB-2 itself
    // is still there, marked Unassigned in its row.
    expect(all).toContain('LCRB-2');
    expect(model.attention.unassigned).toEqual([]);
    expect(model.attention.unreachable).toEqual([]);
  });

  it('prepares for a named meeting, reading "since the last meeting" from the one before it', async () => {
    const model = await load('full', lcrb.meetings.last.id);
    expect(model.meeting?.date).toBe('Tue 6 Oct 2026');
    expect(model.lastMeeting?.date).toBe('Tue 16 Jun 2026');
    // LCRB-12 was dropped in July, after the June meeting, so it counts for October; the
    // statuses are the register's as it stands now (LCRB-8 was dropped in late October).
    expect(refs(model).dropped).toEqual(['LCRB-8', 'LCRB-12']);
  });

  it('refuses a meeting of another board', async () => {
    const loaded = await loadDigestModel(t.db, lcrb.board.id, lcrb.clock.now(), {
      edition: 'full',
      meetingId: 9999 as MeetingId,
    });
    expect(loaded).toMatchObject({ ok: false, code: 'no_meeting' });
  });

  it("orders the chair's outstanding view overdue and carried forward first", async () => {
    const items = outstandingItems(await load('full'));
    expect(items.map((i) => i.ref)).toEqual([
      'LCRB-3',
      'LCRB-7',
      'LCRB-1',
      'LCRB-6',
      'LCRB-9',
      'LCRB-2',
      'LCRB-10',
    ]);
  });
});
