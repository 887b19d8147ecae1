/**
 * `npm start` (bin/start.js) as a person runs it: no credentials, embedded SQLite, demo data. It
 * runs the compiled build (compiling it first when the sources changed) or, with
 * ARISING_SOURCE=1, the TypeScript through tsx; either way the service comes up, answers
 * /healthz, and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = new URL('../../bin/start.js', import.meta.url).pathname;

async function startAndStop(database: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [START], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: database,
      SCHEDULER: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Matters Arising is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return { health, code: await exited, out };
}

describe('npm start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-start-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs the compiled service: seeded, healthy, and stopped by SIGTERM', async () => {
    const run = await startAndStop(`sqlite:${join(dir, 'compiled.db')}`, { ARISING_SOURCE: '' });
    expect(run.health).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(run.out).toMatch(/demo register seeded/);
    expect(run.code).toBe(0);
  }, 120_000);

  it('runs the TypeScript sources through tsx with ARISING_SOURCE=1', async () => {
    const run = await startAndStop(`sqlite:${join(dir, 'source.db')}`, { ARISING_SOURCE: '1' });
    expect(run.health).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(run.code).toBe(0);
  }, 120_000);
});
