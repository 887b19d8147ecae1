/**
 * Attacks on the update path through Slack: forged and replayed button presses, a member pressing
 * a forged button for an action that is not theirs, and an outsider asking for a board's actions.
 * Every refusal is decided by the service from who the signed request says is asking, never from
 * what the button claims.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain.ts';
import type { ButtonIntent } from '../../src/message.ts';
import { aBoard, aPerson, aLinkedAccount } from '../support/builders.ts';
import { sign, startHarness, TEAM, type Harness } from '../adapters/slack/harness.ts';
import { visibleText } from '../adapters/slack/mock-slack.ts';
import { buttonBody, commandBody, statusAndHistory } from './slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
let member: Person;
let outsider: Person;
beforeEach(async () => {
  h = await startHarness();
  member = await aPerson(h.service.db, { name: 'Lib Peck', initials: 'LP', board: h.board });
  const other = await aBoard(h.service.db, { slug: 'dmg', name: 'Delivery Management Group' });
  outsider = await aPerson(h.service.db, { name: 'Nick Ross', initials: 'NR', board: other });
  for (const [person, userId] of [
    [member, 'UPECK'],
    [outsider, 'UROSS'],
  ] as const) {
    await aLinkedAccount(
      h.service.db,
      { platform: 'slack', workspaceId: TEAM, userId },
      person.id,
      null,
    );
  }
});
afterEach(() => h.close());

const completeLcrb1 = async (): Promise<ButtonIntent> => ({
  kind: 'set_status',
  ref: 'LCRB-1',
  status: 'complete',
  version: (await statusAndHistory(h.service.db, 'LCRB-1')).version,
});

/** Waits until the service has answered `id` (or fails the test after the mock's 10 s). */
const answerTo = (id: string) =>
  h.mock.waitFor('response_url', (c) => c.args.id === id).then((c) => visibleText(c.args.blocks));

describe('forged and replayed button presses', () => {
  it('refuses a button press signed with the wrong secret, changing nothing', async () => {
    const body = buttonBody('UTIM', await completeLcrb1(), h.mock.responseUrl('f1'), 'trig-f1');
    const timestamp = Math.floor(h.clock.now().getTime() / 1000);
    const res = await h.post(body, FORM, { signature: sign(body, timestamp, 'not-the-secret') });
    expect(res.status).toBe(401);
    // A command sent after it is answered first: the forged press was never queued.
    await h.command('UTIM', 'help');
    expect(h.mock.callsOf('response_url').map((c) => c.args.id)).not.toContain('f1');
    expect(await statusAndHistory(h.service.db, 'LCRB-1')).toMatchObject({
      status: 'open',
      changes: [],
    });
  });

  it('applies a replayed button press once, and answers it once', async () => {
    const body = buttonBody('UTIM', await completeLcrb1(), h.mock.responseUrl('r1'), 'trig-r1');
    const timestamp = Math.floor(h.clock.now().getTime() / 1000);
    const signature = sign(body, timestamp);
    expect((await h.post(body, FORM, { timestamp, signature })).status).toBe(200);
    await h.mock.waitFor('response_url', (c) => c.args.id === 'r1');
    h.clock.advance(60_000);
    expect((await h.post(body, FORM, { timestamp, signature })).status).toBe(200);
    await h.command('UTIM', 'help');
    expect(h.mock.callsOf('response_url').filter((c) => c.args.id === 'r1')).toHaveLength(1);
    const { status, changes } = await statusAndHistory(h.service.db, 'LCRB-1');
    expect(status).toBe('complete');
    expect(changes).toHaveLength(1);
  });

  it('refuses a replayed button press six minutes later with 401', async () => {
    const body = buttonBody('UTIM', await completeLcrb1(), h.mock.responseUrl('r6'), 'trig-r6');
    const timestamp = Math.floor(h.clock.now().getTime() / 1000);
    h.clock.advance(6 * 60_000);
    expect((await h.post(body, FORM, { timestamp })).status).toBe(401);
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).changes).toEqual([]);
  });

  it('refuses an update command replayed six minutes later, changing nothing', async () => {
    const body = commandBody('UTIM', 'update LCRB-2 dropped', h.mock.responseUrl('c6'));
    const timestamp = Math.floor(h.clock.now().getTime() / 1000);
    h.clock.advance(6 * 60_000);
    expect((await h.post(body, FORM, { timestamp })).status).toBe(401);
    expect((await statusAndHistory(h.service.db, 'LCRB-2')).changes).toEqual([]);
  });
});

describe('updating an action that is not yours', () => {
  it("refuses a member's forged button naming someone else's action, and says who can", async () => {
    const body = buttonBody('UPECK', await completeLcrb1(), h.mock.responseUrl('x1'), 'trig-x1');
    expect((await h.post(body, FORM)).status).toBe(200);
    expect(await answerTo('x1')).toContain(
      "Only the owners of LCRB-1 or the board's secretariat (Gemma Townsend) can update it.",
    );
    expect(await statusAndHistory(h.service.db, 'LCRB-1')).toMatchObject({
      status: 'open',
      changes: [],
    });
  });

  it('refuses the same forged button from the chair, who may read but not update', async () => {
    const body = buttonBody('USADIQ', await completeLcrb1(), h.mock.responseUrl('x2'), 'trig-x2');
    await h.post(body, FORM);
    expect(await answerTo('x2')).toMatch(/Only the owners of LCRB-1/);
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).status).toBe('open');
  });

  it('refuses a forged button from someone outside the board', async () => {
    const body = buttonBody('UROSS', await completeLcrb1(), h.mock.responseUrl('x3'), 'trig-x3');
    await h.post(body, FORM);
    expect(await answerTo('x3')).toBe(
      "You can't see LCRB-1: it is not yours and you do not sit on its board.",
    );
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).status).toBe('open');
  });

  it('refuses an update typed as /actions by someone who does not own the action', async () => {
    const answer = await h.command('UPECK', 'done LCRB-2 "Not mine"');
    expect(visibleText(answer.args.blocks)).toMatch(/Only the owners of LCRB-2/);
    expect((await statusAndHistory(h.service.db, 'LCRB-2')).changes).toEqual([]);
  });
});

describe('reading a board you do not sit on', () => {
  it('refuses outstanding for that board and shows none of its actions', async () => {
    const answer = await h.command('UROSS', 'outstanding lcrb');
    const text = visibleText(answer.args.blocks);
    expect(text).toMatch(/You do not sit on London Crime Reduction Board/);
    expect(text).not.toContain('payment by results');
    expect(text).not.toContain('LCRB-1');
  });

  it('refuses to show one of its actions', async () => {
    const answer = await h.command('UROSS', 'show LCRB-1');
    expect(visibleText(answer.args.blocks)).toMatch(/You can't see LCRB-1/);
    expect(visibleText(answer.args.blocks)).not.toContain('payment by results');
  });

  it('gives a board member outstanding for their own board (the same request, allowed)', async () => {
    const answer = await h.command('UPECK', 'outstanding lcrb');
    expect(visibleText(answer.args.blocks)).toContain('LCRB-1');
  });
});
