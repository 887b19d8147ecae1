import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;

function arising(
  args: string[],
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the arising CLI', () => {
  let dir: string;
  let database: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-cli-'));
    database = `sqlite:${join(dir, 'arising.db')}`;
    const seeded = await arising(['seed-demo', '--database', database]);
    expect(seeded.stdout).toMatch(/Seeded 2 boards/);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets a person chat locally and see replies as text', async () => {
    const { code, stdout } = await arising(
      ['chat', '--as', 'Tim Godwin', '--database', database],
      'mine\nupdate LCRB-1 in progress "Drafting"\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('== Your open actions (1) ==');
    expect(stdout).toContain('LCRB-1 is now in progress, with your note.');
  });

  it('remembers what was said: the next session sees the update', async () => {
    const { stdout } = await arising(
      ['chat', '--as', 'gemma.townsend@example.org', '--database', database],
      'show LCRB-1\n',
    );
    expect(stdout).toMatch(/Tim Godwin \(cli\): Open → In progress — Drafting/);
  });

  it('says who it could not find, and exits non-zero', async () => {
    const { code, stderr } = await arising(['chat', '--as', 'Nobody', '--database', database]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/No one called “Nobody” is in the register/);
  });

  it('migrates a named database and says when it is up to date', async () => {
    const { stdout } = await arising(['migrate', '--database', database]);
    expect(stdout).toContain('Already up to date.');
  });
});
