import { commitForActor } from '../../src/minutes/for-chat.ts';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../src/domain.ts';
import { handleText } from '../../src/commands/execute.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { listActions } from '../../src/register/actions.ts';
import { previewReminders, formatPreview } from '../../src/reminders/preview.ts';
import { renderText } from '../../adapters/console/render.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';
import { FakeClock, MINUTE } from '../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { RecordingMessenger, cardRefs, schedulerFor } from './support.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../../seeds/minutes/${name}.txt`, import.meta.url), 'utf8');

describe.each(DIALECTS)('telling new owners of their actions on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let board: Board;
  let gemma: Person;
  let tim: Person;
  let naomi: Person;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-11-25T10:00:00.000Z');
    board = await aBoard(t.db, {
      slug: 'lcrb',
      refPrefix: 'LCRB',
      name: 'London Crime Reduction Board',
    });
    gemma = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    tim = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board });
    naomi = await aPerson(t.db, { name: 'Naomi Simpson', initials: 'NS', board });
    // Far enough ahead that no meeting reminder is due in these tests.
    await aMeeting(t.db, board, '2027-03-01T10:00:00.000Z');
  });
  afterEach(async () => {
    await t.close();
  });

  const type = async (who: Person, line: string) =>
    renderText(await handleText({ db: t.db, clock }, await cliActor(t.db, who), line));
  const tick = (console: RecordingMessenger, instance = 'test-instance') =>
    schedulerFor(t.db, dialect, clock, [console], instance).tick();

  it('sends each new owner one message per pass listing everything newly theirs', async () => {
    expect(await type(gemma, 'add lcrb TG "Bring back a full proposal"')).toContain('Added LCRB-1');
    await type(gemma, 'add lcrb "Tim Godwin, NS" "Report on the funding gap"');
    await type(gemma, 'add lcrb NS "Circulate the paper"');
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    expect(console.received).toHaveLength(2);
    expect(cardRefs(console.to(tim.id)[0]!.message.blocks)).toEqual(['LCRB-1', 'LCRB-2']);
    expect(cardRefs(console.to(naomi.id)[0]!.message.blocks)).toEqual(['LCRB-2', 'LCRB-3']);
    const text = renderText(console.to(tim.id)[0]!.message);
    expect(text).toContain('London Crime Reduction Board: new actions for you');
    expect(text).toContain('You have been given 2 new actions by Gemma Townsend.');
    // The usual buttons, the owner's own.
    const card = console.to(tim.id)[0]!.message.blocks.find((b) => b.kind === 'action');
    expect(card?.kind === 'action' && card.card.buttons.map((b) => b.label)).toEqual([
      'Complete',
      'In progress',
      'Add update',
    ]);
  });

  it('tells each owner once, across passes and a restart, and again only for what is new', async () => {
    await type(gemma, 'add lcrb TG "Bring back a full proposal"');
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    clock.advance(MINUTE);
    await tick(console);
    // A restart: a new process with nothing in memory, reading the same register.
    clock.advance(MINUTE);
    await tick(console, 'after-restart');
    expect(console.received).toHaveLength(1);

    // Assigning again keeps Tim (not told twice) and adds Naomi (told).
    await type(gemma, 'assign LCRB-1 TG, NS');
    clock.advance(MINUTE);
    await tick(console, 'after-restart');
    expect(console.received.map((r) => r.notice.recipient)).toMatchObject([
      { personId: tim.id },
      { personId: naomi.id },
    ]);
    expect(cardRefs(console.to(naomi.id)[0]!.message.blocks)).toEqual(['LCRB-1']);
  });

  it('does not tell someone who gave an action to themselves, nor fixtures the system writes', async () => {
    await type(gemma, 'add lcrb "Gemma Townsend" "Book the room"');
    await anAction(t.db, board, { owners: [tim] });
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    expect(console.received).toHaveLength(0);
  });

  it('leaves out an action completed or given to someone else before the pass', async () => {
    await type(gemma, 'add lcrb TG "First"');
    await type(gemma, 'add lcrb TG "Second"');
    await type(gemma, 'add lcrb NS "Third"');
    await type(tim, 'done LCRB-1');
    await type(gemma, 'assign LCRB-3 TG');
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    expect(console.received).toHaveLength(1);
    expect(cardRefs(console.to(tim.id)[0]!.message.blocks)).toEqual(['LCRB-2', 'LCRB-3']);
  });

  it('tells the owners of actions imported from minutes', async () => {
    const draft = parseMinutes(seed('lcrb-2010-09-29-minutes'), {
      source: 'lcrb-2010-09-29-minutes.txt',
    });
    const committed = await commitForActor(t.db, clock, await cliActor(t.db, gemma), draft, 'lcrb');
    expect(committed.ok).toBe(true);
    const owned = (await listActions(t.db, { ownerId: tim.id })).map((a) => a.ref);
    expect(owned).toHaveLength(1);
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    expect(console.received).toHaveLength(1);
    expect(cardRefs(console.to(tim.id)[0]!.message.blocks)).toEqual(owned);
  });

  it('lists the notices still to send in the preview of the next pass', async () => {
    await type(gemma, 'add lcrb TG "Bring back a full proposal"');
    const range = { from: clock.now(), to: new Date(clock.now().getTime() + 86_400_000) };
    const before = formatPreview(await previewReminders(t.db, range));
    expect(before).toContain('New actions, to Tim Godwin (email): LCRB-1  [planned]');
    const console = new RecordingMessenger('console', clock);
    await tick(console);
    expect(formatPreview(await previewReminders(t.db, range))).not.toContain('New actions');
  });
});
