import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { linkUser } from '../../src/commands/link.ts';
import { unlinkUser } from '../../src/commands/unlink.ts';
import { unlinkByCli } from '../../src/register/unlink.ts';
import { findPersonByIdentity, linkIdentity, listIdentities } from '../../src/register/people.ts';
import { listIdentityAudit } from '../../src/register/identity-audit.ts';
import { deliverDue } from '../../src/reminders/deliverer.ts';
import { renderText } from '../../adapters/console/render.ts';
import type { Messenger } from '../../src/ports.ts';
import type { Message } from '../../src/message.ts';
import { silentLogger } from '../../src/log.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aPerson, cliActor } from '../support/builders.ts';

const slackUser = (userId: string) => ({ platform: 'slack' as const, workspaceId: 'T1', userId });

/** A messenger that records what it was asked to send, as a platform would show it. */
function recordingMessenger(platform: 'slack' | 'teams') {
  const sent: { userId: string; text: string }[] = [];
  const messenger: Messenger = {
    platform,
    async send(notice, message: Message) {
      sent.push({
        userId: notice.recipient.kind === 'person' ? notice.recipient.userId : '',
        text: renderText(message),
      });
      return { ok: true, messageId: `m${sent.length}` };
    },
  };
  return { messenger, sent };
}

describe('linking a platform user to a person', () => {
  let t: TestDb;
  const clock = new FakeClock();
  beforeEach(async () => {
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.close();
  });
  const ctx = () => ({ db: t.db, clock });

  it('tells a non-secretariat what their secretariat should type, in their platform’s words', async () => {
    const board = await aBoard(t.db);
    const member = await cliActor(t.db, await aPerson(t.db, { board }));
    const teams = renderText(
      await linkUser(
        ctx(),
        member,
        { platform: 'teams', workspaceId: 'tenant', userId: 'aad-1' },
        'Tim',
      ),
    );
    const slack = renderText(await linkUser(ctx(), member, slackUser('U1'), 'Tim'));
    expect(teams).toContain('`link @someone "Tim Godwin"`');
    expect(teams).not.toContain('/actions');
    expect(slack).toContain('`/actions link @someone "Tim Godwin"`');
    expect(await findPersonByIdentity(t.db, 'teams', 'tenant', 'aad-1')).toBeUndefined();
  });

  it('lets the secretariat link a member of their board, audits it and tells the account', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb' });
    const gemma = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board });
    const said = renderText(
      await linkUser(ctx(), await cliActor(t.db, gemma), slackUser('UTIM'), 'Tim Godwin'),
    );
    expect(said).toContain('Linked: messages from that Slack user now act as Tim Godwin.');
    expect((await findPersonByIdentity(t.db, 'slack', 'T1', 'UTIM'))?.name).toBe('Tim Godwin');
    expect(await listIdentityAudit(t.db)).toEqual([
      {
        change: 'link',
        by: { kind: 'person', personId: gemma.id, name: 'Gemma Townsend' },
        platform: 'slack',
        workspaceId: 'T1',
        userId: 'UTIM',
        personId: tim.id,
        personName: 'Tim Godwin',
        at: clock.now().toISOString(),
      },
    ]);
    const slack = recordingMessenger('slack');
    const deps = {
      db: t.db,
      clock,
      messengers: new Map([['slack', slack.messenger]]),
      instance: 'test',
      logger: silentLogger,
    };
    await deliverDue(deps);
    await deliverDue(deps);
    expect(slack.sent).toHaveLength(1);
    expect(slack.sent[0]!.userId).toBe('UTIM');
    expect(slack.sent[0]!.text).toContain(
      'Your Slack account was linked to Tim Godwin by Gemma Townsend (LCRB secretariat).',
    );
    expect(slack.sent[0]!.text).toContain("If this wasn't you");
  });

  it('refuses to let one board’s secretariat link anyone on another board, saying nothing about it', async () => {
    const a = await aBoard(t.db, { slug: 'dmg' });
    const b = await aBoard(t.db, { slug: 'lcrb' });
    const mallory = await aPerson(t.db, { name: 'Mal Lory', board: a, role: 'secretariat' });
    await aPerson(t.db, {
      name: 'Gemma Townsend',
      email: 'gemma@lcrb.example',
      board: b,
      role: 'secretariat',
    });
    const actor = await cliActor(t.db, mallory);
    const byName = renderText(await linkUser(ctx(), actor, slackUser('UMAL'), 'Gemma Townsend'));
    const byEmail = renderText(
      await linkUser(ctx(), actor, slackUser('UMAL'), 'gemma@lcrb.example'),
    );
    const nobody = renderText(await linkUser(ctx(), actor, slackUser('UMAL'), 'Nobody Atall'));
    expect(byName).toContain('I can’t find “Gemma Townsend” among the people on DMG');
    // The same words as for someone not in the register at all: nothing leaks about board B.
    expect(byName.replace('Gemma Townsend', 'X')).toBe(nobody.replace('Nobody Atall', 'X'));
    expect(byEmail.replace('gemma@lcrb.example', 'X')).toBe(nobody.replace('Nobody Atall', 'X'));
    expect(await findPersonByIdentity(t.db, 'slack', 'T1', 'UMAL')).toBeUndefined();
    expect(await listIdentityAudit(t.db)).toEqual([]);
  });

  it('never re-points an account already linked to someone, and says how to unlink', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb' });
    const sec = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const chair = await aPerson(t.db, { name: 'Sophie Linden', board, role: 'chair' });
    const owner = await aPerson(t.db, { name: 'Tim Godwin', board });
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: owner.id, conversationRef: null },
      clock.now(),
    );
    const said = renderText(
      await linkUser(ctx(), await cliActor(t.db, sec), slackUser('UTIM'), 'Sophie Linden'),
    );
    expect(said).toContain('That Slack account is already linked to someone in the register');
    expect(said).toContain('`unlink "Their Name" slack`');
    expect(said).toContain('`arising person unlink "Their Name" --platform slack`');
    expect((await findPersonByIdentity(t.db, 'slack', 'T1', 'UTIM'))?.id).toBe(owner.id);
    expect(await listIdentities(t.db, chair.id)).toEqual([]);
    expect(await listIdentityAudit(t.db)).toEqual([]);
  });

  it('does not give a person a second account on the same platform', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb' });
    const sec = await cliActor(
      t.db,
      await aPerson(t.db, { name: 'G T', board, role: 'secretariat' }),
    );
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: tim.id, conversationRef: null },
      clock.now(),
    );
    const said = renderText(await linkUser(ctx(), sec, slackUser('UOTHER'), 'Tim Godwin'));
    expect(said).toContain('Tim Godwin already has a Slack account linked');
    expect(said).toContain('`unlink "Tim Godwin" slack`');
    expect(await findPersonByIdentity(t.db, 'slack', 'T1', 'UOTHER')).toBeUndefined();
    expect((await listIdentities(t.db, tim.id)).map((i) => i.userId)).toEqual(['UTIM']);
  });
});

