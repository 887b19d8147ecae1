/**
 * Universal-action refresh, driven as Teams drives the bot: signed activities to the running
 * service and a mock Bot Connector. Action cards ask to be refreshed for their owners (by the
 * `29:` ids Teams gave them); the refresh invoke answers with the card as it stands now for
 * whoever opened it, and never shows an action to someone who may not see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/main.ts';
import type { Action, Board } from '../../../src/domain.ts';
import { getActionByRef } from '../../../src/register/actions.ts';
import { aBoard, aMeeting, anAction, aPerson } from '../../support/builders.ts';
import { cardObjects, checkCard } from '../../support/adaptive-cards.ts';
import {
  personalActivity,
  visibleText,
  type Connector,
  type Issuer,
  type TeamsUser,
  type Wire,
} from './mock-teams.ts';
import { startTeamsService, type TeamsService } from './teams-service.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
const TIM: TeamsUser = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };
const GEMMA: TeamsUser = { id: '29:gemma', aadObjectId: 'aad-gemma', name: 'Gemma Townsend' };
const JANE: TeamsUser = { id: '29:jane', aadObjectId: 'aad-jane', name: 'Jane Harwood' };
const STRANGER: TeamsUser = { id: '29:stranger', aadObjectId: 'aad-x', name: 'A Stranger' };

let issuer: Issuer;
let connector: Connector;
let service: Service;
let teams: TeamsService;
let board: Board;
let open: Action;
let secret: Action;

beforeAll(async () => {
  teams = await startTeamsService(BOT, 'arising-teams-refresh-');
  ({ issuer, connector, service } = teams);
  board = await aBoard(service.db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  const next = await aMeeting(service.db, board, '2026-12-08T10:00:00Z');
  const tim = await aPerson(service.db, { name: 'Tim Godwin', email: 'tim@example.gov.uk', board });
  await aPerson(service.db, {
    name: 'Gemma Townsend',
    email: 'gemma@example.gov.uk',
    board,
    role: 'secretariat',
  });
  await aPerson(service.db, { name: 'Jane Harwood', email: 'jane@example.gov.uk', board });
  open = await anAction(service.db, board, {
    owners: [tim],
    text: 'Bring back a full proposal on funding',
    due: next,
  });
  secret = await anAction(service.db, board, {
    owners: [tim],
    text: 'Confidential: staffing review of the unit',
    due: next,
    visibility: 'restricted',
  });
  for (const [user, email] of [
    [TIM, 'tim@example.gov.uk'],
    [GEMMA, 'gemma@example.gov.uk'],
    [JANE, 'jane@example.gov.uk'],
    [STRANGER, 'someone@elsewhere.example'],
  ] as const)
    connector.members.set(user.id, { ...user, email, userPrincipalName: email });
}, 60_000);

afterAll(async () => {
  await teams?.close();
});

const activity = (from: TeamsUser, type: string, extra: Record<string, unknown> = {}): Wire =>
  personalActivity({ connector, botId: BOT, tenant: TENANT }, type, from, extra);

async function post(body: Wire): Promise<Response> {
  const auth = await issuer.sign({ audience: BOT, serviceUrl: connector.url });
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });
}

async function say(from: TeamsUser, text: string): Promise<Wire> {
  const before = connector.sent().length;
  expect((await post(activity(from, 'message', { text }))).status).toBe(200);
  return (await connector.waitForSent(before + 1)).at(-1)!.body;
}

const cardIn = (body: Wire) =>
  (body as { attachments: { content: Record<string, unknown> }[] }).attachments[0]!.content;

interface Refresh {
  action: { type: string; verb: string; data: Record<string, unknown> };
  userIds: string[];
}

/** Opens a card as Teams does when it shows it: the card's own refresh action, as `from`. */
async function refresh(from: TeamsUser, data: Record<string, unknown>): Promise<Wire> {
  const res = await post(
    activity(from, 'invoke', {
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', id: '', verb: 'arising.refresh', data },
        trigger: 'automatic',
      },
    }),
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { statusCode: number; type: string; value: Wire };
  expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect((await checkCard(body.value)).problems).toEqual([]);
  return body.value;
}

/** The versions the card's buttons would send back. */
const versionsOn = (card: unknown) =>
  cardObjects(card)
    .filter((o) => o.type === 'Action.Execute')
    .map((o) => (o.data as { intent?: { version?: number } }).intent?.version)
    .filter((v) => v !== undefined);

