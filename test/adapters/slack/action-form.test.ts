/**
 * The secretariat's add and edit modals, driven as Slack drives them: signed block_actions and
 * view_submission requests to the running service, the modal taken from the recorded views.open
 * call of the mock Slack. Refusals (another board's secretariat, an owner, a stale form, an
 * unlinked Slack user) leave the register as it was.
 */
import type { ModalView } from '@slack/types';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failedOnOurSide } from '../../../src/core.ts';
import type { ButtonIntent } from '../../../src/message.ts';
import { aBoard, aLinkedAccount, aPerson } from '../../support/builders.ts';
import { startHarness, TEAM, type Harness } from './harness.ts';
import { visibleText } from './mock-slack.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

let views = 0;

/** The intent of the button labelled `label` anywhere in Slack blocks. */
function buttonIn(blocks: unknown, label: string): ButtonIntent {
  const found = JSON.stringify(blocks);
  for (const block of blocks as { elements?: { text?: { text: string }; value?: string }[] }[]) {
    const button = block.elements?.find((e) => e.text?.text === label);
    if (button?.value) return JSON.parse(button.value) as ButtonIntent;
  }
  throw new Error(`No ${label} button in ${found.slice(0, 200)}`);
}

/** Presses `intent` as `user` and returns the modal views.open was called with. */
async function openForm(user: string, intent: ButtonIntent): Promise<ModalView> {
  const before = h.mock.callsOf('views.open').length;
  const res = await h.click(user, intent, {
    channel: 'DGEMMA',
    ts: '1764061200.000100',
    blocks: [],
  });
  expect(res.status).toBe(200);
  await h.mock.waitFor('views.open', () => h.mock.callsOf('views.open').length > before);
  return h.mock.callsOf('views.open').at(-1)!.args.view as ModalView;
}

interface Filled {
  text?: string;
  owners?: string[];
  users?: string[];
  due?: string | null;
  date?: string | null;
  restricted?: boolean;
}

/** Submits the modal as Slack does (view_submission, its state by block and action id). */
async function submit(user: string, view: ModalView, filled: Filled) {
  views += 1;
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'london' },
    user: { id: user, team_id: TEAM },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: `trigger-form-${views}`,
    view: {
      id: `VFORM${views}`,
      hash: `hash-${views}`,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          text: { text: { type: 'plain_text_input', value: filled.text ?? null } },
          owners: {
            owners: {
              type: 'multi_static_select',
              selected_options: (filled.owners ?? []).map(option),
            },
          },
          accounts: {
            accounts: { type: 'multi_users_select', selected_users: filled.users ?? [] },
          },
          due: {
            due: {
              type: 'static_select',
              selected_option: filled.due ? option(filled.due) : null,
            },
          },
          due_date: { due_date: { type: 'datepicker', selected_date: filled.date ?? null } },
          restricted: {
            restricted: {
              type: 'checkboxes',
              selected_options: filled.restricted ? [option('restricted')] : [],
            },
          },
        },
      },
    },
  };
  const res = await h.post(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
  expect(res.status).toBe(200);
  return res.text
    ? (JSON.parse(res.text) as { response_action?: string; errors?: Record<string, string> })
    : {};
}

const actionRow = (ref: string) =>
  h.service.db.selectFrom('actions').selectAll().where('ref', '=', ref).executeTakeFirst();

const history = (ref: string) =>
  h.service.db
    .selectFrom('action_updates')
    .innerJoin('actions', 'actions.id', 'action_updates.action_id')
    .select(['action_updates.kind', 'action_updates.note', 'action_updates.source'])
    .where('actions.ref', '=', ref)
    .orderBy('action_updates.id')
    .execute();

const owners = (ref: string) =>
  h.service.db
    .selectFrom('action_owners')
    .innerJoin('actions', 'actions.id', 'action_owners.action_id')
    .select(['action_owners.person_id', 'action_owners.notice'])
    .where('actions.ref', '=', ref)
    .orderBy('action_owners.position')
    .execute();

const editIntent = async (ref: string): Promise<ButtonIntent> => ({
  kind: 'edit_action',
  ref,
  version: Number((await actionRow(ref))!.version),
});