describe('unlinking a person’s account', () => {
  let t: TestDb;
  const clock = new FakeClock();
  beforeEach(async () => {
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.close();
  });

  it('lets the secretariat of every board the person sits on unlink them, audited', async () => {
    const board = await aBoard(t.db, { slug: 'lcrb' });
    const sec = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: tim.id, conversationRef: null },
      clock.now(),
    );
    const said = renderText(
      await unlinkUser({ db: t.db, clock }, await cliActor(t.db, sec), 'Tim Godwin', 'slack'),
    );
    expect(said).toBe('Unlinked Tim Godwin’s Slack account. They can be linked again with `link`.');
    expect(await listIdentities(t.db, tim.id)).toEqual([]);
    expect((await listIdentityAudit(t.db)).map((e) => [e.change, e.userId, e.personName])).toEqual([
      ['unlink', 'UTIM', 'Tim Godwin'],
    ]);
  });

  it('is typed in chat as unlink "Tim Godwin" slack', async () => {
    const { handleText } = await import('../../src/commands/execute.ts');
    const board = await aBoard(t.db, { slug: 'lcrb' });
    const sec = await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board });
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: tim.id, conversationRef: null },
      clock.now(),
    );
    const actor = await cliActor(t.db, sec);
    expect(
      renderText(await handleText({ db: t.db, clock }, actor, 'unlink "Tim Godwin" email')),
    ).toContain('Try: unlink "Tim Godwin" slack');
    expect(
      renderText(await handleText({ db: t.db, clock }, actor, 'unlink "Tim Godwin" slack')),
    ).toContain('Unlinked Tim Godwin’s Slack account.');
    expect(await listIdentities(t.db, tim.id)).toEqual([]);
  });

  it('refuses a secretariat who does not run every board the person sits on', async () => {
    const a = await aBoard(t.db, { slug: 'dmg' });
    const b = await aBoard(t.db, { slug: 'lcrb' });
    const sec = await aPerson(t.db, { name: 'Mal Lory', board: a, role: 'secretariat' });
    const tim = await aPerson(t.db, { name: 'Tim Godwin', board: a });
    const { addMembership } = await import('../../src/register/people.ts');
    await addMembership(t.db, b.id, tim.id, 'chair');
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: tim.id, conversationRef: null },
      clock.now(),
    );
    const said = renderText(
      await unlinkUser({ db: t.db, clock }, await cliActor(t.db, sec), 'Tim Godwin', 'slack'),
    );
    expect(said).toContain('Only the secretariat of every board Tim Godwin sits on');
    expect(said).toContain('`arising person unlink "Tim Godwin" --platform slack`');
    expect(await listIdentities(t.db, tim.id)).toHaveLength(1);
    expect(await listIdentityAudit(t.db)).toEqual([]);
  });

  it('unlinks from the command line, audited as cli', async () => {
    const tim = await aPerson(t.db, { name: 'Tim Godwin' });
    await linkIdentity(
      t.db,
      { ...slackUser('UTIM'), personId: tim.id, conversationRef: null },
      clock.now(),
    );
    await linkIdentity(
      t.db,
      {
        platform: 'teams',
        workspaceId: 'tenant',
        userId: 'aad-1',
        personId: tim.id,
        conversationRef: null,
      },
      clock.now(),
    );
    const outcome = await unlinkByCli(t.db, clock, 'Tim Godwin', 'teams');
    expect(outcome).toEqual({ ok: true, person: 'Tim Godwin', removed: 1 });
    expect((await listIdentities(t.db, tim.id)).map((i) => i.platform)).toEqual(['slack']);
    expect((await listIdentityAudit(t.db)).map((e) => [e.change, e.by, e.userId])).toEqual([
      ['unlink', { kind: 'cli' }, 'aad-1'],
    ]);
  });
});

