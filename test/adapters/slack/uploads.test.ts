import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActions } from '../../../src/register/actions.ts';
import { startHarness, TEAM, type Harness } from './harness.ts';
import { isInert, visibleText, type SlackCall } from './mock-slack.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const SEED = readFileSync(
  new URL('../../../seeds/minutes/lcrb-2010-09-29-minutes.txt', import.meta.url),
);
let sequence = 0;

/** `user` shares a file in their DM with the bot, with `text` as the message; returns its DM. */
async function share(
  user: string,
  file: ReturnType<Harness['mock']['addFile']>,
  text = '',
): Promise<string> {
  sequence += 1;
  const channel = `D${user.slice(1)}`;
  const status = await h.event({
    type: 'message',
    subtype: 'file_share',
    channel,
    channel_type: 'im',
    user,
    text,
    ts: `1764061${String(sequence).padStart(3, '0')}.000200`,
    files: [file],
  });
  expect(status).toBe(200);
  return channel;
}

/** The bot's next post in `channel` after `count` earlier ones. */
const nthPost = (channel: string, n: number) =>
  waitUntil(() => h.mock.callsOf('chat.postMessage').filter((c) => c.args.channel === channel)[n]);

async function waitUntil<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setImmediate(r));
    if (i > 100) await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('nothing arrived');
}

/** Presses a button of the posted review, as Slack sends the click. */
async function press(user: string, review: SlackCall, actionId: string): Promise<void> {
  sequence += 1;
  const blocks = review.args.blocks as { type: string; elements?: Record<string, unknown>[] }[];
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  const stored = [...h.mock.messages.values()].find(
    (m) => m.channel === review.args.channel && m.blocks === review.args.blocks,
  );
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: stored?.ts, channel_id: review.args.channel },
    trigger_id: `trigger-upload-${sequence}`,
    team: { id: TEAM, domain: 'london' },
    channel: { id: review.args.channel, name: 'directmessage' },
    message: { type: 'message', ts: stored?.ts ?? '1.1', user: 'UBOT', blocks },
    response_url: h.mock.responseUrl(`upload-${sequence}`),
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'minutes:confirm',
        value: button.value,
        action_ts: '1764061200.1',
        text: button.text,
      },
    ],
  };
  const res = await h.post(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
  expect(res.status).toBe(200);
}

const imported = async () =>
  (await listActions(h.service.db, { boardIds: [h.board.id] })).map((a) => [
    a.ref,
    a.minuteRef,
    a.owners.map((o) => (o.kind === 'person' ? o.person.name : o.name)),
  ]);