describe('the New action modal', () => {
  it("opens from the New action button on the secretariat's outstanding list and adds the action", async () => {
    const list = await h.command('UGEMMA', 'outstanding lcrb');
    const intent = buttonIn(list.args.blocks, 'New action');
    expect(intent).toEqual({ kind: 'new_action', board: 'lcrb' });

    const view = await openForm('UGEMMA', intent);
    expect(view.callback_id).toBe('action_form');
    const elements = view.blocks.flatMap((b) => ('element' in b ? [b.element] : []));
    expect(elements.map((e) => e.type)).toEqual([
      'plain_text_input',
      'multi_static_select',
      'multi_users_select',
      'static_select',
      'datepicker',
      'checkboxes',
    ]);
    const people = (elements[1] as { options: { text: { text: string }; value: string }[] })
      .options;
    expect(people.map((o) => o.text.text)).toEqual(['Gemma Townsend', 'Sadiq Khan', 'Tim Godwin']);

    const answer = await submit('UGEMMA', view, {
      text: 'Report back on <b>youth</b> diversion',
      owners: [String(h.tim.id)],
      users: ['USADIQ'],
      due: 'next',
      restricted: true,
    });
    expect(answer).toEqual({});
    const added = (await actionRow('LCRB-3'))!;
    expect(added).toMatchObject({
      text: 'Report back on <b>youth</b> diversion',
      visibility: 'restricted',
      due_date: null,
    });
    expect(added.due_meeting_id).not.toBeNull();
    expect(await owners('LCRB-3')).toEqual([
      { person_id: h.tim.id, notice: 'pending' },
      { person_id: h.sadiq.id, notice: 'pending' },
    ]);
    expect(await history('LCRB-3')).toMatchObject([{ kind: 'created', source: 'slack' }]);
    await new Promise((r) => setTimeout(r, 300));
    console.log(
      JSON.stringify(h.mock.calls.map((c) => [c.method, JSON.stringify(c.args).slice(0, 300)])),
    );
    const told = await h.mock.waitFor('response_url', (c) =>
      JSON.stringify(c.args).includes('Added LCRB-3'),
    );
    expect(visibleText(told.args.blocks)).toContain('Added LCRB-3 for Tim Godwin, Sadiq Khan');
  });

  it('refuses a Slack user with no register person on that field, and adds nothing', async () => {
    const view = await openForm('UGEMMA', { kind: 'new_action', board: 'lcrb' });
    const answer = await submit('UGEMMA', view, {
      text: 'Circulate the figures',
      users: ['UNOBODY'],
      due: 'next',
    });
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.accounts).toMatch(/no account linked.*\/actions link @someone/);
    expect(await actionRow('LCRB-3')).toBeUndefined();
  });

  it('refuses an owner pressing New action: no form opens, nothing is added', async () => {
    const res = await h.click(
      'UTIM',
      { kind: 'new_action', board: 'lcrb' },
      {
        channel: 'DTIM',
        ts: '1764061200.000200',
        blocks: [],
      },
    );
    const told = await h.mock.waitFor(
      'response_url',
      (c) => c.args.id === res.responseUrl.split('/').pop(),
    );
    expect(visibleText(told.args.blocks)).toMatch(
      /Only the secretariat of London Crime Reduction Board/,
    );
    expect(h.mock.callsOf('views.open')).toHaveLength(0);
  });

  it("refuses a forged submission from someone who is not the board's secretariat", async () => {
    const view = await openForm('UGEMMA', { kind: 'new_action', board: 'lcrb' });
    const answer = await submit('UTIM', view, { text: 'Sneaked in', due: 'next' });
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.text).toMatch(/Only the secretariat/);
    expect(await actionRow('LCRB-3')).toBeUndefined();
  });
});

describe('the forms from the Home tab', () => {
  it('opens New action from Home, then tells the user in their DM and refreshes the tab', async () => {
    await h.event({ type: 'app_home_opened', user: 'UGEMMA', channel: 'DGEMMA', tab: 'home' });
    const home = await h.mock.waitFor('views.publish');
    const intent = buttonIn((home.args.view as { blocks: unknown[] }).blocks, 'New action: lcrb');
    const before = h.mock.callsOf('views.open').length;
    // As Slack sends a Home tab press: from the home view, with no response_url.
    const press = {
      type: 'block_actions',
      user: { id: 'UGEMMA', team_id: TEAM },
      team: { id: TEAM },
      trigger_id: 'trigger-home-new',
      container: { type: 'view', view_id: 'VHOME' },
      view: { id: 'VHOME', type: 'home' },
      actions: [
        {
          type: 'button',
          action_id: 'intent:1:new_action',
          block_id: 'b',
          value: JSON.stringify(intent),
          action_ts: '1764061200.1',
        },
      ],
    };
    await h.post(
      new URLSearchParams({ payload: JSON.stringify(press) }).toString(),
      'application/x-www-form-urlencoded',
    );
    await h.mock.waitFor('views.open', () => h.mock.callsOf('views.open').length > before);
    const view = h.mock.callsOf('views.open').at(-1)!.args.view as ModalView;
    const published = h.mock.callsOf('views.publish').length;
    expect(await submit('UGEMMA', view, { text: 'Book the room', due: 'next' })).toEqual({});
    const dm = await h.mock.waitFor('chat.postMessage', (c) =>
      String(c.args.text).includes('Added LCRB-3'),
    );
    expect(dm.args.channel).toBe('DGEMMA');
    await h.mock.waitFor('views.publish', () => h.mock.callsOf('views.publish').length > published);
  });
});

