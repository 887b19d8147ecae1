import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../src/domain.ts';
import { handleText } from '../../src/commands/execute.ts';
import { parseCommand } from '../../src/commands/grammar.ts';
import type { CommandContext } from '../../src/commands/context.ts';
import { silentLogger } from '../../src/log.ts';
import { listHistory } from '../../src/register/history.ts';
import { linkIdentity } from '../../src/register/people.ts';
import { createSendNow } from '../../src/reminders/send-now.ts';
import { renderText } from '../../adapters/console/render.ts';
import { aBoard, aPerson, anAction, cliActor } from '../support/builders.ts';
import { FakeClock, HOUR } from '../support/clock.ts';
import { DIALECTS, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger, cardRefs, schedulerFor } from '../reminders/support.ts';

describe('the chase grammar', () => {
  it('reads an action, initials, or a name quoted or not', () => {
    expect(parseCommand('chase lcrb-12')).toEqual({
      ok: true,
      command: { name: 'chase', target: { kind: 'action', ref: 'LCRB-12' } },
    });
    expect(parseCommand('chase TG')).toMatchObject({
      command: { target: { kind: 'person', query: 'TG' } },
    });
    expect(parseCommand('chase "Tim Godwin"')).toMatchObject({
      command: { target: { kind: 'person', query: 'Tim Godwin' } },
    });
    expect(parseCommand('chase Tim Godwin')).toMatchObject({
      command: { target: { kind: 'person', query: 'Tim Godwin' } },
    });
    expect(parseCommand('chase')).toEqual({
      ok: false,
      hint: 'Whom? Name an action or a person. Try: chase LCRB-12',
    });
  });
});

