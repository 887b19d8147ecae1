/**
 * Replays of signed Slack requests inside the five-minute signature window: the same slash
 * command or modal submission sent again (by Slack after a slow ack, or by someone who captured
 * it) is acknowledged but applied once, whichever instance behind the load balancer receives it.
 * Runs on a SQLite file and, when TEST_DATABASE_URL is set, on a PostgreSQL schema.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sign, startHarness, type Harness } from '../adapters/slack/harness.ts';
import { DIALECTS, PG_URL } from '../support/db.ts';
import { commandBody, statusAndHistory } from './slack-requests.ts';

const FORM = 'application/x-www-form-urlencoded';
const ADD = 'add lcrb TG "Publish the partnership plan" due next meeting';

/** A register for the harness: its own PostgreSQL schema, or (undefined) a SQLite file. */
async function register(dialect: string) {
  if (dialect !== 'postgres') return { url: undefined, drop: async () => undefined };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create schema ${schema}`);
  const url = new URL(PG_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema ${schema} cascade`) };
}

/**
 * The Add update modal for LCRB-1 (opened at version 1) submitted by Tim, as Slack posts it: a
 * note alone unless a status is chosen (a note is added whatever the version).
 */
function submission(trigger: string, status: string | null = null) {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1', domain: 'london' },
    user: { id: 'UTIM', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: trigger,
    view: {
      id: 'VMODAL1',
      hash: '1764061200.abcd1234',
      type: 'modal',
      callback_id: 'add_update',
      private_metadata: JSON.stringify({
        intent: { kind: 'add_update', ref: 'LCRB-1', version: 1 },
        origin: { home: true },
      }),
      state: {
        values: {
          status: {
            status: {
              type: 'static_select',
              selected_option: status === null ? null : { value: status },
            },
          },
          note: { note: { type: 'plain_text_input', value: 'Draft with the Commissioner' } },
        },
      },
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe.each(DIALECTS)('replayed Slack requests on %s', (dialect) => {
  let h: Harness;
  let drop: () => Promise<unknown>;
  beforeEach(async () => {
    const db = await register(dialect);
    drop = db.drop;
    h = await startHarness(db.url ? { databaseUrl: db.url } : {});
  });
  afterEach(async () => {
    await h.close();
    await drop();
  });

  const actionsNamed = (text: string) =>
    h.service.db.selectFrom('actions').select('ref').where('text', '=', text).execute();

  /** The same signed bytes, sent again a little later, as a replay sends them. */
  function signed(body: string) {
    const timestamp = Math.floor(h.clock.now().getTime() / 1000);
    return { timestamp, signature: sign(body, timestamp) };
  }

  it('adds one action when the same /actions add is sent twice, answering both 200', async () => {
    const body = commandBody('UGEMMA', ADD, h.mock.responseUrl('add1'));
    const headers = signed(body);
    expect((await h.post(body, FORM, headers)).status).toBe(200);
    await h.mock.waitFor('response_url', (c) => c.args.id === 'add1');
    h.clock.advance(30_000);
    expect((await h.post(body, FORM, headers)).status).toBe(200);
    // A later command is answered after the replay was handled.
    await h.command('UGEMMA', 'help');
    expect(await actionsNamed('Publish the partnership plan')).toHaveLength(1);
    expect(h.mock.callsOf('response_url').filter((c) => c.args.id === 'add1')).toHaveLength(1);
  });

  it('still runs a second, separately typed /actions add (a new trigger_id)', async () => {
    await h.command('UGEMMA', ADD);
    await h.command('UGEMMA', ADD);
    expect(await actionsNamed('Publish the partnership plan')).toHaveLength(2);
  });

  it('records one update when the Add update form submission is replayed', async () => {
    const body = submission('trigger-view-r1');
    const headers = signed(body);
    expect((await h.post(body, FORM, headers)).status).toBe(200);
    h.clock.advance(30_000);
    expect((await h.post(body, FORM, headers)).status).toBe(200);
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).changes).toEqual([
      { status_to: null, note: 'Draft with the Commissioner' },
    ]);
  });

  it('records one update when the same form is submitted again with a new trigger_id', async () => {
    expect((await h.post(submission('trigger-view-a'), FORM)).status).toBe(200);
    expect((await h.post(submission('trigger-view-b'), FORM)).status).toBe(200);
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).changes).toHaveLength(1);
  });

  it('applies a corrected form after the same form was refused', async () => {
    // Tim may not close an action: the form shows the error and stays open for him to fix.
    const refused = await h.post(submission('trigger-view-x', 'closed'), FORM);
    expect(JSON.parse(refused.text)).toMatchObject({ response_action: 'errors' });
    expect((await h.post(submission('trigger-view-y', 'in_progress'), FORM)).status).toBe(200);
    const { status, changes } = await statusAndHistory(h.service.db, 'LCRB-1');
    expect(status).toBe('in_progress');
    expect(changes).toHaveLength(1);
  });

  it('applies a command replayed to a second instance once', async () => {
    const peer = await h.startPeer();
    const body = commandBody('UGEMMA', ADD, h.mock.responseUrl('add2'));
    const headers = signed(body);
    const [a, b] = await Promise.all([h.post(body, FORM, headers), peer.post(body, FORM, headers)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.mock.waitFor('response_url', (c) => c.args.id === 'add2');
    await h.command('UGEMMA', 'help');
    expect(await actionsNamed('Publish the partnership plan')).toHaveLength(1);
  });

  it('applies a form submission replayed to a second instance once', async () => {
    const peer = await h.startPeer();
    const body = submission('trigger-view-r2');
    const headers = signed(body);
    const [a, b] = await Promise.all([h.post(body, FORM, headers), peer.post(body, FORM, headers)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await statusAndHistory(h.service.db, 'LCRB-1')).changes).toHaveLength(1);
  });

  it('applies a thread reply once when Slack retries the event on another instance', async () => {
    const peer = await h.startPeer();
    const event = {
      type: 'message',
      channel: 'DTIM',
      channel_type: 'im',
      user: 'UTIM',
      text: 'note LCRB-2 figures sent to all members',
      ts: '1764061200.000100',
      event_ts: '1764061200.000100',
    };
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T1',
      api_app_id: 'A1',
      event,
      type: 'event_callback',
      event_id: 'EvRETRY1',
      event_time: Math.floor(h.clock.now().getTime() / 1000),
    });
    expect((await h.post(body, 'application/json')).status).toBe(200);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await peer.post(body, 'application/json', { headers: retry })).status).toBe(200);
    await h.mock.waitFor('chat.postMessage', (c) => c.args.channel === 'DTIM');
    await h.command('UTIM', 'help');
    const { changes } = await statusAndHistory(h.service.db, 'LCRB-2');
    expect(changes).toEqual([expect.objectContaining({ note: 'figures sent to all members' })]);
  });
});
