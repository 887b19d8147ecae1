import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { handleText } from '../../src/commands/execute.ts';
import { parseCommand } from '../../src/commands/grammar.ts';
import type { Board, Person } from '../../src/domain.ts';
import type { Message } from '../../src/message.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { renderText } from '../../adapters/console/render.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';

const ok = (line: string) => {
  const parsed = parseCommand(line);
  if (!parsed.ok) throw new Error(`expected ${line} to parse: ${parsed.hint}`);
  return parsed.command;
};

describe('the grammar of the secretariat’s edits and the chair’s questions', () => {
  it('reads edit due, edit text, restrict and publish', () => {
    expect(ok('edit lcrb-7 due 2027-02-01')).toEqual({
      name: 'edit',
      ref: 'LCRB-7',
      change: { field: 'due', due: '2027-02-01' },
    });
    expect(ok('edit LCRB-7 due next meeting')).toMatchObject({ change: { due: 'next meeting' } });
    expect(ok('edit LCRB-7 text "Report back on knife crime"')).toEqual({
      name: 'edit',
      ref: 'LCRB-7',
      change: { field: 'text', text: 'Report back on knife crime' },
    });
    expect(ok('restrict LCRB-7')).toEqual({ name: 'restrict', ref: 'LCRB-7' });
    expect(ok('publish lcrb-7')).toEqual({ name: 'publish', ref: 'LCRB-7' });
    const refused = parseCommand('edit LCRB-7 owner TG');
    expect(refused).toEqual({
      ok: false,
      hint: expect.stringContaining('Edit what: due or text?'),
    });
  });

  it('reads the outstanding filters in any order', () => {
    expect(ok('outstanding lcrb overdue')).toEqual({
      name: 'outstanding',
      board: 'lcrb',
      filter: { kind: 'overdue' },
    });
    expect(ok('outstanding overdue lcrb')).toEqual(ok('outstanding lcrb overdue'));
    expect(ok('overdue lcrb')).toEqual(ok('outstanding lcrb overdue'));
    expect(ok('outstanding lcrb carried')).toMatchObject({ filter: { kind: 'carried' } });
    expect(ok('outstanding lcrb TG')).toMatchObject({
      board: 'lcrb',
      filter: { kind: 'owner', query: 'TG' },
    });
    expect(ok('outstanding lcrb "Tim Godwin"')).toMatchObject({
      filter: { kind: 'owner', query: 'Tim Godwin' },
    });
  });

  it('reads the questions people type as the command they mean', () => {
    for (const q of [
      "what's outstanding?",
      'What is outstanding',
      'whats outstanding',
      'what’s still open?',
    ]) {
      expect(ok(q)).toEqual({ name: 'outstanding', asked: true });
    }
    expect(ok('what is overdue on lcrb?')).toEqual({
      name: 'outstanding',
      board: 'lcrb',
      filter: { kind: 'overdue' },
      asked: true,
    });
    expect(ok('what is carried forward for LCRB')).toMatchObject({
      board: 'LCRB',
      filter: { kind: 'carried' },
    });
    expect(ok('what does TG owe?')).toEqual({
      name: 'outstanding',
      filter: { kind: 'owner', query: 'TG' },
      asked: true,
    });
    expect(ok('What does "Tim Godwin" owe on lcrb')).toMatchObject({
      board: 'lcrb',
      filter: { kind: 'owner', query: 'Tim Godwin' },
    });
    // Not a question we read: still the usual hint.
    expect(parseCommand('what a day').ok).toBe(false);
  });
});