describe.each(DIALECTS)('chasing owners at once on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let lcrb: Board;
  let dmg: Board;
  let gemma: Person;
  let tim: Person;
  let slack: RecordingMessenger;
  let ctx: CommandContext;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-11-25T10:00:00.000Z');
    lcrb = await aBoard(t.db, {
      slug: 'lcrb',
      refPrefix: 'LCRB',
      name: 'London Crime Reduction Board',
    });
    dmg = await aBoard(t.db, { slug: 'dmg', refPrefix: 'DMG', name: 'Delivery Management Group' });
    gemma = await aPerson(t.db, { name: 'Gemma Townsend', board: lcrb, role: 'secretariat' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board: lcrb });
    await linkIdentity(
      t.db,
      {
        platform: 'slack',
        workspaceId: 'T1',
        userId: 'UTIM',
        personId: tim.id,
        conversationRef: null,
      },
      clock.now(),
    );
    slack = new RecordingMessenger('slack', clock);
    const messengers = new Map([['slack', slack]]);
    const sendNow = createSendNow({
      db: t.db,
      clock,
      messengers,
      instance: 'test',
      logger: silentLogger,
    });
    ctx = { db: t.db, clock, sendNow };
  });
  afterEach(async () => {
    await t.close();
  });

  const type = async (who: Person, line: string, context: CommandContext = ctx) =>
    renderText(await handleText(context, await cliActor(t.db, who), line));
  const outbox = () =>
    t.db
      .selectFrom('outbox')
      .select(['idempotency_key', 'state', 'payload', 'person_id'])
      .execute();

  it('sends the owner one message at once, records it, and says how it went', async () => {
    const action = await anAction(t.db, lcrb, { owners: [tim] });
    const said = await type(gemma, `chase ${action.ref}`);
    expect(said).toContain(
      `Chased Tim Godwin about ${action.ref}: sent as a Slack direct message.`,
    );
    expect(slack.received).toHaveLength(1);
    const message = slack.received[0]!.message;
    expect(cardRefs(message.blocks)).toEqual([action.ref]);
    expect(renderText(message)).toContain('London Crime Reduction Board: an update is asked for');
    expect(renderText(message)).toContain('Gemma Townsend (LCRB secretariat) asks for an update');
    const card = message.blocks.find((b) => b.kind === 'action');
    expect(card?.kind === 'action' && card.card.buttons.map((b) => b.label)).toEqual([
      'Complete',
      'In progress',
      'Add update',
    ]);
    const [row] = await outbox();
    expect(row).toMatchObject({
      idempotency_key: `chase:person=${tim.id}:action=${action.id}:day=2026-11-25`,
      state: 'sent',
      person_id: tim.id,
    });
    expect(JSON.parse(row!.payload)).toMatchObject({ topic: 'chase', actionRefs: [action.ref] });
    const history = await listHistory(t.db, action.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'chased',
      actorId: gemma.id,
      actorName: 'Gemma Townsend',
      source: 'cli',
      at: '2026-11-25T10:00:00.000Z',
      note: 'Reminder sent to Tim Godwin at once',
    });
  });

  it('chases an owner about an action once a day, and again the next day', async () => {
    const action = await anAction(t.db, lcrb, { owners: [tim] });
    await type(gemma, `chase ${action.ref}`);
    clock.advance(6 * HOUR);
    const again = await type(gemma, `chase ${action.ref}`);
    expect(again).toContain(
      `Tim Godwin was already chased about ${action.ref} today (10:00, by Gemma Townsend). You can chase again tomorrow.`,
    );
    expect(slack.received).toHaveLength(1);
    // 23:59 London time is still the same day; 00:01 the next is not.
    clock.set('2026-11-25T23:59:00.000Z');
    expect(await type(gemma, `chase TG`)).toContain('already chased');
    clock.set('2026-11-26T00:01:00.000Z');
    expect(await type(gemma, `chase TG`)).toContain(`Chased Tim Godwin about ${action.ref}: sent`);
    expect(slack.received).toHaveLength(2);
    expect((await listHistory(t.db, action.id)).filter((h) => h.kind === 'chased')).toHaveLength(2);
  });

  it('chases a person about all their open actions on the asker’s boards, in one message', async () => {
    const a1 = await anAction(t.db, lcrb, { owners: [tim] });
    const a2 = await anAction(t.db, lcrb, { owners: [tim, 'MOPAC officers'] });
    await anAction(t.db, lcrb, { owners: [tim], status: 'complete' });
    const elsewhere = await anAction(t.db, dmg, { owners: [tim] });
    const said = await type(gemma, 'chase "Tim Godwin"');
    expect(said).toContain(
      `Chased Tim Godwin about ${a1.ref}, ${a2.ref}: sent as a Slack direct message.`,
    );
    expect(slack.received).toHaveLength(1);
    expect(cardRefs(slack.received[0]!.message.blocks)).toEqual([a1.ref, a2.ref]);
    expect((await listHistory(t.db, elsewhere.id)).map((h) => h.kind)).toEqual(['created']);
  });

  it('keeps each board’s secretariat to its own board, in the words other commands use', async () => {
    const dmgAction = await anAction(t.db, dmg, { owners: [tim] });
    const olu = await aPerson(t.db, { name: 'Olu Adeyemi', initials: 'OA', board: dmg });
    await anAction(t.db, dmg, { owners: [olu] });
    expect(await type(gemma, `chase ${dmgAction.ref}`)).toBe(
      `You can't see ${dmgAction.ref}: it is not yours and you do not sit on its board.`,
    );
    expect(await type(gemma, 'chase DMG-99')).toContain('There is no action DMG-99.');
    expect(await type(gemma, 'chase OA')).toContain('I can’t find “OA” among the people on LCRB.');
    // A member of the board sees the action but may not chase it.
    const member = await aPerson(t.db, { name: 'Naomi Simpson', board: lcrb });
    const mine = await anAction(t.db, lcrb, { owners: [tim] });
    expect(await type(member, `chase ${mine.ref}`)).toContain(
      `Only the board's secretariat (Gemma Townsend) can chase the owners of ${mine.ref}.`,
    );
    expect(await type(member, 'chase TG')).toContain(
      "Only a board's secretariat can chase people.",
    );
    expect(slack.received).toHaveLength(0);
    expect(await outbox()).toEqual([]);
  });

  it('sends one chase when two arrive at the same moment', async () => {
    const action = await anAction(t.db, lcrb, { owners: [tim] });
    const said = await Promise.all([
      type(gemma, `chase ${action.ref}`),
      type(gemma, `chase ${action.ref}`),
    ]);
    expect(said.filter((s) => s.includes('Chased Tim Godwin'))).toHaveLength(1);
    expect(said.filter((s) => s.includes('already chased'))).toHaveLength(1);
    expect(slack.received).toHaveLength(1);
    expect(await outbox()).toHaveLength(1);
  });

  it.runIf(dialect === 'postgres')(
    'reports a chase another instance made meanwhile as already chased, and sends nothing',
    async () => {
      const action = await anAction(t.db, lcrb, { owners: [tim] });
      const other = await openSameSchema(t.schema!);
      try {
        // Another instance's chase, inserted but not yet committed when ours checks.
        let commit!: () => void;
        const held = new Promise<void>((resolve) => (commit = resolve));
        let inserted!: () => void;
        const ready = new Promise<void>((resolve) => (inserted = resolve));
        const theirs = other.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('chases')
            .values({
              person_id: tim.id,
              action_id: action.id,
              day: '2026-11-25',
              chased_at: '2026-11-25T09:59:00.000Z',
              chased_by: gemma.id,
              chased_by_name: 'Gemma Townsend',
              outbox_key: 'chase:elsewhere',
            })
            .execute();
          inserted();
          await held;
        });
        await ready;
        const ours = type(gemma, `chase ${action.ref}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
        commit();
        await theirs;
        expect(await ours).toContain(
          `Tim Godwin was already chased about ${action.ref} today (09:59, by Gemma Townsend).`,
        );
        expect(slack.received).toHaveLength(0);
        expect(await outbox()).toEqual([]);
        expect((await listHistory(t.db, action.id)).map((h) => h.kind)).toEqual(['created']);
      } finally {
        await other.close();
      }
    },
  );

  it('says when an owner cannot be reached, and records nothing', async () => {
    const naomi = await aPerson(t.db, { name: 'Naomi Simpson', initials: 'NS', board: lcrb });
    const action = await anAction(t.db, lcrb, { owners: [naomi] });
    const said = await type(gemma, `chase ${action.ref}`);
    expect(said).toContain(
      'Not sent: Naomi Simpson cannot be reached (no slack account is linked to this person). Nothing was recorded.',
    );
    expect(said).toContain('`link @someone "Naomi Simpson"`');
    expect(await outbox()).toEqual([]);
    expect((await listHistory(t.db, action.id)).map((h) => h.kind)).toEqual(['created']);
  });

  it('refuses what cannot be chased with what to do instead', async () => {
    const done = await anAction(t.db, lcrb, { owners: [tim], status: 'complete' });
    const group = await anAction(t.db, lcrb, { owners: ['MOPAC officers'] });
    expect(await type(gemma, `chase ${done.ref}`)).toBe(
      `${done.ref} is complete: there is nothing to chase.`,
    );
    expect(await type(gemma, `chase ${group.ref}`)).toContain(
      `${group.ref} has no person as its owner (a group cannot be chased). Assign it first: \`assign ${group.ref} <name or initials>\``,
    );
  });

  it('queues the chase for the next pass when the service’s messengers are not wired in', async () => {
    const action = await anAction(t.db, lcrb, { owners: [tim] });
    const said = await type(gemma, `chase ${action.ref}`, { db: t.db, clock });
    expect(said).toContain('queued, and the service sends it within a minute');
    expect(slack.received).toHaveLength(0);
    await schedulerFor(t.db, dialect, clock, [slack]).tick();
    expect(cardRefs(slack.received[0]!.message.blocks)).toEqual([action.ref]);
  });
});