describe.each(DIALECTS)('the identity audit trail (%s)', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuses to change or delete an entry', async () => {
    const board = await aBoard(t.db);
    const sec = await cliActor(t.db, await aPerson(t.db, { board, role: 'secretariat' }));
    await aPerson(t.db, { name: 'Tim Godwin', board });
    await linkUser({ db: t.db, clock: new FakeClock() }, sec, slackUser('UTIM'), 'Tim Godwin');
    await expect(
      sql`update identity_audit set person_id = person_id + 1`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from identity_audit`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await listIdentityAudit(t.db)).toHaveLength(1);
  });
});

describe('first contact: linking oneself by email', () => {
  let t: TestDb;
  const clock = new FakeClock();
  beforeEach(async () => {
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.close();
  });

  it('audits a self-link by email, and never re-points an account linked to someone else', async () => {
    const { linkByEmail } = await import('../../src/first-contact.ts');
    const tim = await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org' });
    const chair = await aPerson(t.db, { name: 'Sophie Linden', email: 'sophie@example.org' });
    expect((await linkByEmail(t.db, clock, slackUser('UTIM'), 'tim@example.org', null))?.id).toBe(
      tim.id,
    );
    expect(
      await linkByEmail(t.db, clock, slackUser('UTIM'), 'sophie@example.org', null),
    ).toBeUndefined();
    expect((await findPersonByIdentity(t.db, 'slack', 'T1', 'UTIM'))?.id).toBe(tim.id);
    expect(await listIdentities(t.db, chair.id)).toEqual([]);
    expect((await listIdentityAudit(t.db)).map((e) => [e.change, e.by, e.personName])).toEqual([
      ['self-link', { kind: 'person', personId: tim.id, name: 'Tim Godwin' }, 'Tim Godwin'],
    ]);
  });
});
