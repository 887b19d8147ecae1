import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../../src/cli/index.ts';
import type { PersonId } from '../../../src/domain.ts';
import { openDatabase } from '../../../src/db/connect.ts';
import { channelPreference } from '../../../src/register/channels.ts';
import { aBoard, aPerson } from '../../support/builders.ts';
import { FakeClock } from '../../support/clock.ts';
import { openTestDb } from '../../support/db.ts';

describe('arising person set --channel', () => {
  let dir: string;
  let file: string;
  let out: string[];
  let err: string[];
  let timId: PersonId;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arising-person-'));
    file = join(dir, 'register.db');
    const t = await openTestDb('sqlite', { file });
    const board = await aBoard(t.db);
    timId = (await aPerson(t.db, { name: 'Tim Godwin', email: 'tim@example.org', board })).id;
    await aPerson(t.db, { name: 'Ann Other', email: null, board });
    await t.close();
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) =>
    buildProgram({ clock: new FakeClock() }).parseAsync([
      'node',
      'arising',
      'person',
      'set',
      ...args,
      '--database',
      `sqlite:${file}`,
    ]);
  const stored = async () => {
    const { db, close } = await openDatabase(`sqlite:${file}`);
    try {
      return await channelPreference(db, timId);
    } finally {
      await close();
    }
  };

  it('stores the preference and says how the person is now reached', async () => {
    await run('Tim Godwin', '--channel', 'email');
    expect(out.join('')).toContain('Tim Godwin is reached by email.');
    expect(await stored()).toBe('email');
    await run('Tim Godwin', '--channel', 'auto');
    expect(out.join('')).toContain('auto: the chat account they last used, else email');
    expect(await stored()).toBe('auto');
  });

  it('says when a preference cannot be met yet', async () => {
    await run('Tim Godwin', '--channel', 'teams');
    expect(out.join('')).toContain('no linked teams account yet');
    await run('Ann Other', '--channel', 'email');
    expect(out.join('')).toContain('They have no email address');
  });

  it('refuses a channel it does not know, naming the choices', async () => {
    await expect(run('Tim Godwin', '--channel', 'fax')).rejects.toThrow(
      /email, slack, teams or auto/,
    );
    expect(await stored()).toBe('auto');
  });
});
