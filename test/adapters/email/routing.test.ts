/**
 * Who gets what by email: recipient resolution in the deliverer (routeFor), on both engines.
 * Auto: the chat account the person last used, else email; a preference picks email, Slack or
 * Teams when it can be met; no account and no email is undeliverable, with the reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, Person } from '../../../src/domain.ts';
import type { Messenger } from '../../../src/ports.ts';
import { routeFor } from '../../../src/reminders/deliverer.ts';
import { setChannelPreference } from '../../../src/register/channels.ts';
import { linkIdentity } from '../../../src/register/people.ts';
import { aBoard, aPerson } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { DIALECTS, openTestDb, type TestDb } from '../../support/db.ts';
import { RecordingMessenger } from '../../reminders/support.ts';

describe.each(DIALECTS)('routing notices to email on %s', (dialect) => {
  let t: TestDb;
  let board: Board;
  const clock = new FakeClock('2026-12-01T09:00:00.000Z');
  const slack = new RecordingMessenger('slack', clock);
  const teams = new RecordingMessenger('teams', clock);
  const console = new RecordingMessenger('console', clock);
  const email: Messenger = { platform: 'email', send: async () => ({ ok: true, messageId: 'm' }) };
  const all = new Map<string, Messenger>([
    ['console', console],
    ['slack', slack],
    ['teams', teams],
    ['email', email],
  ]);
  beforeEach(async () => {
    t = await openTestDb(dialect);
    board = await aBoard(t.db);
  });
  afterEach(async () => {
    await t.close();
  });

  const link = async (person: Person, platform: 'slack' | 'teams', at: string) =>
    linkIdentity(
      t.db,
      {
        personId: person.id,
        platform,
        workspaceId: 'W1',
        userId: `${platform}-${person.id}`,
        conversationRef: null,
      },
      new Date(at),
    );
  const route = (person: Person, messengers = all) =>
    routeFor(t.db, { person_id: person.id, recipient: null }, messengers);

  it('emails a person with an email address and no chat account', async () => {
    const tim = await aPerson(t.db, { board, email: 'tim@example.org' });
    expect(await route(tim)).toMatchObject({
      ok: true,
      messenger: email,
      recipient: { kind: 'person', userId: 'tim@example.org', personId: tim.id },
    });
  });

  it('auto: the chat account the person last used, else email', async () => {
    const tim = await aPerson(t.db, { board, email: 'tim@example.org' });
    await link(tim, 'slack', '2026-11-01T09:00:00Z');
    await link(tim, 'teams', '2026-11-20T09:00:00Z');
    expect(await route(tim)).toMatchObject({ ok: true, messenger: teams });
    await setChannelPreference(t.db, tim.id, 'auto');
    expect(await route(tim)).toMatchObject({ ok: true, messenger: teams });
  });

  it('follows a preference for email, Slack or Teams', async () => {
    const tim = await aPerson(t.db, { board, email: 'tim@example.org' });
    await link(tim, 'slack', '2026-11-01T09:00:00Z');
    await link(tim, 'teams', '2026-11-20T09:00:00Z');
    await setChannelPreference(t.db, tim.id, 'email');
    expect(await route(tim)).toMatchObject({ ok: true, messenger: email });
    await setChannelPreference(t.db, tim.id, 'slack');
    expect(await route(tim)).toMatchObject({ ok: true, messenger: slack });
  });

  it('falls back to auto when the preference cannot be met', async () => {
    const noEmail = await aPerson(t.db, { board, email: null });
    await link(noEmail, 'slack', '2026-11-01T09:00:00Z');
    await setChannelPreference(t.db, noEmail.id, 'email');
    expect(await route(noEmail)).toMatchObject({ ok: true, messenger: slack });
    const emailOnly = await aPerson(t.db, { board, email: 'e@example.org' });
    await setChannelPreference(t.db, emailOnly.id, 'teams');
    expect(await route(emailOnly)).toMatchObject({ ok: true, messenger: email });
  });

  it('calls a person with no account and no email undeliverable, saying why', async () => {
    const nobody = await aPerson(t.db, { board, email: null });
    expect(await route(nobody)).toEqual({
      ok: false,
      reason: 'no slack or teams account is linked to this person and they have no email address',
    });
  });

  it('keeps the console for the local default when no chat platform is configured', async () => {
    const nobody = await aPerson(t.db, { board, email: null });
    const local = new Map<string, Messenger>([
      ['console', console],
      ['email', email],
    ]);
    expect(await route(nobody, local)).toMatchObject({ ok: true, messenger: console });
    const tim = await aPerson(t.db, { board, email: 'tim@example.org' });
    expect(await route(tim, local)).toMatchObject({ ok: true, messenger: email });
  });
});