describe.each(DIALECTS)('edits and filters on %s', (dialect) => {
  let t: TestDb;
  let ctx: CommandContext;
  let lcrb: Board;
  let other: Board;
  let tg: Person;
  let jh: Person;
  let secretariat: Person;
  let otherSecretariat: Person;
  let chair: Person;

  beforeEach(async () => {
    t = await openTestDb(dialect);
    ctx = { db: t.db, clock: new FakeClock('2026-11-25T09:00:00Z') };
    lcrb = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    other = await aBoard(t.db, { slug: 'yjb', name: 'Youth Justice Board', refPrefix: 'YJB' });
    await aMeeting(t.db, lcrb, '2026-12-08T10:00:00Z');
    await aMeeting(t.db, lcrb, '2027-02-02T10:00:00Z');
    tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board: lcrb });
    jh = await aPerson(t.db, { name: 'Jane Harwood', initials: 'JH', board: lcrb });
    secretariat = await aPerson(t.db, { name: 'Gemma Townsend', board: lcrb, role: 'secretariat' });
    otherSecretariat = await aPerson(t.db, {
      name: 'Olu Adebayo',
      board: other,
      role: 'secretariat',
    });
    chair = await aPerson(t.db, { name: 'Sadiq Khan', board: lcrb, role: 'chair' });
  });
  afterEach(async () => {
    await t.close();
  });

  const as = async (person: Person, line: string): Promise<string> =>
    renderText(await handleText(ctx, await cliActor(t.db, person), line));
  const reply = async (person: Person, line: string): Promise<Message> =>
    handleText(ctx, await cliActor(t.db, person), line);

  it('moves the due date to a date, a meeting’s date, or the next meeting, each in the history', async () => {
    const a = await anAction(t.db, lcrb, { owners: [tg] });
    expect(await as(secretariat, `edit ${a.ref} due 2027-01-15`)).toContain(
      `${a.ref}: due: no date set → by 15 Jan 2027.`,
    );
    expect((await getActionByRef(t.db, a.ref))!.dueDate).toBe('2027-01-15');
    // A date the board meets on means that meeting.
    expect(await as(secretariat, `edit ${a.ref} due 2 Feb 2027`)).toContain(
      'due: by 15 Jan 2027 → meeting of 2 Feb 2027.',
    );
    const moved = (await getActionByRef(t.db, a.ref))!;
    expect(moved).toMatchObject({ dueDate: null, dueMeetingId: expect.any(Number) });
    expect(await as(secretariat, `edit ${a.ref} due next meeting`)).toContain(
      'due: meeting of 2 Feb 2027 → meeting of 8 Dec 2026.',
    );
    const history = await listHistory(t.db, a.id);
    expect(
      history.filter((h) => h.kind === 'edited').map((h) => [h.note, h.actorName, h.source]),
    ).toEqual([
      ['due: no date set → by 15 Jan 2027', 'Gemma Townsend', 'cli'],
      ['due: by 15 Jan 2027 → meeting of 2 Feb 2027', 'Gemma Townsend', 'cli'],
      ['due: meeting of 2 Feb 2027 → meeting of 8 Dec 2026', 'Gemma Townsend', 'cli'],
    ]);
    expect(await as(secretariat, `edit ${a.ref} due someday`)).toContain(
      '“someday” is not a date I can read.',
    );
    expect(await as(secretariat, `edit ${a.ref} due next meeting`)).toContain('already says that');
  });

  it('rewords an action and keeps the old wording in the history', async () => {
    const a = await anAction(t.db, lcrb, { owners: [tg], text: 'Bring back a propsal' });
    await as(secretariat, `edit ${a.ref} text "Bring back a full proposal"`);
    expect((await getActionByRef(t.db, a.ref))!.text).toBe('Bring back a full proposal');
    expect((await listHistory(t.db, a.id)).at(-1)!.note).toBe(
      'text changed; it said “Bring back a propsal”',
    );
  });

  it('restricts and publishes: the public edition and members follow', async () => {
    const a = await anAction(t.db, lcrb, { owners: [tg], text: 'Sensitive matter' });
    expect(await as(secretariat, `restrict ${a.ref}`)).toContain(
      'visibility: public → restricted (left out of the public edition).',
    );
    expect((await getActionByRef(t.db, a.ref))!.visibility).toBe('restricted');
    expect(await as(jh, 'outstanding lcrb')).not.toContain('Sensitive matter');
    expect(await as(chair, 'outstanding lcrb')).toContain('Sensitive matter');
    await as(secretariat, `publish ${a.ref}`);
    expect(await as(jh, 'outstanding lcrb')).toContain('Sensitive matter');
    expect((await listHistory(t.db, a.id)).filter((h) => h.kind === 'edited')).toHaveLength(2);
  });

  it('lets only the secretariat of the action’s own board edit, and hides it from outsiders', async () => {
    const a = await anAction(t.db, lcrb, { owners: [tg], text: 'Bring back a proposal' });
    expect(await as(tg, `edit ${a.ref} text "Mine now"`)).toContain(
      'Only the secretariat of London Crime Reduction Board (Gemma Townsend) can change',
    );
    expect(await as(chair, `restrict ${a.ref}`)).toContain('Only the secretariat');
    // The secretariat of another board is not told the action exists.
    expect(await as(otherSecretariat, `edit ${a.ref} due 2027-01-15`)).toContain(
      `There is no action ${a.ref}.`,
    );
    expect((await as(otherSecretariat, `restrict ${a.ref}`)).replace(a.ref, 'LCRB-999')).toBe(
      await as(otherSecretariat, 'restrict LCRB-999'),
    );
    const after = (await getActionByRef(t.db, a.ref))!;
    expect(after).toMatchObject({
      text: 'Bring back a proposal',
      visibility: 'public',
      version: a.version,
    });
  });

  it('withdraws an action entered in error: gone from the lists, its history kept', async () => {
    const a = await anAction(t.db, lcrb, { owners: [tg], text: 'Entered twice' });
    expect(await as(tg, `withdraw ${a.ref} "duplicate"`)).toContain('for the board');
    expect(await as(secretariat, `withdraw ${a.ref}`)).toContain('Say why it is withdrawn.');
    expect(await as(secretariat, `withdraw ${a.ref} "entered in error: same as LCRB-1"`)).toContain(
      `${a.ref} is now withdrawn`,
    );
    expect((await getActionByRef(t.db, a.ref))!.status).toBe('withdrawn');
    expect(await as(tg, 'mine')).not.toContain('Entered twice');
    expect(await as(chair, 'outstanding lcrb')).not.toContain('Entered twice');
    const shown = await as(secretariat, `show ${a.ref}`);
    expect(shown).toContain('Withdrawn');
    expect(shown).toContain('entered in error: same as LCRB-1');
    expect((await listHistory(t.db, a.id)).at(-1)).toMatchObject({
      kind: 'status',
      statusFrom: 'open',
      statusTo: 'withdrawn',
      note: 'entered in error: same as LCRB-1',
    });
    // The owner cannot bring it back; the secretariat can.
    expect(await as(tg, `update ${a.ref} open`)).toContain('is for the board');
    expect(await as(secretariat, `update ${a.ref} open "withdrawn by mistake"`)).toContain(
      `${a.ref} is now open`,
    );
  });

  it('narrows outstanding to what is overdue, carried forward twice, or one owner', async () => {
    ctx = { db: t.db, clock: new FakeClock('2026-12-20T09:00:00Z') };
    const late = await anAction(t.db, lcrb, {
      owners: [tg],
      text: 'Late one',
      dueDate: '2026-12-01',
    });
    await anAction(t.db, lcrb, { owners: [jh], text: 'Jane’s one', dueDate: '2027-03-01' });
    const carried = await anAction(t.db, lcrb, {
      owners: [jh],
      text: 'Carried twice',
      dueDate: '2027-03-01',
    });
    await t.db
      .updateTable('actions')
      .set({ carried_forward: 2 })
      .where('id', '=', carried.id)
      .execute();

    const overdue = await as(chair, 'outstanding lcrb overdue');
    expect(overdue).toContain('Outstanding: London Crime Reduction Board, overdue');
    expect(overdue).toContain('1 of 3 outstanding overdue.');
    expect(overdue).toContain(late.ref);
    expect(overdue).not.toContain('Jane’s one');

    const twice = await as(chair, 'outstanding lcrb carried');
    expect(twice).toContain('Carried twice');
    expect(twice).not.toContain('Late one');

    for (const line of [
      'outstanding lcrb JH',
      'outstanding lcrb "Jane Harwood"',
      'outstanding JH',
    ]) {
      const janes = await as(chair, line);
      expect(janes).toContain('owned by Jane Harwood');
      expect(janes).toContain('Carried twice');
      expect(janes).not.toContain('Late one');
    }
  });

  it('knows link in the local chat, and says where to type it', async () => {
    const answer = await as(secretariat, 'link @tim "Tim Godwin"');
    expect(answer).toContain('/actions link @someone "Tim Godwin"');
    expect(answer).not.toContain("I don't know");
    expect(await as(secretariat, 'help')).toContain('link @someone "Tim Godwin"');
  });

  it('answers a question with the list and the command that gives it', async () => {
    ctx = { db: t.db, clock: new FakeClock('2026-12-20T09:00:00Z') };
    await anAction(t.db, lcrb, { owners: [tg], text: 'Late one', dueDate: '2026-12-01' });
    const answer = await reply(chair, 'what is overdue on lcrb?');
    expect(renderText(answer)).toContain('Late one');
    expect(renderText(answer)).toContain('Next time, type `outstanding lcrb overdue`.');
    expect(renderText(await reply(chair, 'what does TG owe?'))).toContain(
      'Next time, type `outstanding TG`.',
    );
    expect(renderText(await reply(chair, "what's outstanding"))).toContain(
      'Next time, type `outstanding`.',
    );
  });
});