describe('minutes shared with the bot in Slack', () => {
  it('reviews seed minutes, imports them on "Import", and a second press imports nothing new', async () => {
    const dm = await share('UGEMMA', h.mock.addFile('lcrb-2010-09-29-minutes.txt', SEED));
    const review = await nthPost(dm, 0);
    // The file was fetched with the bot token, from where Slack said it was.
    expect(h.mock.callsOf('file_download')[0]!.token).toBe('xoxb-test-token');
    const seen = visibleText(review.args.blocks);
    expect(seen).toMatch(/London Crime Reduction Board/);
    expect(seen).toMatch(/Meeting: 2010-09-29, 15:00, City Hall, GLA/);
    expect(seen).toMatch(/Next meeting: 2010-12-07/);
    expect(seen).toMatch(/4\.20 \| Bring back a full explanation/);
    expect(seen).toMatch(/Tim Godwin/);
    expect(seen).toMatch(/Import 2 actions/);
    expect(seen).toMatch(/Discard/);
    expect(await imported()).toHaveLength(2);

    await press('UGEMMA', review, 'minutes:import');
    const done = await nthPost(dm, 1);
    expect(done.args.text).toMatch(/2 new action\(s\) \(LCRB-3, LCRB-4\)/);
    expect((await imported()).slice(2)).toEqual([
      ['LCRB-3', '4.20', ['Tim Godwin']],
      ['LCRB-4', '4.22', []],
    ]);
    // The review loses its buttons once imported.
    const updated = await waitUntil(() => h.mock.callsOf('chat.update')[0]);
    expect(JSON.stringify(updated.args.blocks)).not.toMatch(/minutes:import/);

    await press('UGEMMA', review, 'minutes:import');
    const again = await nthPost(dm, 2);
    expect(again.args.text).toMatch(/already imported: nothing new/);
    expect(await imported()).toHaveLength(4);
  });

  it('accepts and drops suggestions with their buttons, redrawing the review in place', async () => {
    const dm = await share('UGEMMA', h.mock.addFile('minutes.txt', SEED));
    const review = await nthPost(dm, 0);
    const seen = visibleText(review.args.blocks);
    expect(seen).toMatch(/Accept 1/);
    expect(seen).toMatch(/Drop 1/);
    expect(seen).toMatch(/Add \d+ attendees as members/);
    const blocks = review.args.blocks as { elements?: { action_id?: string }[] }[];
    const ids = blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    const accept = ids.find((id) => id?.startsWith('minutes:accept:'))!;
    await press('UGEMMA', review, accept);
    const redrawn = await waitUntil(() => h.mock.callsOf('chat.update')[0]);
    expect(visibleText(redrawn.args.blocks)).toMatch(/Suggestion 1 accepted/);
    expect(visibleText(redrawn.args.blocks)).toMatch(/Import 3 actions/);
    expect(visibleText(redrawn.args.blocks)).toMatch(/Drop 1 \(accepted\)/);
    // The next presses come from the review as redrawn, as in Slack.
    await press('UGEMMA', redrawn, 'minutes:add-members');
    const second = await waitUntil(() => h.mock.callsOf('chat.update')[1]);
    expect(visibleText(second.args.blocks)).toMatch(/will be added as board members/);
    expect(visibleText(second.args.blocks)).not.toMatch(/attendees as members/);
    await press('UGEMMA', second, 'minutes:import');
    expect((await nthPost(dm, 1)).args.text).toMatch(/3 new action\(s\).*new board members/);
  });

  it('reads a Word document made with docx, for the board named in the message', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Safer Streets Board'),
            new Paragraph('Minutes of the meeting held on Tuesday 3 October 2023, 10am, Town Hall'),
            new Paragraph('Present: Tim Godwin (TG), MPS; Gemma Townsend, GLA'),
            new Paragraph('1. Lighting'),
            new Paragraph('1.1 ACTION: TG to survey the park lighting by 30 November 2023.'),
            new Paragraph('Date of next meeting: 5 December 2023'),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const dm = await share('UGEMMA', h.mock.addFile('safer-streets.docx', bytes), 'lcrb');
    const review = await nthPost(dm, 0);
    expect(visibleText(review.args.blocks)).toMatch(/1\.1 \| Survey the park lighting/);
    await press('UGEMMA', review, 'minutes:import');
    expect((await nthPost(dm, 1)).args.text).toMatch(/London Crime Reduction Board: 1 new/);
    expect((await imported()).slice(2)).toEqual([['LCRB-3', '1.1', ['Tim Godwin']]]);
  });

  it('discards a draft: nothing is written, and Import afterwards says to share again', async () => {
    const dm = await share('UGEMMA', h.mock.addFile('minutes.txt', SEED));
    const review = await nthPost(dm, 0);
    await press('UGEMMA', review, 'minutes:discard');
    expect((await nthPost(dm, 1)).args.text).toMatch(/Discarded .* Nothing was written/);
    await press('UGEMMA', review, 'minutes:import');
    expect((await nthPost(dm, 2)).args.text).toMatch(/Share the minutes with me again/);
    expect(await imported()).toHaveLength(2);
  });

  it('refuses minutes from someone who is not secretariat, naming who can import', async () => {
    const dm = await share('UTIM', h.mock.addFile('minutes.txt', SEED));
    const answer = await nthPost(dm, 0);
    expect(answer.args.text).toMatch(
      /Only a board's secretariat can import minutes\. Send the file to your board's secretariat \(Gemma Townsend\)/,
    );
    expect(h.mock.callsOf('file_download')).toHaveLength(0);
    expect(visibleText(answer.args.blocks)).not.toMatch(/Import \d/);
  });

  it("refuses another person's press of the secretariat's Import button", async () => {
    const dm = await share('UGEMMA', h.mock.addFile('minutes.txt', SEED));
    const review = await nthPost(dm, 0);
    await press('USADIQ', review, 'minutes:import');
    expect((await nthPost(dm, 1)).args.text).toMatch(/Only the person who shared these minutes/);
    expect(await imported()).toHaveLength(2);
  });

  it('refuses a file over 5 MB, before downloading when Slack gives the size, and while downloading when not', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(65);
    const dm = await share('UGEMMA', h.mock.addFile('huge.txt', big));
    expect((await nthPost(dm, 0)).args.text).toMatch(/larger than 5 MB/);
    expect(h.mock.callsOf('file_download')).toHaveLength(0);
    await share('UGEMMA', h.mock.addFile('huge-unsized.txt', big, { size: false }));
    expect((await nthPost(dm, 1)).args.text).toMatch(/"huge-unsized.txt" is larger than 5 MB/);
  });

  it('says which file types work when sent an old .doc, without downloading it', async () => {
    const dm = await share('UGEMMA', h.mock.addFile('minutes.doc', new Uint8Array([208, 207])));
    const answer = await nthPost(dm, 0);
    expect(answer.args.text).toMatch(
      /Word \(\.docx\), PDF with a text layer \(\.pdf\) or plain text \(\.txt or \.md\)/,
    );
    expect(h.mock.callsOf('file_download')).toHaveLength(0);
  });

  it('reads minutes shared as a PDF, and refuses a scanned one saying why', async () => {
    const pdf = (name: string) =>
      readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url));
    const dm = await share('UGEMMA', h.mock.addFile('minutes.pdf', pdf('margin-owners.pdf')));
    const review = visibleText((await nthPost(dm, 0)).args.blocks);
    expect(review).toMatch(/Update the CCTV map/);
    expect(review).toMatch(/Import 2 actions/);
    await share('UGEMMA', h.mock.addFile('scan.pdf', pdf('scanned.pdf')));
    expect((await nthPost(dm, 1)).args.text).toMatch(/no text layer — it looks scanned/);
  });

  it('escapes text from the minutes in the review, so it cannot ping anyone', async () => {
    const text = [
      'London Crime Reduction Board',
      'Minutes of the meeting held on Tuesday 3 October 2023 at City Hall',
      'Present: Tim Godwin (TG), MPS',
      '1.1 ACTION: TG to tell <!channel> and <@U999> about *this* <https://evil.example|here>.',
    ].join('\n');
    const dm = await share('UGEMMA', h.mock.addFile('minutes.txt', Buffer.from(text)));
    const review = await nthPost(dm, 0);
    expect(isInert(review.args as { text?: unknown; blocks?: unknown })).toBe(true);
    expect(visibleText(review.args.blocks)).toMatch(/&lt;!channel&gt;/);
  });

  it('fetches the file through files.info when the shared message carries no URL', async () => {
    const file = h.mock.addFile('lcrb-2010-09-29-minutes.txt', SEED);
    const dm = await share('UGEMMA', { id: file.id, name: file.name } as typeof file);
    expect(visibleText((await nthPost(dm, 0)).args.blocks)).toMatch(/Import 2 actions/);
    expect(h.mock.callsOf('files.info')).toHaveLength(1);
  });
});