describe('the Edit modal', () => {
  it('shows Edit on the secretariat’s cards only, and saves each change with its history', async () => {
    const gemmas = await h.command('UGEMMA', 'show LCRB-1');
    const intent = buttonIn(gemmas.args.blocks, 'Edit');
    const tims = await h.command('UTIM', 'show LCRB-1');
    expect(() => buttonIn(tims.args.blocks, 'Edit')).toThrow();

    const view = await openForm('UGEMMA', intent);
    const text = view.blocks.find((b) => b.block_id === 'text') as {
      element: { initial_value?: string };
    };
    expect(text.element.initial_value).toBe('Bring back a full proposal on payment by results');
    const answer = await submit('UGEMMA', view, {
      text: 'Bring back a costed proposal on payment by results',
      owners: [String(h.tim.id), String(h.gemma.id)],
      date: '2027-02-01',
      restricted: false,
    });
    expect(answer).toEqual({});
    const after = (await actionRow('LCRB-1'))!;
    expect(after).toMatchObject({
      text: 'Bring back a costed proposal on payment by results',
      due_date: '2027-02-01',
      due_meeting_id: null,
    });
    const rows = (await history('LCRB-1')).slice(1);
    expect(rows.map((r) => r.kind)).toEqual(['edited', 'edited', 'assigned']);
    expect(rows[0]!.note).toContain('it said “Bring back a full proposal on payment by results”');
    expect(rows[1]!.note).toBe('due: meeting of 8 Dec 2026 → by 1 Feb 2027');
    expect(rows[2]!.note).toBe('owners: Tim Godwin → Tim Godwin, Gemma Townsend');
    // Gemma gave it to herself: no notice; Tim already had it: not told again.
    expect(await owners('LCRB-1')).toEqual([
      { person_id: h.tim.id, notice: null },
      { person_id: h.gemma.id, notice: null },
    ]);
  });

  it('refuses a form filled in from a version someone has since changed, and changes nothing', async () => {
    const view = await openForm('UGEMMA', await editIntent('LCRB-2'));
    await h.command('UTIM', 'update LCRB-2 in progress');
    const before = (await actionRow('LCRB-2'))!;
    const answer = await submit('UGEMMA', view, { text: 'Circulate the revised figures' });
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.text).toMatch(/changed by someone else.*nothing was saved/);
    expect(await actionRow('LCRB-2')).toEqual(before);
  });

  it('shows the one failure reply on the form when the register fails, and keeps it open', async () => {
    const view = await openForm('UGEMMA', await editIntent('LCRB-2'));
    // The register loses a table: a bug or a broken migration, nothing the person did.
    await sql`alter table action_updates rename to action_updates_gone`.execute(h.service.db);
    const answer = await submit('UGEMMA', view, { text: 'Circulate the revised figures' });
    expect(answer).toEqual({
      response_action: 'errors',
      errors: { text: failedOnOurSide().summary },
    });
  });

  it('refuses the secretariat of another board, and changes nothing', async () => {
    const other = await aBoard(h.service.db, {
      slug: 'vrb',
      name: 'Violence Reduction Board',
      refPrefix: 'VRB',
    });
    const olive = await aPerson(h.service.db, {
      name: 'Olive Mensah',
      email: 'olive@vrb.example',
      board: other,
      role: 'secretariat',
    });
    await aLinkedAccount(
      h.service.db,
      { platform: 'slack', workspaceId: TEAM, userId: 'UOLIVE' },
      olive.id,
      null,
    );
    const view = await openForm('UGEMMA', await editIntent('LCRB-1'));
    const before = (await actionRow('LCRB-1'))!;
    const answer = await submit('UOLIVE', view, { text: 'Taken over', restricted: true });
    expect(answer.response_action).toBe('errors');
    expect(Object.values(answer.errors ?? {}).join(' ')).toMatch(
      /There is no action LCRB-1|Only the secretariat of London Crime Reduction Board/,
    );
    expect(await actionRow('LCRB-1')).toEqual(before);
    expect(await history('LCRB-1')).toHaveLength(1);
  });
});
