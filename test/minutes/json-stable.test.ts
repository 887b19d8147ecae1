import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/minutes/run-import.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { aBoard } from '../support/builders.ts';
import { FakeClock } from '../support/clock.ts';

// `arising import --json` is read by other tools: its fields are documented in docs/minutes.md
// ("JSON schema") and only ever added to, never renamed or removed. This pins every field name a
// reader of today's JSON relies on, so a rename fails here rather than in someone's script; a new
// field is added to these lists and to the docs together.
const SEED = new URL('../../seeds/minutes/lcrb-2010-09-29-minutes.txt', import.meta.url).pathname;

const keys = (value: unknown) => Object.keys(value as object).sort();

describe('the JSON that arising import --json prints', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('sqlite');
    await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board', refPrefix: 'LCRB' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('keeps every documented field, under the same name, for public minutes', async () => {
    let out = '';
    const code = await runImport(
      t.db,
      new FakeClock(),
      SEED,
      { json: true },
      { write: (s) => void (out += s) },
      { write: () => undefined },
    );
    expect(code).toBe(0);
    const draft = JSON.parse(out) as Record<string, unknown>;
    expect(keys(draft)).toEqual(
      [
        'documentKind',
        'board',
        'meeting',
        'nextMeeting',
        'attendees',
        'apologies',
        'actions',
        'warnings',
        'source',
        'members',
      ].sort(),
    );
    expect(keys(draft.meeting)).toEqual(['board', 'date', 'location', 'time']);
    expect(keys(draft.nextMeeting)).toEqual(['board', 'date', 'location', 'time']);
    const attendees = draft.attendees as unknown[];
    expect(attendees.length).toBeGreaterThan(0);
    for (const a of attendees) expect(keys(a)).toEqual(['initials', 'name', 'org', 'role']);
    const actions = draft.actions as Record<string, unknown>[];
    expect(actions.some((a) => a.kind === 'explicit')).toBe(true);
    expect(actions.some((a) => a.kind === 'suggested')).toBe(true);
    for (const a of actions) {
      // `restricted` and `dropped` appear only when true: public minutes never carry them.
      expect(keys(a)).toEqual(
        [
          'accepted',
          'confidence',
          'due',
          'flags',
          'inRegister',
          'kind',
          'ownerDetails',
          'owners',
          'ownersAsWritten',
          'ref',
          'text',
        ].sort(),
      );
      for (const o of a.ownerDetails as unknown[])
        expect(keys(o)).toEqual(['kind', 'match', 'name', 'personId', 'written']);
    }
    const members = draft.members as unknown[];
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(keys(m)).toEqual(['accepted', 'name', 'personId', 'role']);
  });
});
