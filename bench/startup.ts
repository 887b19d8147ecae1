/**
 * Start-up: how long `npm start` takes to be ready (migrated, demo register in place, Slack and
 * Teams both configured, HTTP listening: the "Matters Arising is ready" line), and how long the
 * command line takes for `arising board list` and for `arising chat` to answer its first line.
 * Each as it runs now (the compiled build in dist/, made fresh first) and as it ran before
 * (the TypeScript sources through tsx, ARISING_SOURCE=1), next to a bare Bolt app's start
 * (compiled, as in slack-roundtrip) and a bare `node -e ""`, all in the same run.
 *
 * Environment: BENCH_STARTS (runs of each, default 5; the median is the figure).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isFresh } from '../bin/dist.js';
import { startChild, startMockSlack, type MockSlack } from './slack/load.ts';
import { BENCH_SIGNING_SECRET } from './slack/protocol.ts';
import { cpuMsOf, writeResult, type Row } from './lib.ts';
import { serviceNodeFlags, targetRow, type Target } from './targets.ts';

const RUNS = Number(process.env.BENCH_STARTS ?? 5);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]!);
};
const ms = (samples: Timed[]) => median(samples.map((s) => s.ms));

interface Timed {
  readonly ms: number;
  /** The process's CPU time at that moment, which a busy machine inflates far less than wall time. */
  readonly cpuMs: number;
}

/**
 * Runs `node args`, resolving with the ms until `until(stdout so far)` holds (or, without
 * `until`, until it exits; then no CPU figure).
 */
