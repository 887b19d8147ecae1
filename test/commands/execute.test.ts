import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { handleText, applyIntent } from '../../src/commands/execute.ts';
import type { Board, Person } from '../../src/domain.ts';
import type { Message } from '../../src/message.ts';
import { spanText } from '../../src/message.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { renderText } from '../../adapters/console/render.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';

const text = (m: Message) => renderText(m);
const firstParagraph = (m: Message) => {
  const b = m.blocks.find((x) => x.kind === 'paragraph');
  return b && b.kind === 'paragraph' ? b.spans.map(spanText).join('') : '';
};

describe.each(DIALECTS)('commands on %s', (dialect) => {
  let t: TestDb;
  let ctx: CommandContext;
  let lcrb: Board;
  let tg: Person;
  let jh: Person;
  let secretariat: Person;
  let chair: Person;
  let outsider: Person;

  beforeEach(async () => {
    t = await openTestDb(dialect);
    ctx = { db: t.db, clock: new FakeClock('2026-11-25T09:00:00Z') };
    lcrb = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    await aMeeting(t.db, lcrb, '2026-12-08T10:00:00Z');
    tg = await aPerson(t.db, {
      name: 'Tim Godwin',
      initials: 'TG',
      organisation: 'MPS',
      email: 'tim.godwin@example.org',
      board: lcrb,
    });
    jh = await aPerson(t.db, {
      name: 'Jane Harwood',
      initials: 'JH',
      organisation: 'MPA',
      board: lcrb,
    });
    secretariat = await aPerson(t.db, { name: 'Gemma Townsend', board: lcrb, role: 'secretariat' });
    chair = await aPerson(t.db, { name: 'Sadiq Khan', board: lcrb, role: 'chair' });
    outsider = await aPerson(t.db, { name: 'Nobody Special' });
  });
  afterEach(async () => {
    await t.close();
  });

  const as = async (person: Person, line: string) =>
    handleText(ctx, await cliActor(t.db, person), line);

  it('shows an owner their open actions with buttons to update each', async () => {
    await anAction(t.db, lcrb, { owners: [tg], text: 'Bring back a proposal' });
    await anAction(t.db, lcrb, { owners: [tg], text: 'Already finished', status: 'complete' });
    await anAction(t.db, lcrb, { owners: [jh], text: 'Not Tim’s' });
    const reply = await as(tg, 'mine');
    expect(reply.summary).toBe('Your open actions (1)');
    const cards = reply.blocks.filter((b) => b.kind === 'action');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      card: {
        ref: 'LCRB-1',
        buttons: [{ label: 'Complete' }, { label: 'In progress' }, { label: 'Add update' }],
      },
    });
    expect(text(reply)).toContain('1 complete, awaiting the board');
  });

  it('lets an owner update their own action, recorded with source and note', async () => {
    await anAction(t.db, lcrb, { owners: [tg] });
    const reply = await as(tg, 'update LCRB-1 in progress "Drafting with finance"');
    expect(firstParagraph(reply)).toBe('LCRB-1 is now in progress, with your note.');
    const action = await getActionByRef(t.db, 'LCRB-1');
    expect(action?.status).toBe('in_progress');
    const last = (await listHistory(t.db, action!.id)).at(-1);
    expect(last).toMatchObject({
      source: 'cli',
      actorName: 'Tim Godwin',
      statusFrom: 'open',
      statusTo: 'in_progress',
      note: 'Drafting with finance',
    });
  });

  it('refuses to let someone update an action that is not theirs, naming who can', async () => {
    await anAction(t.db, lcrb, { owners: [jh] });
    const reply = await as(tg, 'done LCRB-1');
    expect(firstParagraph(reply)).toBe(
      "Only the owners of LCRB-1 or the board's secretariat (Gemma Townsend) can update it.",
    );
    expect((await getActionByRef(t.db, 'LCRB-1'))?.status).toBe('open');
  });

  it('keeps closing and dropping for the secretariat', async () => {
    await anAction(t.db, lcrb, { owners: [tg] });
    expect(firstParagraph(await as(tg, 'update LCRB-1 dropped'))).toMatch(
      /for the board's secretariat/,
    );
    expect(
      firstParagraph(
        await as(secretariat, 'update LCRB-1 dropped "Superseded by the new strategy"'),
      ),
    ).toBe('LCRB-1 is now dropped, with your note.');
  });

  it('lets a chair read everything on their board but not update it', async () => {
    await anAction(t.db, lcrb, { owners: [tg], visibility: 'restricted', text: 'Exempt item' });
    expect(text(await as(chair, 'show LCRB-1'))).toContain('Exempt item');
    expect(firstParagraph(await as(chair, 'done LCRB-1'))).toMatch(/Only the owners/);
  });

  it('hides restricted actions from members, saying how many', async () => {
    await anAction(t.db, lcrb, { owners: [tg], visibility: 'restricted', text: 'Exempt item' });
    await anAction(t.db, lcrb, { owners: [tg], text: 'Public item' });
    const reply = text(await as(jh, 'outstanding lcrb'));
    expect(reply).toContain('Public item');
    expect(reply).not.toContain('Exempt item');
    expect(reply).toContain('1 restricted action(s) not shown');
    expect(text(await as(jh, 'show LCRB-1'))).toMatch(/You can't see LCRB-1/);
  });

  it('refuses board actions to a person who does not sit on the board', async () => {
    await anAction(t.db, lcrb, { owners: [tg], text: 'Public item' });
    expect(text(await as(outsider, 'outstanding lcrb'))).toMatch(
      /You do not sit on London Crime Reduction Board/,
    );
    expect(text(await as(outsider, 'show LCRB-1'))).toMatch(/You can't see LCRB-1/);
  });

  it('lists outstanding actions with overdue and carried forward first', async () => {
    const past = await aMeeting(t.db, lcrb, '2026-11-10T10:00:00Z');
    await anAction(t.db, lcrb, { owners: [tg], text: 'Fresh one' });
    await anAction(t.db, lcrb, { owners: [jh], text: 'Late one', due: past });
    const reply = await as(chair, 'outstanding');
    const refs = reply.blocks.flatMap((b) => (b.kind === 'action' ? [b.card.ref] : []));
    expect(refs).toEqual(['LCRB-2', 'LCRB-1']);
    expect(reply.blocks.find((b) => b.kind === 'action')).toMatchObject({ card: { rag: 'red' } });
    expect(reply.summary).toContain('2 outstanding: 1 overdue or carried forward');
  });

  it('lets the secretariat add an action for initials, due at the next meeting by default', async () => {
    const reply = await as(secretariat, 'add lcrb TG "Bring back a full proposal"');
    expect(firstParagraph(reply)).toBe('Added LCRB-1 for Tim Godwin, due meeting of 8 Dec 2026.');
    const action = await getActionByRef(t.db, 'LCRB-1');
    expect(action?.owners).toMatchObject([{ kind: 'person', person: { name: 'Tim Godwin' } }]);
  });

  it('adds an unassigned action and flags it, and a group owner, and a dated one', async () => {
    expect(
      firstParagraph(await as(secretariat, 'add lcrb none Suggested list of priorities')),
    ).toMatch(/no one yet \(flagged as unassigned\)/);
    expect(
      firstParagraph(
        await as(
          secretariat,
          'add lcrb group:"MOPAC officers" Restructure the strategy due 2027-01-15',
        ),
      ),
    ).toBe('Added LCRB-2 for MOPAC officers, due by 15 Jan 2027.');
  });

  it('finds people by full name, initials and email, and asks when a name is ambiguous', async () => {
    await aPerson(t.db, { name: 'Jane Hawkins', initials: 'JH2', board: lcrb });
    await as(secretariat, 'add lcrb tim.godwin@example.org One');
    await as(secretariat, 'add lcrb "jane harwood" Two');
    expect((await getActionByRef(t.db, 'LCRB-1'))?.owners[0]).toMatchObject({
      person: { name: 'Tim Godwin' },
    });
    expect((await getActionByRef(t.db, 'LCRB-2'))?.owners[0]).toMatchObject({
      person: { name: 'Jane Harwood' },
    });
    const ambiguous = firstParagraph(await as(secretariat, 'add lcrb Jane Three'));
    expect(ambiguous).toMatch(/“Jane” could be Jane Harwood \(MPA\); Jane Hawkins \(MOPAC\)/);
    expect(firstParagraph(await as(secretariat, 'add lcrb "Nobody Known" Four'))).toMatch(
      /I can't find “Nobody Known”/,
    );
    expect(await getActionByRef(t.db, 'LCRB-3')).toBeUndefined();
  });

  it('refuses add and assign to anyone but the secretariat', async () => {
    expect(firstParagraph(await as(chair, 'add lcrb TG Something'))).toMatch(
      /Only the secretariat of London Crime Reduction Board/,
    );
    await anAction(t.db, lcrb, { owners: [tg] });
    expect(firstParagraph(await as(tg, 'assign LCRB-1 JH'))).toMatch(
      /Only the board's secretariat/,
    );
  });

  it('reassigns owners and records it in the history', async () => {
    await anAction(t.db, lcrb, { owners: [tg] });
    expect(firstParagraph(await as(secretariat, 'assign LCRB-1 JH, TG'))).toBe(
      'LCRB-1 is now owned by Jane Harwood, Tim Godwin.',
    );
    const history = await listHistory(t.db, (await getActionByRef(t.db, 'LCRB-1'))!.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'assigned',
      note: 'Tim Godwin → Jane Harwood, Tim Godwin',
    });
  });

  it('says what to type for an unknown ref, board or date', async () => {
    expect(firstParagraph(await as(tg, 'show LCRB-99'))).toMatch(
      /There is no action LCRB-99. Type mine/,
    );
    expect(firstParagraph(await as(chair, 'outstanding nope'))).toMatch(/There is no board “nope”/);
    expect(firstParagraph(await as(secretariat, 'add lcrb TG Thing due someday'))).toMatch(
      /is not a date I can read/,
    );
  });

  it('refuses over-long or hidden-character text from add, assign and a button, storing nothing', async () => {
    const long = await as(secretariat, `add lcrb TG "${'x'.repeat(10_000)}"`);
    expect(firstParagraph(long)).toBe(
      'Action texts can be up to 1,000 characters; yours has 10,000. Shorten it and send it again. Try: add lcrb TG "Bring back a full proposal" due next meeting',
    );
    const bidi = await as(
      secretariat,
      'add lcrb group:"MOPAC \u202Esrecoffo" "Circulate the figures"',
    );
    expect(firstParagraph(bidi)).toMatch(/^Names can't contain .*control characters/);
    expect(await getActionByRef(t.db, 'LCRB-1')).toBeUndefined();

    await anAction(t.db, lcrb, { owners: [tg] });
    const outcome = await applyIntent(
      ctx,
      await cliActor(t.db, tg),
      { kind: 'attach_note', ref: 'LCRB-1', noteKey: 'k' },
      { note: 'y'.repeat(10_000) },
    );
    expect(outcome).toMatchObject({ ok: false, refused: 'note' });
    expect(outcome.reply.summary).toBe(
      'Notes can be up to 2,000 characters; yours has 10,000. Shorten it and send it again.',
    );
    const history = await t.db.selectFrom('action_updates').select('kind').execute();
    expect(history.map((h) => h.kind)).toEqual(['created']);
  });

  it('refuses a button pressed on a stale card and shows the action as it stands', async () => {
    const action = await anAction(t.db, lcrb, { owners: [tg] });
    const actor = await cliActor(t.db, tg);
    await handleText(ctx, actor, 'update LCRB-1 in progress');
    const outcome = await applyIntent(ctx, actor, {
      kind: 'set_status',
      ref: 'LCRB-1',
      status: 'complete',
      version: action.version,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.reply.summary).toMatch(/changed by someone else/);
    expect(outcome.card).toMatchObject({ status: 'in_progress' });
    expect((await getActionByRef(t.db, 'LCRB-1'))?.status).toBe('in_progress');
  });

  it('shows an action with its whole history', async () => {
    await anAction(t.db, lcrb, { owners: [tg], minuteRef: '4.20' });
    await as(tg, 'note LCRB-1 Waiting for figures');
    const shown = await as(jh, 'show LCRB-1');
    const card = shown.blocks.find((b) => b.kind === 'action');
    expect(card).toMatchObject({
      card: {
        minuteRef: '4.20',
        history: [
          { what: 'Added' },
          { what: 'Note', who: 'Tim Godwin', note: 'Waiting for figures' },
        ],
      },
    });
  });
});
