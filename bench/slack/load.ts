/**
 * Load for the Slack benchmarks: a mock Slack Web API on loopback that answers at once and
 * times each response_url answer, the process under load (forked, so the load generator does
 * not share its event loop), and signed `/actions` slash commands sent by autocannon. Slack
 * signatures carry a timestamp, so every request is signed as it is sent (setupRequest).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serviceNodeFlags } from '../targets.ts';
import type { BenchUser, ChildReady, ChildRss } from './protocol.ts';
import { BENCH_SIGNING_SECRET, BENCH_TEAM } from './protocol.ts';

const round = (n: number) => Math.round(n * 10) / 10;

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}

/** The Slack Web API and response_url endpoints, answering instantly. */
export interface MockSlack {
  readonly apiUrl: string;
  readonly url: string;
  /** Starts a load step: later answers are counted for it alone (stragglers are ignored). */
  startStep(): string;
  /** This step's response_url answers, by command, in ms since the command was signed and sent. */
  readonly answered: { mine: number[]; update: number[] };
  /** Resolves once `count` answers have arrived, or when none has come for `quietMs`. */
  waitForAnswers(count: number, quietMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startMockSlack(): Promise<MockSlack> {
  const answered = { mine: [] as number[], update: [] as number[] };
  let step = 0;
  let waiter: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = req.url ?? '';
      const m = /^\/response\/s(\d+)-(mine|update)-\d+-([\d.]+)$/.exec(path);
      if (m && Number(m[1]) === step) {
        answered[m[2] as 'mine' | 'update'].push(performance.now() - Number(m[3]));
        waiter?.();
      }
      const body = path.endsWith('/auth.test')
        ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: BENCH_TEAM }
        : { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const total = () => answered.mine.length + answered.update.length;
  return {
    url,
    apiUrl: `${url}/api/`,
    answered,
    startStep() {
      step += 1;
      answered.mine.length = 0;
      answered.update.length = 0;
      return `${url}/response/s${step}`;
    },
    waitForAnswers(count, quietMs) {
      return new Promise((resolve) => {
        let timer: NodeJS.Timeout;
        const done = () => {
          waiter = undefined;
          clearTimeout(timer);
          resolve();
        };
        waiter = () => {
          clearTimeout(timer);
          if (total() >= count) return done();
          timer = setTimeout(done, quietMs);
        };
        waiter();
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export interface Child {
  readonly ready: ChildReady;
  /** From fork to listening (the service: migrated, adapters started, HTTP bound). */
  readonly readyMs: number;
  readonly process: ChildProcess;
  rss(gc: boolean): Promise<ChildRss>;
  stop(): Promise<void>;
}

/** Where the benches bundle the service with their own child (bin/dist.js, as `npm start`). */
const BENCH_DIST = fileURLToPath(new URL('../.dist', import.meta.url));
let compiling: Promise<void> | undefined;

/**
 * The process under load runs as `npm start` runs the service: compiled JavaScript, with no tsx
 * in the process (its loader thread alone is tens of MB). The bare Bolt app runs from the same
 * compiled file, so the baseline is loaded the same way. `source`: the TypeScript through tsx,
 * as the service ran before the build (BENCH_SOURCE=1 makes it the default).
 */
async function childEntry(source: boolean): Promise<{ file: string; execArgv: string[] }> {
  if (source) {
    return {
      file: fileURLToPath(new URL('./service-child.ts', import.meta.url)),
      execArgv: ['--import', 'tsx'],
    };
  }
  compiling ??= (async () => {
    const { build, isFresh, CODE } = await import('../../bin/dist.js');
    const place = { outDir: BENCH_DIST, code: [...CODE, 'bench'] };
    if (!isFresh(place))
      await build({ ...place, entries: { 'app/service-child': 'bench/slack/service-child.ts' } });
  })();
  await compiling;
  return { file: join(BENCH_DIST, 'app', 'service-child.js'), execArgv: [] };
}

export interface ChildOptions {
  /** Run the TypeScript sources through tsx rather than the compiled build. */
  readonly source?: boolean;
}

/** Forks the service (or the bare Bolt app) with --expose-gc, and waits until it listens. */
export async function startChild(
  mode: 'service' | 'bare',
  mock: MockSlack,
  options: ChildOptions = {},
): Promise<Child> {
  const source = options.source ?? process.env.BENCH_SOURCE === '1';
  const entry = await childEntry(source);
  const forkedAt = performance.now();
  const child = fork(entry.file, [mode], {
    execArgv: [
      ...entry.execArgv,
      // As `npm start` runs the service now (the bare app too, so both load alike); the
      // sources through tsx run as the service ran before, without them.
      ...(source ? [] : serviceNodeFlags()),
      '--expose-gc',
      ...(process.env.BENCH_CHILD_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, BENCH_SLACK_API_URL: mock.apiUrl, BENCH_MOCK_URL: mock.url },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${mode} exited (${code})`));
      child.once('exit', onExit);
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      };
      child.on('message', onMessage);
    });
  const ready = await next<ChildReady>('ready');
  return {
    ready,
    readyMs: performance.now() - forkedAt,
    process: child,
    rss(gc) {
      const answer = next<ChildRss>('rss');
      child.send({ type: 'rss', gc });
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

export interface LoadOptions {
  readonly url: string;
  readonly users: readonly BenchUser[];
  readonly mock: MockSlack;
  /** Connections for a flat-out run (a paced run opens as many as it needs). */
  readonly connections: number;
  /** Requests per second, evenly spaced; absent: as fast as the server answers. */
  readonly rate?: number;
  readonly seconds: number;
}

export interface LoadResult {
  /** Requests answered over HTTP (acked) within the step. */
  readonly acked: number;
  readonly rps: number;
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  /** response_url answers: what the person sees. */
  readonly answered: number;
  readonly answerP50Ms: number;
  readonly answerP99Ms: number;
  readonly mineAnswerP99Ms: number;
  readonly updateAnswerP99Ms: number;
}

let sequence = 0;

/** Headers Slack would send with `body`, signed now. */
function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', BENCH_SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}

/** A slash-command body, half `mine` and half `update <own action> in progress "note"`. */
function commandBody(
  users: readonly BenchUser[],
  responsePrefix: string,
  sentAt = performance.now(),
): string {
  sequence += 1;
  const user = users.length ? users[sequence % users.length]! : { userId: 'UBARE', ref: 'X-1' };
  const kind = sequence % 2 ? 'mine' : 'update';
  const text = kind === 'mine' ? 'mine' : `update ${user.ref} in progress "bench note ${sequence}"`;
  return new URLSearchParams({
    token: 'legacy',
    team_id: BENCH_TEAM,
    team_domain: 'bench',
    channel_id: 'CBENCH',
    channel_name: 'bench',
    user_id: user.userId,
    user_name: user.userId.toLowerCase(),
    command: '/actions',
    text,
    api_app_id: 'ABENCH',
    response_url: `${responsePrefix}-${kind}-${sequence}-${sentAt.toFixed(3)}`,
    trigger_id: `trigger-${sequence}`,
  }).toString();
}

/** Sends signed /actions commands for `seconds`, then waits for their response_url answers. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  return o.rate ? runPaced({ ...o, rate: o.rate }) : runFlatOut(o);
}

/**
 * At a fixed rate, evenly spaced (open loop): autocannon's rate limit sends each second's
 * requests in a burst at its start, which measures a queue of 200 rather than 200 req/s.
 * Latencies run from when each request was due, so a late sender does not hide a slow server.
 */
async function runPaced(o: LoadOptions & { rate: number }): Promise<LoadResult> {
  const responsePrefix = o.mock.startStep();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(o.rate * o.seconds);
  const acks: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = commandBody(o.users, responsePrefix, due);
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(
          o.url,
          { method: 'POST', agent, headers: signedHeaders(body) },
          (res) => {
            res.resume();
            res.on('end', () => {
              acks.push(performance.now() - due);
              if ((res.statusCode ?? 0) >= 300) non2xx += 1;
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  if (o.users.length) await o.mock.waitForAnswers(acks.length, 1_000);
  return summarise(o.mock, acks.length, acks.length / elapsedS, {
    p50: percentile(acks, 0.5),
    p99: percentile(acks, 0.99),
    non2xx,
    errors,
  });
}

function summarise(
  mock: MockSlack,
  acked: number,
  rps: number,
  ack: { p50: number; p99: number; non2xx: number; errors: number },
): LoadResult {
  const { mine, update } = mock.answered;
  const all = [...mine, ...update];
  return {
    acked,
    rps: Math.round(rps),
    ackP50Ms: ack.p50,
    ackP99Ms: ack.p99,
    non2xx: ack.non2xx,
    errors: ack.errors,
    answered: all.length,
    answerP50Ms: percentile(all, 0.5),
    answerP99Ms: percentile(all, 0.99),
    mineAnswerP99Ms: percentile(mine, 0.99),
    updateAnswerP99Ms: percentile(update, 0.99),
  };
}

/** As fast as the server answers, over `connections` connections (autocannon). */
async function runFlatOut(o: LoadOptions): Promise<LoadResult> {
  const responsePrefix = o.mock.startStep();
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = commandBody(o.users, responsePrefix);
          return { ...request, body, headers: signedHeaders(body) };
        },
      },
    ],
  });
  // Every acked command gets its response_url answer; wait for them (stragglers included).
  const acked = result.requests.total;
  if (o.users.length) await o.mock.waitForAnswers(acked, 1_000);
  return summarise(o.mock, acked, result.requests.average, {
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  });
}
