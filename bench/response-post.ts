/**
 * The response_url answer, the last step of every slash command and button: a JSON POST to
 * Slack. The global fetch (what adapters/slack/respond.ts uses, with AbortSignal.timeout) next
 * to postJson (adapters/slack/post-json.ts: node:http, kept-alive sockets, a socket timeout),
 * each posting a Block Kit-sized answer to a loopback server in this process, 10 at a time. The
 * figure is CPU per POST (client and the shared server together), so the difference is the client's.
 *
 * Environment: BENCH_POSTS (per variant, default 4000).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson } from '../adapters/slack/post-json.ts';
import { writeResult, type Row } from './lib.ts';

const POSTS = Number(process.env.BENCH_POSTS ?? 4000);
const CONCURRENCY = 10;
const BODY = {
  response_type: 'ephemeral',
  text: 'Your open actions (3)',
  blocks: Array.from({ length: 12 }, (_, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: `*LCRB-${i}* Draft the partnership plan, due Tue 12 Jan` },
  })),
};

async function viaFetch(url: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BODY),
    signal: AbortSignal.timeout(10_000),
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(String(res.status));
}

async function viaPostJson(url: string): Promise<void> {
  const status = await postJson(url, BODY, 10_000);
  if (status >= 300) throw new Error(String(status));
}

async function measure(url: string, post: (url: string) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < POSTS) {
      next += 1;
      await post(url);
    }
  };
  for (let i = 0; i < 200; i++) await post(url); // warm up
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    cpuUsPerPost: Math.round((used.user + used.system) / POSTS),
    postsPerS: Math.round(POSTS / (wallMs / 1000)),
  };
}

export async function run(): Promise<void> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/1`;
  const rows: Row[] = [];
  try {
    // Alternately, twice each, so a neighbour's burst of CPU lands on both.
    for (let round = 1; round <= 2; round++) {
      const f = await measure(url, viaFetch);
      const p = await measure(url, viaPostJson);
      rows.push({
        round,
        variant: 'fetch (respond.ts today)',
        cpu_us_per_post: f.cpuUsPerPost,
        posts_per_s: f.postsPerS,
      });
      rows.push({
        round,
        variant: 'postJson (post-json.ts)',
        cpu_us_per_post: p.cpuUsPerPost,
        posts_per_s: p.postsPerS,
      });
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await writeResult('response-post', rows, [
    `${POSTS} POSTs per variant and round, ${CONCURRENCY} at a time, to a loopback server in the same process.`,
    'CPU per POST counts the client and the (identical) server; the difference between the rows is the client.',
  ]);
}
