import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInert, visibleText } from './mock-slack.ts';
import { startHarness, type Harness } from './harness.ts';
import { aPerson } from '../../support/builders.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const historyOf = (ref: string) =>
  h.service.db
    .selectFrom('action_updates')
    .innerJoin('actions', 'actions.id', 'action_updates.action_id')
    .select([
      'action_updates.kind',
      'action_updates.source',
      'action_updates.note',
      'action_updates.status_to',
      'action_updates.actor_name',
    ])
    .where('actions.ref', '=', ref)
    .orderBy('action_updates.id')
    .execute();

describe('/actions from Slack', () => {
  it('answers /actions help ephemerally, in Block Kit', async () => {
    const answer = await h.command('UTIM', 'help');
    expect(answer.args.response_type).toBe('ephemeral');
    expect(Array.isArray(answer.args.blocks)).toBe(true);
    expect(visibleText(answer.args.blocks)).toContain('mine');
  });

  it('answers an empty /actions with help', async () => {
    const answer = await h.command('UTIM', '');
    expect(visibleText(answer.args.blocks)).toMatch(/outstanding/);
  });

  it("lists an owner's open actions with buttons on each (mine)", async () => {
    const answer = await h.command('UTIM', 'mine');
    const text = visibleText(answer.args.blocks);
    expect(text).toContain('LCRB-1');
    expect(text).toContain('Circulate the knife crime figures');
    const buttons = JSON.stringify(answer.args.blocks);
    expect(buttons).toContain('Complete');
    expect(buttons).toContain('Add update');
  });

  it('shows one action with its history (show)', async () => {
    const answer = await h.command('UTIM', 'show lcrb-1');
    expect(visibleText(answer.args.blocks)).toContain(
      'Bring back a full proposal on payment by results',
    );
  });

  it('updates, completes and notes an action, recording slack as the source', async () => {
    await h.command('UTIM', 'update LCRB-1 in progress "Draft with the Commissioner"');
    await h.command('UTIM', 'note LCRB-1 Waiting for the Home Office figures');
    const done = await h.command('UTIM', 'done LCRB-1 "Paper circulated"');
    expect(visibleText(done.args.blocks)).toContain('LCRB-1 is now complete');
    const history = (await historyOf('LCRB-1')).filter((u) => u.kind !== 'created');
    expect(history.map((u) => [u.source, u.status_to, u.note])).toEqual([
      ['slack', 'in_progress', 'Draft with the Commissioner'],
      ['slack', null, 'Waiting for the Home Office figures'],
      ['slack', 'complete', 'Paper circulated'],
    ]);
  });

  it("gives the chair a board's outstanding actions (outstanding) and boards", async () => {
    const answer = await h.command('USADIQ', 'outstanding lcrb');
    expect(visibleText(answer.args.blocks)).toContain('2 outstanding');
    const boards = await h.command('USADIQ', 'boards');
    expect(visibleText(boards.args.blocks)).toContain('London Crime Reduction Board');
  });

  it('lets the secretariat add and assign actions (add, assign)', async () => {
    const added = await h.command(
      'UGEMMA',
      'add lcrb TG "Report on youth violence" due next meeting',
    );
    expect(visibleText(added.args.blocks)).toContain('Added LCRB-3 for Tim Godwin');
    const assigned = await h.command('UGEMMA', 'assign LCRB-3 Gemma Townsend');
    expect(visibleText(assigned.args.blocks)).toContain('LCRB-3 is now owned by Gemma Townsend');
  });

  it('refuses an owner adding actions and says who can', async () => {
    const answer = await h.command('UTIM', 'add lcrb TG "Something" due next meeting');
    expect(visibleText(answer.args.blocks)).toContain('Only the secretariat');
  });

  it('keeps a <!channel> note inert everywhere it is shown', async () => {
    // Slack delivers a typed @channel as <!channel> in the command text.
    await h.command('UTIM', 'note LCRB-1 <!channel> <@U999> please read &amp; reply');
    const [note] = (await historyOf('LCRB-1')).filter((u) => u.kind === 'note');
    expect(note!.note).toBe('<!channel> <@U999> please read &amp; reply'.replace('&amp;', '&'));
    const shown = await h.command('UTIM', 'show LCRB-1');
    expect(isInert(shown.args)).toBe(true);
    expect(visibleText(shown.args.blocks)).toMatch(/<!channel>|&lt;!channel&gt;/);
  });
});

