/**
 * End to end: minutes sent to the bot in Teams personal chat, through the real service, with the
 * file served by the mock (as SharePoint serves a pre-authorised download URL).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import type { Board } from '../../../src/domain.ts';
import { silentLogger } from '../../../src/log.ts';
import { startService, type Service } from '../../../src/main.ts';
import { listActions } from '../../../src/register/actions.ts';
import { aBoard, aMeeting, aPerson, aLinkedAccount } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import {
  BOT_TOKEN,
  startConnector,
  startIssuer,
  visibleText,
  type Connector,
  type Issuer,
  type Wire,
  personalActivity,
  type TeamsUser,
  teamsEnv,
} from './mock-teams.ts';

const BOT = 'bot-app-id';
const TENANT = 'tenant-lcrb';
const SEED = readFileSync(
  new URL('../../../seeds/minutes/lcrb-2010-09-29-minutes.txt', import.meta.url),
);

let issuer: Issuer;
let connector: Connector;
let service: Service;
let dir: string;
let board: Board;

type From = TeamsUser;
const GEMMA: From = { id: '29:gemma', aadObjectId: 'aad-gemma', name: 'Gemma Townsend' };
const TIM: From = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };

beforeAll(async () => {
  issuer = await startIssuer();
  connector = await startConnector();
  dir = mkdtempSync(join(tmpdir(), 'arising-teams-uploads-'));
  const config = loadConfig(teamsEnv(issuer, connector, BOT, join(dir, 'arising.db')));
  service = await startService(config, {
    clock: new FakeClock('2026-11-25T09:00:00Z'),
    logger: silentLogger,
    teamsToken: () => BOT_TOKEN,
    teamsSleep: async () => undefined,
  });
  board = await aBoard(service.db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  await aMeeting(service.db, board, '2026-12-08T10:00:00Z');
  const tim = await aPerson(service.db, { name: 'Tim Godwin', initials: 'TG', board });
  const gemma = await aPerson(service.db, { name: 'Gemma Townsend', board, role: 'secretariat' });
  for (const [person, from] of [
    [tim, TIM],
    [gemma, GEMMA],
  ] as const)
    await aLinkedAccount(
      service.db,
      { platform: 'teams', workspaceId: TENANT, userId: from.aadObjectId },
      person.id,
      null,
    );
});

afterAll(async () => {
  await service?.close();
  await connector?.close();
  await issuer?.close();
  rmSync(dir, { recursive: true, force: true });
});

function activity(type: string, from: From, extra: Record<string, unknown>): Wire {
  return personalActivity({ connector, botId: BOT, tenant: TENANT }, type, from, extra);
}

async function post(body: Wire): Promise<Response> {
  const token = await issuer.sign({ audience: BOT, serviceUrl: connector.url });
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** Sends a file in personal chat as Teams does; returns the activity the bot answered with. */
async function send(from: From, name: string, bytes: Uint8Array, text = ''): Promise<Wire> {
  const before = connector.sent().length;
  const res = await post(
    activity('message', from, { text, attachments: [connector.addFile(name, bytes)] }),
  );
  expect(res.status).toBe(200);
  return (await connector.waitForSent(before + 1)).at(-1)!.body;
}

/** The review card's buttons: title -> the data Teams sends back when pressed. */
function buttons(sent: Wire): Map<string, Wire> {
  const out = new Map<string, Wire>();
  const walk = (node: Wire): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Action.Execute') out.set(node.title, node);
    Object.values(node).forEach(walk);
  };
  walk(sent.attachments);
  return out;
}

/** Presses an Action.Execute button as `from`; returns the text of the card that replaces it. */
async function press(from: From, action: Wire): Promise<string> {
  const res = await post(
    activity('invoke', from, {
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: action.verb, data: action.data },
        trigger: 'manual',
      },
    }),
  );
  expect(res.status).toBe(200);
  return visibleText(((await res.json()) as Wire).value);
}

const actionsNow = async () =>
  (await listActions(service.db, { boardIds: [board.id] })).map((a) => [
    a.ref,
    a.minuteRef,
    a.owners.map((o) => (o.kind === 'person' ? o.person.name : o.name)),
  ]);

