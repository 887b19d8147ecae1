import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitDraft } from '../../src/minutes/commit.ts';
import { forBoard, toImport } from '../../src/minutes/in-register.ts';
import { reviewText } from '../../src/minutes/review.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { draftFromBytes } from '../../src/minutes/service.ts';
import { listActions } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { listMeetings } from '../../src/register/meetings.ts';
import type { Author } from '../../src/register/history.ts';
import { commitForActor, draftForActor } from '../../src/minutes/for-chat.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aBoard, aMeeting, aPerson, cliActor } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const IMPORT: Author = { personId: null, name: 'Minutes import', source: 'import' };
const seed = (name: string) =>
  readFileSync(new URL(`../../seeds/minutes/${name}.txt`, import.meta.url), 'utf8');

describe.each(DIALECTS)('committing imported minutes on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('writes the meeting, the next meeting, the people and the explicit actions, with source import', async () => {
    const board = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    const draft = parseMinutes(seed('lcrb-2010-09-29-minutes'), {
      source: 'lcrb-2010-09-29-minutes.txt',
    });
    const outcome = await commitDraft(t.db, board, draft, IMPORT, NOW);

    expect(outcome.created).toEqual(['LCRB-1', 'LCRB-2']);
    const meetings = await listMeetings(t.db, board.id);
    expect(meetings.map((m) => m.startsAt)).toEqual([
      '2010-09-29T14:00:00.000Z',
      '2010-12-07T16:00:00.000Z',
    ]);
    expect(meetings[0]!.location).toBe('City Hall, GLA');

    const actions = await listActions(t.db, { boardIds: [board.id] });
    expect(
      actions.map((a) => [
        a.ref,
        a.minuteRef,
        a.owners.map((o) => (o.kind === 'person' ? o.person.name : o.name)),
      ]),
    ).toEqual([
      ['LCRB-1', '4.20', ['Tim Godwin']],
      ['LCRB-2', '4.22', []],
    ]);
    expect(
      actions.every(
        (a) => a.dueMeetingId === meetings[1]!.id && a.raisedAtMeetingId === meetings[0]!.id,
      ),
    ).toBe(true);
    const tim = actions[0]!.owners[0]!;
    expect(tim.kind === 'person' && tim.person.initials).toBe('TG');
    const history = await listHistory(t.db, actions[0]!.id);
    expect(history.map((h) => [h.kind, h.source])).toEqual([['created', 'import']]);
    // Suggestions are offered, not written.
    expect(actions.some((a) => a.text.includes('Commissioning Group'))).toBe(false);
  });

  it('writes a suggestion only once the secretariat accepts it, with its group owner', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb', refPrefix: 'LCRB' });
    const draft = parseMinutes(seed('lcrb-2010-09-29-minutes'));
    const accepted = {
      ...draft,
      actions: draft.actions.map((a) => (a.ref === '4.23' ? { ...a, accepted: true } : a)),
    };
    const outcome = await commitDraft(t.db, board, accepted, IMPORT, NOW);
    expect(outcome.created).toHaveLength(3);
    const written = (await listActions(t.db, { boardIds: [board.id] })).find(
      (a) => a.minuteRef === '4.23',
    );
    expect(written?.owners).toEqual([{ kind: 'group', name: 'Commissioning Group' }]);
    expect(written?.dueMeetingId).toBeNull();
  });

  it('creates nothing new when the same minutes are imported twice', async () => {
    const board = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    const text = seed('lcrb-2012-07-20-minutes');
    const first = await commitDraft(t.db, board, parseMinutes(text), IMPORT, NOW);
    const count = async () => ({
      people: (await t.db.selectFrom('people').select('id').execute()).length,
      meetings: (await listMeetings(t.db, board.id)).length,
      actions: (await listActions(t.db, { boardIds: [board.id] })).length,
      history: (await t.db.selectFrom('action_updates').select('id').execute()).length,
    });
    const before = await count();
    const again = await draftFromBytes(t.db, 'again.txt', new TextEncoder().encode(text));
    if (!again.ok) throw new Error(again.message);
    const second = await commitDraft(t.db, board, again.draft, IMPORT, NOW);
    expect(first.created).toHaveLength(3);
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(first.created);
    expect(second.peopleAdded).toEqual([]);
    expect(await count()).toEqual(before);
  });

  it('offers a near spelling of a known person as that person, and does not create a second one', async () => {
    const board = await aBoard(t.db, {
      slug: 'dmg',
      name: 'London Crime Reduction Board Delivery Management Group',
    });
    const will = await aPerson(t.db, { name: 'Will Balakrishnan', initials: 'WB' });
    const text = `${seed('lcrb-dmg-2020-12-07-public-record')}\n\nACTION: Will Balachrishnan to circulate the governance proposal.\n`;
    const drafted = await draftFromBytes(t.db, 'dmg.txt', new TextEncoder().encode(text));
    if (!drafted.ok) throw new Error(drafted.message);
    const action = drafted.draft.actions.find((a) => a.kind === 'explicit')!;
    expect(action.ownerDetails).toEqual([
      expect.objectContaining({ name: 'Will Balakrishnan', match: 'near', personId: will.id }),
    ]);
    expect(action.flags.join(' ')).toMatch(/Balachrishnan.*confirm/);
    const outcome = await commitDraft(t.db, board, drafted.draft, IMPORT, NOW);
    expect(outcome.peopleAdded).not.toContain('Will Balachrishnan');
    const named = await t.db
      .selectFrom('people')
      .select('name')
      .where('name', 'like', 'Will Bala%')
      .execute();
    expect(named).toHaveLength(1);
  });

  it("does not make the parent board's next meeting a meeting of this group", async () => {
    const board = await aBoard(t.db, { slug: 'dmg' });
    await commitDraft(
      t.db,
      board,
      parseMinutes(seed('lcrb-dmg-2020-12-07-public-record')),
      IMPORT,
      NOW,
    );
    expect((await listMeetings(t.db, board.id)).map((m) => m.startsAt)).toEqual([
      '2020-12-07T15:00:00.000Z',
    ]);
  });

  it('reuses the meeting the board already has that day, whatever time it was entered at', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
    const existing = await aMeeting(t.db, board, '2012-09-25T09:00:00.000Z');
    const outcome = await commitDraft(
      t.db,
      board,
      parseMinutes(seed('lcrb-2012-07-20-minutes')),
      IMPORT,
      NOW,
    );
    expect(outcome.nextMeeting?.id).toBe(existing.id);
  });

  it('lets only the secretariat import minutes through the core, and refuses a forged draft', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
    const secretary = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const member = await aPerson(t.db, { name: 'Kit Malthouse', board, role: 'member' });
    const clock = new FakeClock(NOW);
    const bytes = new TextEncoder().encode(seed('lcrb-2010-09-29-minutes'));

    const refused = await draftForActor(t.db, await cliActor(t.db, member), 'minutes.txt', bytes);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/secretariat/) });

    const actor = await cliActor(t.db, secretary);
    const drafted = await draftForActor(t.db, actor, 'minutes.txt', bytes);
    if (!drafted.ok) throw new Error(drafted.message);
    expect(drafted.boardSlug).toBe('lcrb');
    expect(drafted.message.summary).toMatch(/2 action\(s\)/);

    const forged = await commitForActor(t.db, clock, actor, {
      ...drafted.draft,
      actions: 'all of them',
    });
    expect(forged.ok).toBe(false);
    expect((await listActions(t.db, { boardIds: [board.id] })).length).toBe(0);

    const committed = await commitForActor(
      t.db,
      clock,
      actor,
      JSON.parse(JSON.stringify(drafted.draft)),
    );
    expect(committed).toMatchObject({ ok: true, message: expect.stringMatching(/2 new action/) });
    const history = await listHistory(t.db, (await listActions(t.db))[0]!.id);
    expect(history[0]).toMatchObject({ source: 'import', actorName: 'Gemma Townsend' });
  });

  it('marks actions already in the register, even from another copy, and never imports them twice', async () => {
    const board = await aBoard(t.db, {
      slug: 'lcrb',
      name: 'London Crime Reduction Board',
      refPrefix: 'LCRB',
    });
    const draft = parseMinutes(seed('lcrb-2010-09-29-minutes'), { source: 'minutes.txt' });
    const first = await commitDraft(t.db, board, draft, IMPORT, NOW);
    expect(first.created).toEqual(['LCRB-1', 'LCRB-2']);

    // The same minutes again, as a PDF export would give them: refs lost, punctuation changed.
    const copy = {
      ...draft,
      actions: draft.actions.map((a) => ({ ...a, ref: null, text: `${a.text.toUpperCase()} ` })),
    };
    const marked = await forBoard(t.db, board, copy);
    expect(marked.actions.filter((a) => a.kind === 'explicit').map((a) => a.inRegister)).toEqual([
      'LCRB-1',
      'LCRB-2',
    ]);
    expect(toImport(marked)).toHaveLength(0);
    expect(reviewText(marked)).toMatch(/already in the register as LCRB-1: not imported again/);
    expect(reviewText(marked)).toMatch(
      /An import writes 0 new action\(s\); 2 already in the register/,
    );

    const again = await commitDraft(t.db, board, copy, IMPORT, NOW);
    expect(again).toMatchObject({ created: [], existing: ['LCRB-1', 'LCRB-2'] });
    expect(await listActions(t.db, { boardIds: [board.id] })).toHaveLength(2);
  });

  it('offers attendees who are not members, with the role the minutes give, and adds them when asked', async () => {
    const board = await aBoard(t.db, { slug: 'ssb', name: 'Safer Streets Board' });
    await aPerson(t.db, { name: 'Lucy Grey', board, role: 'member' });
    const draft = parseMinutes(
      [
        'Safer Streets Board',
        'Minutes of the meeting held on Tuesday 3 October 2023, 10am, Civic Centre',
        'Present',
        'Ian Clark (Chair), Anytown Council',
        'Lucy Grey, Anytown Council',
        'Priya Shah (Secretariat), Anytown Council',
        'Omar Reid (Vice Chair), Anytown Police',
        '1. Lighting',
        '1.1 ACTION: LG to survey the park lighting by 30 November 2023.',
      ].join('\n'),
      { source: 'minutes.txt' },
    );
    const marked = await forBoard(t.db, board, draft);
    expect(marked.members?.map((m) => [m.name, m.role, m.accepted])).toEqual([
      ['Ian Clark', 'chair', false],
      ['Priya Shah', 'secretariat', false],
      ['Omar Reid', 'member', false],
    ]);
    expect(reviewText(marked)).toMatch(/Ian Clark \(chair\)[\s\S]*add --add-members/);

    const plain = await commitDraft(t.db, board, marked, IMPORT, NOW);
    expect(plain.membersAdded).toEqual([]);
    const added = await commitDraft(t.db, board, marked, IMPORT, NOW, { addMembers: true });
    expect(added.membersAdded).toEqual([
      'Ian Clark (chair)',
      'Priya Shah (secretariat)',
      'Omar Reid (member)',
    ]);
    const roles = await t.db
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select(['people.name', 'memberships.role'])
      .where('memberships.board_id', '=', board.id)
      .orderBy('people.name')
      .execute();
    expect(roles.map((r) => `${r.name}:${r.role}`)).toEqual([
      'Ian Clark:chair',
      'Lucy Grey:member',
      'Omar Reid:member',
      'Priya Shah:secretariat',
    ]);
    expect((await forBoard(t.db, board, draft)).members).toEqual([]);
  });
});
