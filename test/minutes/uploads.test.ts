import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core.ts';
import type { Actor } from '../../src/access.ts';
import type { Board } from '../../src/domain.ts';
import { draftForActor } from '../../src/minutes/for-chat.ts';
import { boardFromText, refuseFile, uploadMinutes } from '../../src/minutes/uploads.ts';
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
    const held = await uploadMinutes(t.db, clock, gemma, 'minutes.txt', bytes, slug);
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

  it('lets the secretariat accept or drop each suggestion, and imports only those accepted', async () => {
    const held = await upload();
    expect(held.suggestions.length).toBeGreaterThanOrEqual(2);
    const [first, second] = held.suggestions;
    const accepted = await core.confirmMinutes(gemma, held.draftId, `accept:${first!.index}`);
    expect(accepted).toMatchObject({
      ok: true,
      message: 'Suggestion 1 accepted: it will be imported as an action.',
    });
    expect(accepted.review?.importable).toBe(3);
    expect(accepted.review?.suggestions[0]).toMatchObject({ index: first!.index, accepted: true });
    const dropped = await core.confirmMinutes(gemma, held.draftId, `drop:${second!.index}`);
    expect(dropped.review?.suggestions.map((x) => x.index)).not.toContain(second!.index);
    expect(dropped.review?.suggestions).toHaveLength(held.suggestions.length - 1);
    expect(await count()).toBe(0);

    const done = await core.confirmMinutes(gemma, held.draftId, 'import');
    expect(done.message).toMatch(/3 new action\(s\)/);
    const texts = (await listActions(t.db, { boardIds: [board.id] })).map((a) => a.text);
    expect(texts).toHaveLength(3);
    const draft = (await draftForActor(t.db, gemma, 'minutes.txt', MINUTES)) as {
      draft: { actions: { text: string }[] };
    };
    expect(texts).toContain(draft.draft.actions[first!.index]!.text);
    expect(texts).not.toContain(draft.draft.actions[second!.index]!.text);
    // Pressed after the import: nothing changes.
    expect(await core.confirmMinutes(gemma, held.draftId, `accept:${second!.index}`)).toMatchObject(
      {
        ok: false,
        message: expect.stringMatching(/already imported/),
      },
    );
  });

  it('lets only the secretariat of the board accept or drop, whatever the button says', async () => {
    const held = await upload();
    const index = held.suggestions[0]!.index;
    expect(await core.confirmMinutes(jude, held.draftId, `accept:${index}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only the person who shared/),
    });
    const demoted = { ...gemma, roles: new Map() };
    expect(await core.confirmMinutes(demoted, held.draftId, `accept:${index}`)).toMatchObject({
      ok: false,
      message:
        'Only the secretariat of London Crime Reduction Board can accept or drop suggestions or add members.',
    });
    // Not a suggestion (an explicit action), or out of range: refused, nothing changes.
    const explicit = (await draftForActor(t.db, gemma, 'm.txt', MINUTES)) as {
      draft: { actions: { kind: string }[] };
    };
    const explicitIndex = explicit.draft.actions.findIndex((a) => a.kind === 'explicit');
    for (const choice of [`drop:${explicitIndex}`, 'accept:999'] as const)
      expect(await core.confirmMinutes(gemma, held.draftId, choice)).toMatchObject({ ok: false });
    expect((await core.confirmMinutes(gemma, held.draftId, 'import')).message).toMatch(
      /2 new action\(s\)/,
    );
  });

  it('counts two suggestions accepted at the same moment', async () => {
    const held = await upload();
    const [a, b] = held.suggestions;
    await Promise.all([
      core.confirmMinutes(gemma, held.draftId, `accept:${a!.index}`),
      core.confirmMinutes(gemma, held.draftId, `accept:${b!.index}`),
    ]);
    expect((await core.confirmMinutes(gemma, held.draftId, 'import')).message).toMatch(
      /4 new action\(s\)/,
    );
  });

  it('offers the attendees as members, adds them on import when chosen, and marks a second import', async () => {
    const held = await upload();
    expect(held.membersOffered).toBeGreaterThan(10);
    expect(JSON.stringify(held.message)).toMatch(
      /not yet members of the board: Boris Johnson \(member\)/,
    );
    const chosen = await core.confirmMinutes(gemma, held.draftId, 'add-members');
    expect(chosen.review?.membersOffered).toBe(0);
    expect(JSON.stringify(chosen.review?.message)).toMatch(
      /They will be added as members on import/,
    );
    const done = await core.confirmMinutes(gemma, held.draftId, 'import');
    expect(done.message).toMatch(
      /new board members: Boris Johnson \(member\), Kit Malthouse \(member\)/,
    );

    const again = await upload();
    expect(again.importable).toBe(0);
    expect(again.membersOffered).toBe(0);
    expect(JSON.stringify(again.message)).toMatch(
      /already in the register as TB\d+-1: not imported again/,
    );
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
    const held = await uploadMinutes(t.db, clock, gemma, 'minutes.txt', MINUTES, 'lcbr');
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