describe('Teams cards that refresh when opened', () => {
  it('asks Teams to refresh an action card for its owners, by their Teams ids', async () => {
    await say(TIM, 'help'); // Tim has written to the bot: Teams has told it his 29: id.
    const card = cardIn(await say(TIM, `show ${open.ref}`));
    expect((await checkCard(card)).problems).toEqual([]);
    const r = card.refresh as Refresh;
    expect(r.action).toMatchObject({
      type: 'Action.Execute',
      verb: 'arising.refresh',
      data: { ref: open.ref, history: true },
    });
    expect(r.userIds).toEqual([TIM.id]);
  });

  it('names every action of a list in its refresh', async () => {
    const card = cardIn(await say(TIM, 'mine'));
    expect((await checkCard(card)).problems).toEqual([]);
    const r = card.refresh as Refresh;
    expect(r.action.data).toEqual({
      refs: [open.ref, secret.ref],
      list: { view: 'mine', offset: 0 },
    });
    expect(r.userIds).toEqual([TIM.id]);
    // Opened again, it is the same list read afresh for whoever opens it.
    const again = await refresh(TIM, r.action.data);
    expect(visibleText(again)).toContain('Your open actions (2)');
    expect(visibleText(again)).toContain(secret.text);
  });

  it('shows nothing of a list page to someone else opening it but their own', async () => {
    const mine = { refs: [open.ref, secret.ref], list: { view: 'mine', offset: 0 } };
    const card = await refresh(JANE, mine);
    expect(JSON.stringify(card)).not.toContain('staffing review');
    expect(visibleText(card)).toContain('You have no open actions');
  });

  it('shows a card updated by someone else as it now stands, with current versions', async () => {
    const before = cardIn(await say(TIM, `show ${open.ref}`));
    expect(versionsOn(before)).toContain(open.version);
    // The secretariat changes the action in their own chat.
    await say(GEMMA, `update ${open.ref} in progress "Finance have the draft"`);
    const now = (await getActionByRef(service.db, open.ref))!;
    expect(now.status).toBe('in_progress');
    const card = await refresh(TIM, (before.refresh as Refresh).action.data);
    const text = visibleText(card);
    expect(text).toContain('In progress');
    expect(text).toContain('Finance have the draft');
    expect(versionsOn(card).length).toBeGreaterThan(0);
    expect(versionsOn(card).every((v) => v === now.version)).toBe(true);
    // The answer keeps refreshing for the owner.
    expect((card.refresh as Refresh).userIds).toEqual([TIM.id]);
  });

  it('shows a reminder-style card without the history it did not have', async () => {
    const card = await refresh(TIM, { ref: open.ref });
    expect(visibleText(card)).toContain(open.text);
    expect(visibleText(card)).not.toMatch(/\(teams\)|\(cli\)/);
    expect((card.refresh as Refresh).action.data).toEqual({ ref: open.ref });
  });

  it('never shows a restricted action to a member who may not see it', async () => {
    await say(JANE, 'help');
    const card = await refresh(JANE, { ref: secret.ref });
    const text = JSON.stringify(card);
    expect(text).not.toContain('staffing review');
    expect(text).not.toContain('Action.Execute"');
    expect(card.refresh).toBeUndefined();
    expect(visibleText(card)).toMatch(/can't see/);
  });

  it('leaves a restricted action out of a list, saying only that something is', async () => {
    const card = await refresh(JANE, { refs: [open.ref, secret.ref], layout: 'line' });
    const text = JSON.stringify(card);
    expect(text).toContain(open.text);
    expect(text).not.toContain('staffing review');
    expect(text).not.toContain(secret.ref);
    expect(visibleText(card)).toContain('1 more on this card is not shown to you');
  });

  it('shows nothing to someone the register does not know', async () => {
    const card = await refresh(STRANGER, { refs: [open.ref, secret.ref] });
    const text = JSON.stringify(card);
    expect(text).not.toContain(open.text);
    expect(text).not.toContain('staffing review');
  });

  it('keeps the card refreshing for its owners after a press replaces it', async () => {
    const shown = cardIn(await say(TIM, `show ${secret.ref}`));
    const press = cardObjects(shown).find(
      (o) =>
        o.type === 'Action.Execute' &&
        (o.data as { intent?: { status?: string } }).intent?.status === 'in_progress',
    )!;
    const res = await post(
      activity(TIM, 'invoke', {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'arising.intent', data: press.data } },
      }),
    );
    const card = ((await res.json()) as { value: Record<string, unknown> }).value;
    expect((await checkCard(card)).problems).toEqual([]);
    expect(visibleText(card)).toContain('In progress');
    expect((card.refresh as Refresh).userIds).toEqual([TIM.id]);
  });

  it("addresses a chair's or secretariat's outstanding list to the owners", async () => {
    await say(GEMMA, 'help');
    const card = cardIn(await say(GEMMA, 'outstanding lcrb'));
    expect((await checkCard(card)).problems).toEqual([]);
    const r = card.refresh as Refresh;
    expect(r.action.data).toEqual({
      refs: [open.ref, secret.ref],
      list: { view: 'outstanding', board: 'lcrb', offset: 0 },
    });
    expect(r.userIds).toEqual([TIM.id]);
    // A member opening the secretariat's list sees it as they may: no restricted action.
    const asJane = await refresh(JANE, r.action.data);
    expect(visibleText(asJane)).toContain(open.text);
    expect(JSON.stringify(asJane)).not.toContain('staffing review');
  });

  it('shows a closed action as closed', async () => {
    await say(GEMMA, `update ${open.ref} closed "Agreed at the meeting"`);
    const card = await refresh(TIM, { ref: open.ref });
    expect(visibleText(card)).toContain('Closed');
    expect(versionsOn(card)).toEqual([]);
  });

  it('refuses refresh data it did not write', async () => {
    const card = await refresh(TIM, { ref: { $ne: 1 } });
    expect(visibleText(card)).toMatch(/out of date/);
  });
});
