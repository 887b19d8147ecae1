/**
 * The add and edit form's Save in the core, on both engines: what each field may hold is checked
 * on the server (the form only offered it), a whole edit is one transaction on the version the
 * form showed, and each changed field is its own history row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { applyIntent } from '../../src/commands/execute.ts';
import type { Action, Board, Meeting, Person } from '../../src/domain.ts';
import type { ActionFormValues } from '../../src/message.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import type { Actor } from '../../src/access.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';

describe.each(DIALECTS)('the action form saved, on %s', (dialect) => {
  let t: TestDb;
  let ctx: CommandContext;
  let board: Board;
  let next: Meeting;
  let later: Meeting;
  let tim: Person;
  let gemma: Actor;
  let action: Action;

  beforeEach(async () => {
    t = await openTestDb(dialect);
    ctx = { db: t.db, clock: new FakeClock('2026-11-25T09:00:00Z') };
    board = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    next = await aMeeting(t.db, board, '2026-12-08T10:00:00Z');
    later = await aMeeting(t.db, board, '2027-01-12T10:00:00Z');
    tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const g = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    gemma = await cliActor(t.db, g);
    action = await anAction(t.db, board, {
      owners: [tim],
      due: next,
      text: 'Circulate the figures',
    });
  });
  afterEach(() => t.close());

  const edit = (values: Partial<ActionFormValues>, version = action.version) =>
    applyIntent(
      ctx,
      gemma,
      { kind: 'edit_action', ref: action.ref, version },
      {
        action: {
          text: action.text,
          owners: [String(tim.id)],
          dueChoice: `meeting:${next.id}`,
          dueDate: null,
          restricted: false,
          ...values,
        },
      },
    );

  it('saves every changed field in one go, one history row and one new version each', async () => {
    const saved = await edit({
      text: 'Circulate the revised figures',
      owners: [String(gemma.person.id)],
      dueChoice: `meeting:${later.id}`,
      restricted: true,
    });
    expect(saved.ok).toBe(true);
    const after = (await getActionByRef(t.db, action.ref))!;
    expect(after).toMatchObject({
      text: 'Circulate the revised figures',
      dueMeetingId: later.id,
      visibility: 'restricted',
      version: action.version + 4,
    });
    const notes = (await listHistory(t.db, action.id)).slice(1).map((u) => u.note);
    expect(notes).toEqual([
      'text changed; it said “Circulate the figures”',
      'due: meeting of 8 Dec 2026 → meeting of 12 Jan 2027',
      'visibility: public → restricted (left out of the public edition)',
      'owners: Tim Godwin → Gemma Townsend',
    ]);
  });

  it('writes nothing when nothing changed', async () => {
    const saved = await edit({});
    expect(saved.reply.summary).toBe(`${action.ref}: nothing changed.`);
    expect(await listHistory(t.db, action.id)).toHaveLength(1);
  });

  it("refuses another board's meeting and a person not offered, on their field, and changes nothing", async () => {
    const other = await aBoard(t.db, {
      slug: 'vrb',
      name: 'Violence Reduction Board',
      refPrefix: 'VRB',
    });
    const theirs = await aMeeting(t.db, other, '2026-12-10T10:00:00Z');
    const stranger = await aPerson(t.db, { name: 'Olive Mensah', board: other });
    const due = await edit({ text: 'Changed', dueChoice: `meeting:${theirs.id}` });
    expect(due).toMatchObject({ ok: false, refused: 'due' });
    const owner = await edit({ text: 'Changed', owners: [String(stranger.id)] });
    expect(owner).toMatchObject({ ok: false, refused: 'owners' });
    expect(await getActionByRef(t.db, action.ref)).toEqual(action);
  });

  it('refuses a stale version as a whole', async () => {
    const saved = await edit({ text: 'Changed', restricted: true }, action.version - 1);
    expect(saved.ok).toBe(false);
    expect(saved.reply.summary).toMatch(/changed by someone else/);
    expect(await getActionByRef(t.db, action.ref)).toEqual(action);
    expect(await listHistory(t.db, action.id)).toHaveLength(1);
  });
});
