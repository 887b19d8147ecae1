import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core.ts';
import type { Actor } from '../../src/access.ts';
import type { Board } from '../../src/domain.ts';
import { boardFromText, refuseFile } from '../../src/minutes/uploads.ts';
import { listActions } from '../../src/register/actions.ts';
import { aBoard, aPerson, cliActor } from '../support/builders.ts';
import { DAY, FakeClock } from '../support/clock.ts';
import { DIALECTS, openSameSchema, openTestDb, type TestDb } from '../support/db.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../../seeds/minutes/${name}.txt`, import.meta.url));
const MINUTES = seed('lcrb-2010-09-29-minutes');

describe.each(DIALECTS)('minutes shared in chat, held for review, on %s', (dialect) => {
  let t: TestDb;
  let clock: FakeClock;
  let core: Core;
  let board: Board;
  let gemma: Actor;
  let jude: Actor;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    clock = new FakeClock('2026-11-25T10:00:00.000Z');
    core = createCore(t.db, clock);
    board = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
    gemma = await cliActor(
      t.db,
      await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' }),
    );
    jude = await cliActor(
      t.db,
      await aPerson(t.db, { name: 'Jude Sequeira', board, role: 'secretariat' }),
    );
  });
  afterEach(async () => {
    await t.close();
  });

  const upload = async (bytes: Uint8Array = MINUTES, slug?: string) => {
    const held = await core.uploadMinutes(gemma, 'minutes.txt', bytes, slug);
    if (!held.ok) throw new Error(held.message);
    return held;
  };
  const count = async () => (await listActions(t.db, { boardIds: [board.id] })).length;

  it('holds the draft under an unguessable id and writes nothing until Import', async () => {
    const a = await upload();
    const b = await upload();
    expect(a.draftId).toMatch(/^[\w-]{22}$/);
    expect(a.draftId).not.toBe(b.draftId);
    expect(a.importable).toBe(2);
    expect(await count()).toBe(0);
  });

  it('lets only the person who shared the minutes import them, even another secretariat', async () => {
    const { draftId } = await upload();
    const other = await core.confirmMinutes(jude, draftId, 'import');
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/Only the person/) });
    expect(await count()).toBe(0);
  });

  it('forgets a draft after seven days: Import then says to share the minutes again', async () => {
    const { draftId } = await upload();
    clock.advance(7 * DAY + 1);
    const late = await core.confirmMinutes(gemma, draftId, 'import');
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
    expect(await count()).toBe(0);
  });

  it('imports once when Import is pressed twice at the same moment', async () => {
    const { draftId } = await upload();
    let second: Core = core;
    let closeSecond = async () => undefined as void;
    if (dialect === 'postgres') {
      // A second instance on the same database, as with two service replicas.
      const other = await openSameSchema(t.schema!);
      second = createCore(other.db, clock);
      closeSecond = other.close;
    }
    try {
      const answers = await Promise.all([
        core.confirmMinutes(gemma, draftId, 'import'),
        second.confirmMinutes(gemma, draftId, 'import'),
      ]);
      const messages = answers.map((a) => a.message).sort();
      expect(messages[0]).toMatch(/^Written to London Crime Reduction Board: 2 new action/);
      expect(messages[1]).toMatch(/already imported: nothing new/);
      expect(await count()).toBe(2);
    } finally {
      await closeSecond();
    }
  });

  it('keeps the draft when the import is refused, so it can be pressed again', async () => {
    const { draftId } = await upload();
    // The secretariat role is taken away between the review and the press.
    const demoted = { ...gemma, roles: new Map() };
    const refused = await core.confirmMinutes(demoted, draftId, 'import');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/secretariat/) });
    expect(await core.confirmMinutes(gemma, draftId, 'import')).toMatchObject({ ok: true });
    expect(await count()).toBe(2);
  });

  it('says a committee report has nothing to import', async () => {
    const report = await upload(
      seed('london-councils-leaders-2018-12-04-crime-and-policing-report'),
      'lcrb',
    );
    expect(report.importable).toBeNull();
    expect(JSON.stringify(report.message)).toMatch(/committee report, not minutes/);
  });

  it('refuses a board short name that does not exist, listing those that do', async () => {
    const held = await core.uploadMinutes(gemma, 'minutes.txt', MINUTES, 'lcbr');
    expect(held).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no board "lcbr".*lcrb/),
    });
  });
});

describe('checks made before a shared file is downloaded', () => {
  it('accepts Word, PDF and text minutes within 5 MB', () => {
    expect(refuseFile('Minutes 4 Oct.DOCX', 20_000)).toBeNull();
    expect(refuseFile('minutes.md', undefined)).toBeNull();
    expect(refuseFile('Minutes 4 Oct.PDF', 200_000)).toBeNull();
  });

  it('refuses other types, naming those that work, and files over 5 MB', () => {
    expect(refuseFile('minutes.doc', 10)).toMatch(
      /\.docx\), PDF with a text layer \(\.pdf\) or plain text/,
    );
    expect(refuseFile('minutes.png', 10)).toMatch(/\.docx\), PDF with a text layer/);
    expect(refuseFile('minutes.pdf', 5 * 1024 * 1024 + 1)).toMatch(/larger than 5 MB/);
    expect(refuseFile('minutes.txt', 5 * 1024 * 1024 + 1)).toMatch(/larger than 5 MB/);
  });

  it('takes a board short name from the message, and nothing from a sentence', () => {
    expect(boardFromText(' LCRB ')).toBe('lcrb');
    expect(boardFromText('board lcrb-dmg')).toBe('lcrb-dmg');
    expect(boardFromText('')).toBeNull();
    expect(boardFromText('here are the minutes')).toBeNull();
  });
});