describe('people Slack does not know yet', () => {
  it('links an unknown Slack user by the email Slack holds, on first contact', async () => {
    h.mock.users.set('UNEW', 'Tim.Godwin@met.example');
    await h.service.db.deleteFrom('identities').where('user_id', '=', 'UTIM').execute();
    const answer = await h.command('UNEW', 'mine');
    expect(visibleText(answer.args.blocks)).toContain('LCRB-1');
    expect(h.mock.callsOf('users.info').at(-1)!.args.user).toBe('UNEW');
    const identity = await h.service.core.identify({
      platform: 'slack',
      workspaceId: 'T1',
      userId: 'UNEW',
    });
    expect(identity.ok && identity.actor.person.name).toBe('Tim Godwin');
  });

  it('tells an unmatched user who can link them, and the secretariat can', async () => {
    h.mock.users.set('USTRANGER', 'someone@elsewhere.example');
    const refused = await h.command('USTRANGER', 'mine');
    const text = visibleText(refused.args.blocks);
    expect(text).toContain("I don't know you yet");
    expect(text).toContain('Gemma Townsend');

    const notAllowed = await h.command('UTIM', 'link <@USTRANGER|stranger> "Sadiq Khan"');
    expect(visibleText(notAllowed.args.blocks)).toContain('Only a board secretariat');

    // Sadiq already has a Slack account: a second one is refused, a new member is linked.
    const second = await h.command('UGEMMA', 'link <@USTRANGER|stranger> "Sadiq Khan"');
    expect(visibleText(second.args.blocks)).toContain('Sadiq Khan already has a Slack account');
    await aPerson(h.service.db, { name: 'Priya Shah', board: h.board, role: 'chair' });
    const linked = await h.command('UGEMMA', 'link <@USTRANGER|stranger> "Priya Shah"');
    expect(visibleText(linked.args.blocks)).toContain('now act as Priya Shah');
    const now = await h.command('USTRANGER', 'boards');
    expect(visibleText(now.args.blocks)).toContain('chair');
  });

  it('explains how to type the link command when it is malformed', async () => {
    const answer = await h.command('UGEMMA', 'link Sadiq');
    expect(visibleText(answer.args.blocks)).toContain('/actions link @someone');
  });
});

describe('request verification', () => {
  it('refuses a forged signature with 401 and changes nothing', async () => {
    const body = new URLSearchParams({
      team_id: 'T1',
      user_id: 'UTIM',
      command: '/actions',
      text: 'done LCRB-1',
      response_url: h.mock.responseUrl('forged'),
      trigger_id: 't-forged',
    }).toString();
    const res = await h.post(body, 'application/x-www-form-urlencoded', {
      signature: 'v0=' + '0'.repeat(64),
    });
    expect(res.status).toBe(401);
    const action = await h.service.db
      .selectFrom('actions')
      .select('status')
      .where('ref', '=', 'LCRB-1')
      .executeTakeFirstOrThrow();
    expect(action.status).toBe('open');
  });

  it('refuses a Slack request signed six minutes ago', async () => {
    const body = new URLSearchParams({
      team_id: 'T1',
      user_id: 'UTIM',
      command: '/actions',
      text: 'done LCRB-1',
      response_url: h.mock.responseUrl('old'),
      trigger_id: 't-old',
    }).toString();
    const signedAt = Math.floor(h.clock.now().getTime() / 1000);
    h.clock.advance(6 * 60_000);
    const res = await h.post(body, 'application/x-www-form-urlencoded', { timestamp: signedAt });
    expect(res.status).toBe(401);
    expect(h.mock.callsOf('response_url')).toHaveLength(0);
    const action = await h.service.db
      .selectFrom('actions')
      .select('status')
      .where('ref', '=', 'LCRB-1')
      .executeTakeFirstOrThrow();
    expect(action.status).toBe('open');
  });

  it('refuses a signed but malformed payload with 400', async () => {
    const res = await h.post('payload=%7Bnot-json', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const res = await h.post(
      `text=${'x'.repeat(1024 * 1024 + 10)}`,
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(413);
  });

  it('answers Slack URL verification with the challenge', async () => {
    const res = await h.post(
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('abc123');
  });
});
