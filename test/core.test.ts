/**
 * core.identify, the one first contact for every chat adapter: a known account, an account
 * linked by a platform email, an account the platform did not describe, and a stranger.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../src/core.ts';
import type { Board } from '../src/domain.ts';
import { listIdentityAudit } from '../src/register/identity-audit.ts';
import { findPersonByIdentity, listIdentities } from '../src/register/people.ts';
import { aBoard, aLinkedAccount, aPerson, anAction } from './support/builders.ts';
import { FakeClock } from './support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from './support/db.ts';

const slack = (userId: string, workspaceId = 'T1') => ({
  platform: 'slack' as const,
  workspaceId,
  userId,
});
const text = (message: { summary: string }) => message.summary;

describe.each(DIALECTS)('who a platform user is, on %s', (dialect) => {
  let t: TestDb;
  let core: Core;
  let board: Board;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    core = createCore(t.db, new FakeClock('2026-11-25T10:00:00.000Z'));
    board = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
  });
  afterEach(() => t.close());

  it('knows a linked account without asking the platform for an email', async () => {
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await aLinkedAccount(t.db, slack('UTIM'), tim.id);
    let asked = 0;
    const who = await core.identify(slack('UTIM'), {
      emails: async () => (asked++, ['someone@else.example']),
    });
    expect(who.ok && who.actor.person.id).toBe(tim.id);
    expect(who.ok && who.actor.source).toBe('slack');
    expect(asked).toBe(0);
  });

  it('links a stranger by the first platform address the register knows, as a self-link', async () => {
    const tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim.godwin@met.example', board });
    const who = await core.identify(slack('UNEW'), {
      emails: async () => ['nobody@met.example', 'Tim.Godwin@met.example'],
    });
    expect(who.ok && who.actor.person.id).toBe(tim.id);
    expect((await findPersonByIdentity(t.db, 'slack', 'T1', 'UNEW'))?.id).toBe(tim.id);
    expect((await listIdentityAudit(t.db)).map((e) => [e.change, e.personName])).toEqual([
      ['self-link', 'Tim Godwin'],
    ]);
  });

  it('stores a conversation reference for a known account only where it may replace the old one', async () => {
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    const teams = { platform: 'teams' as const, workspaceId: 'tenant', userId: 'aad-tim' };
    await aLinkedAccount(t.db, teams, tim.id, '{"host":"a"}');
    const sameHost = (stored: string, incoming: string) =>
      JSON.parse(stored).host === JSON.parse(incoming).host;
    await core.identify(teams, { conversationRef: '{"host":"b"}', mayReplaceRef: sameHost });
    expect((await listIdentities(t.db, tim.id))[0]!.conversationRef).toBe('{"host":"a"}');
    await core.identify(teams, {
      conversationRef: '{"host":"a","chat":2}',
      mayReplaceRef: sameHost,
    });
    expect((await listIdentities(t.db, tim.id))[0]!.conversationRef).toBe('{"host":"a","chat":2}');
  });

  it('refuses an account the platform did not describe, and links nothing', async () => {
    await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board });
    for (const user of [slack('UTIM', ''), slack('', 'T1'), slack('  ', 'T1')]) {
      const who = await core.identify(user, { emails: async () => ['tim@example.org'] });
      expect(who.ok).toBe(false);
      expect(!who.ok && text(who.message)).toMatch(/Slack did not say which organisation account/);
    }
    expect(await t.db.selectFrom('identities').selectAll().execute()).toEqual([]);
  });

  it('tells a stranger who can link them and how, naming five secretaries at most', async () => {
    for (let i = 1; i <= 6; i++)
      await aPerson(t.db, { name: `Secretary ${i}`, board, role: 'secretariat' });
    const who = await core.identify(slack('USTRANGER'), {
      emails: async () => ['stranger@elsewhere.example'],
      linkCommand: { typed: '/actions link @you "Your Full Name"' },
    });
    expect(who.ok).toBe(false);
    const said = !who.ok ? text(who.message) : '';
    expect(said).toMatch(/^I don't know you yet: your Slack account is not linked/);
    expect(said).toContain('Secretary 5 or another board secretariat');
    expect(said).not.toContain('Secretary 6');
    expect(said).toContain('/actions link @you "Your Full Name"');
  });

  it('never re-points an account linked to someone else, whatever email the platform gives', async () => {
    const tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board });
    const sadiq = await aPerson(t.db, { name: 'Sadiq Khan', email: 'sadiq@example.org', board });
    await aLinkedAccount(t.db, slack('USHARED'), tim.id);
    const who = await core.identify(slack('USHARED'), {
      emails: async () => ['sadiq@example.org'],
    });
    expect(who.ok && who.actor.person.id).toBe(tim.id);
    expect(await listIdentities(t.db, sadiq.id)).toEqual([]);
  });
});

describe.each(DIALECTS)('replies to a reminder, read by the core, on %s', (dialect) => {
  let t: TestDb;
  afterEach(() => t.close());

  it('reads "done: note" as complete with the note, and a bare reply as a note', async () => {
    t = await openTestDb(dialect);
    const core = createCore(t.db, new FakeClock('2026-11-25T10:00:00.000Z'));
    const board = await aBoard(t.db, { slug: 'lcrb', name: 'London Crime Reduction Board' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board });
    await aLinkedAccount(t.db, slack('UTIM'), tim.id);
    const who = await core.identify(slack('UTIM'));
    if (!who.ok) throw new Error('Tim is linked');
    const action = await anAction(t.db, board, { owners: [tim] });
    const noted = await core.replyToReminder(who.actor, action.ref, 'Drafting with finance');
    expect(noted.ok && noted.card?.status).toBe('open');
    const done = await core.replyToReminder(who.actor, action.ref, 'done: paper circulated');
    expect(done.ok && done.card?.status).toBe('complete');
    expect(done.card?.latest?.note).toBe('paper circulated');
  });
});