function timed(
  args: string[],
  env: NodeJS.ProcessEnv,
  until: ((out: string) => boolean) | undefined,
  input?: string,
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    const finish = (ms: number, cpuMs = NaN) => {
      if (done) return;
      done = true;
      resolve({ ms, cpuMs });
      if (child.exitCode === null) child.kill('SIGTERM');
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (until?.(out)) finish(performance.now() - started, cpuMsOf(child.pid));
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      if (done) return;
      if (until || code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${err}`));
      else finish(performance.now() - started);
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

async function repeat(run: () => Promise<Timed>): Promise<Timed[]> {
  await run(); // warm the page cache: every figure is a warm start
  const samples: Timed[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  return samples;
}

function serviceEnv(mock: MockSlack, database: string, source: boolean): NodeJS.ProcessEnv {
  const host = new URL(mock.url).host;
  return {
    ...process.env,
    ...(source ? { ARISING_SOURCE: '1' } : { ARISING_SOURCE: '' }),
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database,
    DEMO_DATA: 'always',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    DIGEST_LINK_SECRET: 'bench-digest-link-secret-0123456789abcdef',
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: mock.apiUrl,
    TEAMS_APP_ID: '00000000-0000-4000-8000-00000000be4c',
    TEAMS_APP_PASSWORD: 'bench-teams-secret',
    TEAMS_APP_TYPE: 'SingleTenant',
    TEAMS_APP_TENANT_ID: '00000000-0000-4000-8000-0000000000aa',
    TEAMS_ALLOWED_TENANTS: '00000000-0000-4000-8000-0000000000aa',
    TEAMS_SERVICE_URL: `${mock.url}/teams/`,
    TEAMS_SERVICE_URL_HOSTS: host,
    TEAMS_OPENID_METADATA_URL: `${mock.url}/teams/openid`,
    TEAMS_LOGIN_ENDPOINT: `${mock.url}/teams/login`,
  };
}

export async function run(): Promise<void> {
  // `npm start` compiles when the sources changed; here that happens first, untimed.
  if (!isFresh()) await build();
  const dir = await mkdtemp(join(tmpdir(), 'arising-bench-start-'));
  const mock = await startMockSlack();
  const rows: Row[] = [];
  const targets: Target[] = [];
  try {
    const database = `sqlite:${join(dir, 'register.db')}`;
    const ready = (out: string) => out.includes('Matters Arising is ready');
    const start = (source: boolean) =>
      repeat(() =>
        timed(
          [...serviceNodeFlags(), join(BIN, 'start.js')],
          serviceEnv(mock, database, source),
          ready,
        ),
      );
    const cli = (
      source: boolean,
      args: string[],
      until?: (out: string) => boolean,
      input?: string,
    ) =>
      repeat(() =>
        timed(
          [join(BIN, 'arising.js'), ...args, '--database', database],
          { ...process.env, LOG_LEVEL: 'silent', ARISING_SOURCE: source ? '1' : '' },
          until,
          input,
        ),
      );
    const node = await repeat(() => timed(['-e', ''], process.env, undefined));
    const bare = await repeat(async () => {
      const child = await startChild('bare', mock);
      await child.stop();
      return { ms: child.readyMs, cpuMs: NaN };
    });
    const now = await start(false);
    const before = await start(true);
    const boardList = ['board', 'list'];
    const listNow = await cli(false, boardList);
    const listBefore = await cli(true, boardList);
    // Not a terminal, so no prompt is drawn: the first answer (to `mine`) is the moment.
    const answered = (out: string) => out.includes('Your open actions');
    const chatArgs = ['chat', '--as', 'Tim Godwin'];
    const chatNow = await cli(false, chatArgs, answered, 'mine\n');
    const chatBefore = await cli(true, chatArgs, answered, 'mine\n');

    const row = (what: string, how: string, samples: Timed[]): Row => {
      const cpu = samples.map((s) => s.cpuMs).filter((c) => !Number.isNaN(c));
      return {
        what,
        how,
        median_ms: ms(samples),
        max_ms: Math.round(Math.max(...samples.map((s) => s.ms))),
        cpu_median_ms: cpu.length ? median(cpu) : null,
        runs: samples.length,
      };
    };
    rows.push(
      row('node -e ""', 'baseline: Node alone', node),
      row('bare Bolt app, fork to listening', 'baseline: compiled', bare),
      row('npm start, to "ready" (Slack + Teams)', 'compiled (dist/)', now),
      row('npm start, to "ready" (Slack + Teams)', 'before: tsx', before),
      row('arising board list', 'compiled (dist/)', listNow),
      row('arising board list', 'before: tsx', listBefore),
      row('arising chat, to the first answer', 'compiled (dist/)', chatNow),
      row('arising chat, to the first answer', 'before: tsx', chatBefore),
    );
    targets.push(
      {
        name: 'start to ready',
        target: '<= 1000 ms',
        value: ms(now),
        unit: 'ms',
        met: ms(now) <= 1000,
        baseline: `tsx ${ms(before)} ms; bare Bolt ${ms(bare)} ms; node ${ms(node)} ms`,
      },
      {
        name: 'arising board list',
        target: '<= 500 ms',
        value: ms(listNow),
        unit: 'ms',
        met: ms(listNow) <= 500,
        baseline: `tsx ${ms(listBefore)} ms; node ${ms(node)} ms`,
      },
      {
        name: 'arising chat to first answer',
        target: '< 1000 ms',
        value: ms(chatNow),
        unit: 'ms',
        met: ms(chatNow) < 1000,
        baseline: `tsx ${ms(chatBefore)} ms; node ${ms(node)} ms`,
      },
    );
  } finally {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  }
  await writeResult(
    'startup',
    [...rows, ...targets.map(targetRow)],
    [
      `Median of ${RUNS} warm runs each (one untimed run first); wall time from spawn, on a shared machine.`,
      'cpu_median_ms: the CPU time of the process (all threads) at that moment, from /proc; a busy machine inflates it far less than wall time.',
      '"ready": the log line after migrations, the demo register, Slack, Teams and HTTP listening.',
      'Targets (issue 13 and the previous round): ready <= 1 s, board list <= 0.5 s, chat < 1 s.',
    ],
  );
}