describe('minutes sent to the bot in Teams', () => {
  it('reviews seed minutes, imports them on "Import", and a second press imports nothing new', async () => {
    const review = await send(GEMMA, 'lcrb-2010-09-29-minutes.txt', SEED);
    const seen = visibleText(review);
    expect(seen).toMatch(/London Crime Reduction Board/);
    expect(seen).toMatch(/Meeting: 2010-09-29, 15:00, City Hall, GLA/);
    expect(seen).toMatch(/Next meeting: 2010-12-07/);
    expect(seen).toMatch(/Bring back a full explanation/);
    expect(seen).toMatch(/Tim Godwin/);
    const found = buttons(review);
    const titles = [...found.keys()];
    expect(titles.slice(-3)).toEqual([
      'Import 2 actions',
      expect.stringMatching(/^Add \d+ attendees as members$/),
      'Discard',
    ]);
    // Every suggestion has Accept and Drop, numbered as the review's suggestions table.
    expect(titles.slice(0, 4)).toEqual(['Accept 1', 'Drop 1', 'Accept 2', 'Drop 2']);
    expect(await actionsNow()).toEqual([]);

    expect(await press(GEMMA, found.get('Import 2 actions'))).toMatch(
      /2 new action\(s\) \(LCRB-1, LCRB-2\)/,
    );
    expect(await actionsNow()).toEqual([
      ['LCRB-1', '4.20', ['Tim Godwin']],
      ['LCRB-2', '4.22', []],
    ]);
    expect(await press(GEMMA, found.get('Import 2 actions'))).toMatch(
      /already imported: nothing new/,
    );
    expect(await actionsNow()).toHaveLength(2);

    // The same minutes sent again make a new draft, whose import finds everything already there.
    const resent = await send(GEMMA, 'lcrb-2010-09-29-minutes.txt', SEED);
    expect(visibleText(resent)).toMatch(/already in the register as LCRB-1: not imported again/);
    const again = buttons(resent);
    expect(await press(GEMMA, again.get('Import 0 actions'))).toMatch(
      /0 new action\(s\), 2 already imported/,
    );
    expect(await actionsNow()).toHaveLength(2);
  });

  it('accepts and drops suggestions with their buttons, redrawing the card, and imports the accepted', async () => {
    const review = await send(GEMMA, 'minutes.txt', SEED, 'lcrb');
    const before = (await actionsNow()).length;
    const importTitle = [...buttons(review).keys()].find((k) => k.startsWith('Import '))!;
    const importable = Number(/\d+/.exec(importTitle)![0]);
    const accepted = await press(GEMMA, buttons(review).get('Accept 1'));
    expect(accepted).toMatch(/Suggestion 1 accepted: it will be imported as an action/);
    expect(accepted).toMatch(/accepted: will be imported/);
    // Another person pressing the same card is refused by the core.
    expect(await press(TIM, buttons(review).get('Drop 2'))).toMatch(/Only the person who shared/);
    expect(await press(GEMMA, buttons(review).get('Drop 2'))).toMatch(
      /Suggestion 2 dropped: it will not be imported/,
    );
    // The button was drawn before the choices; the held draft decides: one suggestion more.
    const done = await press(GEMMA, buttons(review).get(importTitle));
    expect(done).toMatch(new RegExp(`: ${importable + 1} new action\\(s\\)`));
    expect(await actionsNow()).toHaveLength(before + 1 + importable);
  });

  it('reads a Word document made with docx, for the board named in the message', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Safer Streets Board'),
            new Paragraph('Minutes of the meeting held on Tuesday 3 October 2023, 10am, Town Hall'),
            new Paragraph('Present: Tim Godwin (TG), MPS; Gemma Townsend, GLA'),
            new Paragraph('1.1 ACTION: TG to survey the park lighting by 30 November 2023.'),
            new Paragraph('Date of next meeting: 5 December 2023'),
          ],
        },
      ],
    });
    const review = await send(GEMMA, 'safer-streets.docx', await Packer.toBuffer(doc), 'lcrb');
    expect(visibleText(review)).toMatch(/Survey the park lighting/);
    const before = (await actionsNow()).length;
    expect(await press(GEMMA, buttons(review).get('Import 1 action'))).toMatch(
      /London Crime Reduction Board: 1 new action/,
    );
    expect((await actionsNow()).slice(before)).toEqual([
      [`LCRB-${before + 1}`, '1.1', ['Tim Godwin']],
    ]);
  });

  it('refuses minutes from someone who is not secretariat, naming who can import', async () => {
    const downloads = connector.calls.filter((c) => c.path.startsWith('/files/')).length;
    const answer = await send(TIM, 'minutes.txt', SEED);
    expect(visibleText(answer)).toMatch(
      /Only a board's secretariat can import minutes\. Send the file to your board's secretariat \(Gemma Townsend\)/,
    );
    expect(connector.calls.filter((c) => c.path.startsWith('/files/'))).toHaveLength(downloads);
    expect(buttons(answer).size).toBe(0);
  });

  it("refuses another person's press of the secretariat's Import button, and Discard writes nothing", async () => {
    const before = (await actionsNow()).length;
    const review = buttons(
      await send(
        GEMMA,
        'other-minutes.txt',
        Buffer.from(SEED.toString().replace(/4\.20/g, '5.20')),
      ),
    );
    const importButton = [...review.entries()].find(([t]) => t.startsWith('Import'))![1];
    expect(await press(TIM, importButton)).toMatch(/Only the person who shared these minutes/);
    expect(await press(GEMMA, review.get('Discard'))).toMatch(/Discarded .* Nothing was written/);
    expect(await press(GEMMA, importButton)).toMatch(/Share the minutes with me again/);
    expect(await actionsNow()).toHaveLength(before);
  });

  it('refuses a file over 5 MB while downloading it', async () => {
    const answer = await send(GEMMA, 'huge.txt', new Uint8Array(5 * 1024 * 1024 + 1).fill(65));
    expect(visibleText(answer)).toMatch(/"huge.txt" is larger than 5 MB/);
  });

  it('says which file types work when sent an old .doc, without downloading it', async () => {
    const downloads = connector.calls.filter((c) => c.path.startsWith('/files/')).length;
    const answer = await send(GEMMA, 'minutes.doc', new Uint8Array([208, 207, 17, 224]));
    expect(visibleText(answer)).toMatch(
      /Word \(\.docx\), PDF with a text layer \(\.pdf\) or plain text \(\.txt or \.md\)/,
    );
    expect(connector.calls.filter((c) => c.path.startsWith('/files/'))).toHaveLength(downloads);
  });

  it('reads minutes sent as a PDF, and refuses a scanned one saying why', async () => {
    const pdf = (name: string) =>
      readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url));
    const review = await send(GEMMA, 'minutes.pdf', pdf('margin-owners.pdf'));
    expect(visibleText(review)).toMatch(/Update the CCTV map/);
    expect(visibleText(review)).toMatch(/Import 2 actions/);
    const scanned = await send(GEMMA, 'scan.pdf', pdf('scanned.pdf'));
    expect(visibleText(scanned)).toMatch(/no text layer — it looks scanned/);
  });

  it('escapes text from the minutes in the review card', async () => {
    const text = [
      'London Crime Reduction Board',
      'Minutes of the meeting held on Tuesday 3 October 2023 at City Hall',
      'Present: Tim Godwin (TG), MPS',
      '1.1 ACTION: TG to tell <at>Everyone</at> about **this** [link](https://evil.example).',
    ].join('\n');
    const review = await send(GEMMA, 'minutes.txt', Buffer.from(text));
    const json = JSON.stringify(review.attachments);
    // Shown as written, but `<at>` is broken by a word joiner, so Teams cannot read a mention.
    expect(json).not.toMatch(/<at>/);
    expect(visibleText(review)).toMatch(/Tell <at>Everyone<\/at> about \*\*this\*\*/);
    // User text only in TextRuns, never in markdown TextBlocks.
    expect(json).not.toMatch(/"type":"TextBlock"[^}]*evil/);
  });

  it('does not fetch a file from a host that is not SharePoint', async () => {
    const before = connector.sent().length;
    const attachment = connector.addFile('minutes.txt', SEED);
    attachment.content.downloadUrl = 'http://169.254.169.254/latest/meta-data';
    const res = await post(activity('message', GEMMA, { text: '', attachments: [attachment] }));
    expect(res.status).toBe(200);
    const answer = (await connector.waitForSent(before + 1)).at(-1)!.body;
    expect(visibleText(answer)).toMatch(/failed on our side/);
  });
});
