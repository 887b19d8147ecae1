import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDue } from '../../../src/reminders/deliverer.ts';
import { silentLogger } from '../../../src/log.ts';
import { listIdentityAudit } from '../../../src/register/identity-audit.ts';
import { findPersonByIdentity } from '../../../src/register/people.ts';
import { aBoard, aPerson, aLinkedAccount } from '../../support/builders.ts';
import { visibleText } from './mock-slack.ts';
import { startHarness, TEAM, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const whoIs = (userId: string) => findPersonByIdentity(h.service.db, 'slack', TEAM, userId);

describe('/actions link from Slack (signed requests)', () => {
  it("refuses another board's secretariat taking over the LCRB secretariat's identity", async () => {
    const dmg = await aBoard(h.service.db, { slug: 'dmg' });
    const mal = await aPerson(h.service.db, { name: 'Mal Lory', board: dmg, role: 'secretariat' });
    await aLinkedAccount(
      h.service.db,
      { platform: 'slack', workspaceId: TEAM, userId: 'UMAL' },
      mal.id,
      null,
    );
    const answer = await h.command('UMAL', 'link <@UMAL|mal> "Gemma Townsend"');
    expect(visibleText(answer.args.blocks)).toContain(
      'I can’t find “Gemma Townsend” among the people on DMG',
    );
    expect((await whoIs('UMAL'))?.name).toBe('Mal Lory');
    const add = await h.command('UMAL', 'add lcrb TG "Planted action"');
    expect(visibleText(add.args.blocks)).toContain(
      'Only the secretariat of London Crime Reduction Board',
    );
  });

  it("refuses re-linking an owner's account to the chair; the owner keeps their own actions", async () => {
    const answer = await h.command('UGEMMA', 'link <@UTIM|tim> "Sadiq Khan"');
    const said = visibleText(answer.args.blocks);
    expect(said).toContain('That Slack account is already linked to someone in the register');
    expect(said).toContain('arising person unlink');
    expect((await whoIs('UTIM'))?.name).toBe('Tim Godwin');
    const mine = await h.command('UTIM', 'mine');
    expect(visibleText(mine.args.blocks)).toContain('Your open actions (2)');
  });

  it('links a member of the board, records it and tells the linked account once', async () => {
    await aPerson(h.service.db, { name: 'Jo Hart', board: h.board });
    const answer = await h.command('UGEMMA', 'link <@UJO|jo> "Jo Hart"');
    expect(visibleText(answer.args.blocks)).toContain(
      'Linked: messages from that Slack user now act as Jo Hart.',
    );
    expect((await whoIs('UJO'))?.name).toBe('Jo Hart');
    const audit = await listIdentityAudit(h.service.db);
    expect(audit.at(-1)).toMatchObject({ change: 'link', userId: 'UJO', personName: 'Jo Hart' });
    const deps = {
      db: h.service.db,
      clock: h.clock,
      messengers: h.service.messengers,
      instance: 'test',
      logger: silentLogger,
    };
    await deliverDue(deps);
    await deliverDue(deps);
    const told = h.mock
      .callsOf('chat.postMessage')
      .filter((c) => JSON.stringify(c.args).includes('was linked to Jo Hart'));
    expect(told).toHaveLength(1);
    expect(String(told[0]!.args.channel)).toMatch(/JO$/);
    expect(visibleText(told[0]!.args.blocks)).toContain(
      'Your Slack account was linked to Jo Hart by Gemma Townsend (LCRB secretariat).',
    );
  });
});
