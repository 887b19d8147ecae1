/**
 * The secretariat's add and edit form in Teams, driven as Teams drives the bot: signed
 * activities to the running service, Action.Execute invokes answered with the card that
 * replaces the one pressed. Every card is parsed by Microsoft's `adaptivecards` package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/main.ts';
import type { Action, Board, Person } from '../../../src/domain.ts';
import { getActionByRef } from '../../../src/register/actions.ts';
import { aBoard, aLinkedAccount, aMeeting, anAction, aPerson } from '../../support/builders.ts';
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
const OLIVE: TeamsUser = { id: '29:olive', aadObjectId: 'aad-olive', name: 'Olive Mensah' };

let issuer: Issuer;
let connector: Connector;
let service: Service;
let teams: TeamsService;
let board: Board;
let tim: Person;
let gemma: Person;
let action: Action;

beforeAll(async () => {
  teams = await startTeamsService(BOT, 'arising-teams-form-');
  ({ issuer, connector, service } = teams);
  const db = service.db;
  board = await aBoard(db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  const meeting = await aMeeting(db, board, '2026-12-08T10:00:00Z');
  await aMeeting(db, board, '2027-01-12T10:00:00Z');
  tim = await aPerson(db, {
    name: 'Tim Godwin',
    initials: 'TG',
    email: 'tim@example.gov.uk',
    board,
  });
  gemma = await aPerson(db, {
    name: 'Gemma Townsend',
    email: 'gemma@example.gov.uk',
    board,
    role: 'secretariat',
  });
  const other = await aBoard(db, {
    slug: 'vrb',
    name: 'Violence Reduction Board',
    refPrefix: 'VRB',
  });
  const olive = await aPerson(db, {
    name: 'Olive Mensah',
    email: 'olive@example.gov.uk',
    board: other,
    role: 'secretariat',
  });
  action = await anAction(db, board, {
    owners: [tim, 'MOPAC officers'],
    due: meeting,
    text: 'Bring back a full proposal on payment by results',
  });
  for (const [person, user] of [
    [tim, TIM],
    [gemma, GEMMA],
    [olive, OLIVE],
  ] as const)
    await aLinkedAccount(
      db,
      { platform: 'teams', workspaceId: TENANT, userId: user.aadObjectId },
      person.id,
      null,
    );
}, 60_000);

afterAll(async () => {
  await teams?.close();
});

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
  const res = await post(
    personalActivity({ connector, botId: BOT, tenant: TENANT }, 'message', from, { text }),
  );
  expect(res.status).toBe(200);
  return (await connector.waitForSent(before + 1)).at(-1)!.body;
}

/** An Action.Execute press as Teams sends it; the invoke response's card. */
async function press(from: TeamsUser, data: Record<string, unknown>): Promise<Wire> {
  const res = await post(
    personalActivity({ connector, botId: BOT, tenant: TENANT }, 'invoke', from, {
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'arising.intent', data },
        trigger: 'manual',
      },
    }),
  );
  expect(res.status).toBe(200);
  const card = ((await res.json()) as Wire).value;
  expect((await checkCard(card)).problems).toEqual([]);
  return card;
}

/** The data of the Action.Execute titled `title` in a card. */
function executeData(card: unknown, title: string): Record<string, unknown> {
  const found = cardObjects(card).find((o) => o.type === 'Action.Execute' && o.title === title);
  if (!found) throw new Error(`No ${title} button`);
  return found.data as Record<string, unknown>;
}

const inputs = (card: unknown) =>
  new Map(
    cardObjects(card)
      .filter((o) => String(o.type).startsWith('Input.'))
      .map((o) => [o.id, o]),
  );

const row = (ref: string) =>
  service.db.selectFrom('actions').selectAll().where('ref', '=', ref).executeTakeFirst();
const historyOf = (ref: string) =>
  service.db
    .selectFrom('action_updates')
    .innerJoin('actions', 'actions.id', 'action_updates.action_id')
    .select(['action_updates.kind', 'action_updates.note', 'action_updates.source'])
    .where('actions.ref', '=', ref)
    .orderBy('action_updates.id')
    .execute();

