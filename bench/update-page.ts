/**
 * The email update page under load: GET /update?t=<a real link> at a steady 50 requests a
 * second (autocannon, 10 connections), beside GET /healthz at the same rate as the floor (the
 * HTTP server and one query). Target (issue 15): p99 <= 50 ms at 50 req/s.
 *
 * The service runs in its own process (bench/update-page-service.ts), so autocannon's own work
 * is not counted in the page's latency. The machine is shared, so the floor and the page take
 * turns in short rounds (floor, page, floor, page ...) and each percentile is over every
 * request of its kind: both see the same moments of the machine, and the page's cost is what it
 * adds to the floor.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { writeResult, type Row } from './lib.ts';

const RATE = 50;
const ROUNDS = 6;
const ROUND_SECONDS = 5;
const TARGET_P99_MS = 50;

interface Sample {
  readonly ms: number[];
  errors: number;
}

function round(url: string, into: Sample): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: 10, overallRate: RATE, duration: ROUND_SECONDS },
      (error, result) => {
        if (error) return reject(error);
        into.errors += result.errors + result.timeouts + result.non2xx;
        resolve();
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => {
      into.ms.push(responseTime);
    });
  });
}

const percentile = (ms: readonly number[], p: number) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) /
    10
  );
};

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arising-bench-page-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./update-page-service.ts', import.meta.url))],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, BENCH_DB: join(dir, 'register.db') },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
    });
    const { url, link } = JSON.parse(first) as { url: string; link: string };
    const floor: Sample = { ms: [], errors: 0 };
    const page: Sample = { ms: [], errors: 0 };
    // Warm both paths first (JIT, prepared statements), outside the figures.
    await round(`${url}/healthz`, { ms: [], errors: 0 });
    await round(link, { ms: [], errors: 0 });
    for (let i = 0; i < ROUNDS; i++) {
      await round(`${url}/healthz`, floor);
      await round(link, page);
    }
    const pageP99 = percentile(page.ms, 0.99);
    const rows: Row[] = [
      {
        request: 'GET /healthz (floor)',
        rate: RATE,
        requests: floor.ms.length,
        p50_ms: percentile(floor.ms, 0.5),
        p99_ms: percentile(floor.ms, 0.99),
        errors: floor.errors,
      },
      {
        request: 'GET /update (the page)',
        rate: RATE,
        requests: page.ms.length,
        p50_ms: percentile(page.ms, 0.5),
        p99_ms: pageP99,
        errors: page.errors,
        target_p99_ms: TARGET_P99_MS,
        met: pageP99 <= TARGET_P99_MS,
      },
    ];
    await writeResult('update-page', rows, [
      `${ROUNDS} rounds of ${ROUND_SECONDS} s each, floor then page, at ${RATE} req/s, 10 connections, after a warm-up round of each; SQLite; the service in its own process.`,
      'The page verifies the link, loads the person, action, roles, board, latest update and meeting, and renders the form with a fresh CSRF nonce.',
      `Page p99 over the same-run floor's: ${Math.round((pageP99 - percentile(floor.ms, 0.99)) * 10) / 10} ms.`,
    ]);
  } finally {
    child.stdin?.end();
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else child.once('exit', () => resolve());
      setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 5_000).unref();
    });
    rmSync(dir, { recursive: true, force: true });
  }
}
