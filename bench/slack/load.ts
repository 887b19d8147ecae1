/**
 * Load for the Slack benchmarks: a mock Slack Web API on loopback that answers at once and
 * times each response_url answer, the process under load (forked, so the load generator does
 * not share its event loop), and signed `/actions` slash commands sent by autocannon. Slack
 * signatures carry a timestamp, so every request is signed as it is sent (setupRequest).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
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
  readonly process: ChildProcess;
  rss(gc: boolean): Promise<ChildRss>;
  stop(): Promise<void>;
}

/** Forks the service (or the bare Bolt app) with --expose-gc, and waits until it listens. */
export async function startChild(mode: 'service' | 'bare', mock: MockSlack): Promise<Child> {
  const child = fork(fileURLToPath(new URL('./service-child.ts', import.meta.url)), [mode], {
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_CHILD_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, BENCH_SLACK_API_URL: mock.apiUrl },
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
  readonly connections: number;
  /** Requests per second over all connections; absent: as fast as the server answers. */
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

/** A slash-command body, half `mine` and half `update <own action> in progress "note"`. */
function commandBody(users: readonly BenchUser[], responsePrefix: string): string {
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
    response_url: `${responsePrefix}-${kind}-${sequence}-${performance.now().toFixed(3)}`,
    trigger_id: `trigger-${sequence}`,
  }).toString();
}

/** Sends signed /actions commands for `seconds`, then waits for their response_url answers. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const responsePrefix = o.mock.startStep();
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    ...(o.rate ? { overallRate: o.rate } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = commandBody(o.users, responsePrefix);
          const timestamp = Math.floor(Date.now() / 1000);
          const signature = createHmac('sha256', BENCH_SIGNING_SECRET)
            .update(`v0:${timestamp}:${body}`)
            .digest('hex');
          return {
            ...request,
            body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': `v0=${signature}`,
            },
          };
        },
      },
    ],
  });
  // Every acked command gets its response_url answer; wait for them (stragglers included).
  const acked = result.requests.total;
  if (o.users.length) await o.mock.waitForAnswers(acked, 1_000);
  const { mine, update } = o.mock.answered;
  const all = [...mine, ...update];
  return {
    acked,
    rps: Math.round(result.requests.average),
    ackP50Ms: result.latency.p50,
    ackP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    answered: all.length,
    answerP50Ms: percentile(all, 0.5),
    answerP99Ms: percentile(all, 0.99),
    mineAnswerP99Ms: percentile(mine, 0.99),
    updateAnswerP99Ms: percentile(update, 0.99),
  };
}