describe('the add form in Teams', () => {
  it("opens from New action on the secretariat's list and adds the action", async () => {
    const list = await say(GEMMA, 'outstanding lcrb');
    const listCard = list.attachments[0].content;
    const form = await press(GEMMA, executeData(listCard, 'New action'));
    const fields = inputs(form);
    expect([...fields.values()].map((o) => o.type)).toEqual([
      'Input.Text',
      'Input.ChoiceSet',
      'Input.ChoiceSet',
      'Input.Date',
      'Input.Toggle',
    ]);
    const owners = fields.get('form.owners')!;
    expect(owners.isMultiSelect).toBe(true);
    expect(owners.choices).toEqual([
      { title: 'Gemma Townsend', value: String(gemma.id) },
      { title: 'Tim Godwin', value: String(tim.id) },
    ]);
    expect((fields.get('form.due')!.choices as { title: string }[]).map((c) => c.title)).toEqual([
      'Next meeting (8 Dec 2026)',
      'Meeting of 8 Dec 2026',
      'Meeting of 12 Jan 2027',
    ]);

    const saved = await press(GEMMA, {
      ...executeData(form, 'Add'),
      'form.text': 'Report back on youth diversion',
      'form.owners': `${tim.id},${gemma.id}`,
      'form.due': (fields.get('form.due')!.choices as { value: string }[])[2]!.value,
      'form.dueDate': '',
      'form.restricted': 'true',
    });
    expect(visibleText(saved)).toContain(
      'Added LCRB-2 for Tim Godwin, Gemma Townsend, due meeting of 12 Jan 2027',
    );
    expect(await row('LCRB-2')).toMatchObject({
      visibility: 'restricted',
      text: 'Report back on youth diversion',
    });
    expect((await historyOf('LCRB-2')).map((h) => [h.kind, h.source])).toEqual([
      ['created', 'teams'],
    ]);
  });

  it('shows the form again with the reason when a field is refused, keeping what was typed', async () => {
    const form = await press(GEMMA, { intent: { kind: 'new_action', board: 'lcrb' } });
    const again = await press(GEMMA, {
      ...executeData(form, 'Add'),
      'form.text': 'x'.repeat(1500),
      'form.owners': String(tim.id),
      'form.due': 'next',
      'form.restricted': 'false',
    });
    expect(visibleText(again)).toMatch(/Action texts can be up to 1,000 characters/);
    expect(inputs(again).get('form.owners')!.value).toBe(String(tim.id));
    expect(await row('LCRB-99')).toBeUndefined();
  });

  it('refuses an owner, and another board’s secretariat, and adds nothing', async () => {
    const count = async () =>
      (await service.db.selectFrom('actions').select('id').execute()).length;
    const before = await count();
    const submit = {
      intent: { kind: 'new_action', board: 'lcrb' },
      submit: 'action-form',
      'form.text': 'Sneaked in',
      'form.owners': '',
      'form.due': 'next',
      'form.restricted': 'false',
    };
    expect(visibleText(await press(TIM, submit))).toMatch(
      /Only the secretariat of London Crime Reduction Board/,
    );
    expect(visibleText(await press(OLIVE, submit))).toMatch(
      /Only the secretariat of London Crime Reduction Board/,
    );
    expect(visibleText(await press(TIM, { intent: submit.intent }))).toMatch(
      /Only the secretariat/,
    );
    expect(await count()).toBe(before);
  });
});

describe('the edit form in Teams', () => {
  it('is on the secretariat’s card, keeps group owners, and saves each change with its history', async () => {
    const shown = (await say(GEMMA, `show ${action.ref}`)).attachments[0].content;
    const form = await press(GEMMA, executeData(shown, 'Edit'));
    const fields = inputs(form);
    expect(fields.get('form.text')!.value).toBe(action.text);
    expect(fields.get('form.owners')!.value).toBe(String(tim.id));
    expect(visibleText(form)).toContain('Group owners kept as they are: MOPAC officers');
    const timsCard = (await say(TIM, `show ${action.ref}`)).attachments[0].content;
    expect(() => executeData(timsCard, 'Edit')).toThrow();

    const saved = await press(GEMMA, {
      ...executeData(form, 'Save'),
      'form.text': action.text,
      'form.owners': String(gemma.id),
      'form.due': fields.get('form.due')!.value,
      'form.dueDate': '',
      'form.restricted': 'true',
    });
    expect(visibleText(saved)).toContain(`${action.ref}: visibility: public → restricted`);
    const rows = (await historyOf(action.ref)).slice(1);
    expect(rows.map((r) => [r.kind, r.note])).toEqual([
      ['edited', 'visibility: public → restricted (left out of the public edition)'],
      ['assigned', 'owners: Tim Godwin, MOPAC officers → Gemma Townsend, MOPAC officers'],
    ]);
    const after = (await getActionByRef(service.db, action.ref))!;
    expect(after.owners.map((o) => (o.kind === 'person' ? o.person.name : o.name))).toEqual([
      'Gemma Townsend',
      'MOPAC officers',
    ]);

    // The same form sent again is now stale: refused, and nothing changes.
    const stale = await press(GEMMA, {
      ...executeData(form, 'Save'),
      'form.text': 'Something else',
      'form.owners': String(tim.id),
      'form.restricted': 'false',
    });
    expect(visibleText(stale)).toMatch(/changed by someone else.*nothing was saved/);
    expect(await getActionByRef(service.db, action.ref)).toEqual(after);
  });
});
