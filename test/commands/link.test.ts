import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkUser } from '../../src/commands/link.ts';
import { findPersonByIdentity } from '../../src/register/people.ts';
import { renderText } from '../../adapters/console/render.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aPerson, cliActor } from '../support/builders.ts';

describe('linking a platform user to a person', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.close();
  });

  it('tells a non-secretariat what their secretariat should type, in their platform’s words', async () => {
    const board = await aBoard(t.db);
    const member = await cliActor(t.db, await aPerson(t.db, { board }));
    const ctx = { db: t.db, clock: new FakeClock() };
    const teams = renderText(
      await linkUser(
        ctx,
        member,
        { platform: 'teams', workspaceId: 'tenant', userId: 'aad-1' },
        'Tim',
      ),
    );
    const slack = renderText(
      await linkUser(ctx, member, { platform: 'slack', workspaceId: 'T1', userId: 'U1' }, 'Tim'),
    );
    expect(teams).toContain('`link @someone "Tim Godwin"`');
    expect(teams).not.toContain('/actions');
    expect(slack).toContain('`/actions link @someone "Tim Godwin"`');
    expect(await findPersonByIdentity(t.db, 'teams', 'tenant', 'aad-1')).toBeUndefined();
  });

  it('lets the secretariat link a user, who then acts as that person', async () => {
    const board = await aBoard(t.db);
    const secretariat = await cliActor(t.db, await aPerson(t.db, { board, role: 'secretariat' }));
    await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG' });
    const said = renderText(
      await linkUser(
        { db: t.db, clock: new FakeClock() },
        secretariat,
        { platform: 'teams', workspaceId: 'tenant', userId: 'aad-1' },
        'Tim Godwin',
      ),
    );
    expect(said).toBe('Linked: messages from that teams user now act as Tim Godwin.');
    expect((await findPersonByIdentity(t.db, 'teams', 'tenant', 'aad-1'))?.name).toBe('Tim Godwin');
  });
});
