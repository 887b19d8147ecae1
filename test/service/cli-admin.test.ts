import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;
const run = promisify(execFile);

describe('setting up a register from the command line', () => {
  let dir: string;
  let database: string;
  const arising = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, [BIN, ...args, '--database', database]);
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, out: e.stderr };
    }
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-admin-'));
    database = `sqlite:${join(dir, 'a.db')}`;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds a board, a meeting, a person and a role, and the person can then add actions', async () => {
    expect(
      (await arising('board', 'add', 'lcrb', 'London Crime Reduction Board', '--prefix', 'LCRB'))
        .out,
    ).toMatch(/Added board lcrb/);
    expect(
      (await arising('meeting', 'add', 'lcrb', '2027-01-12', '10:00', '--location', 'City Hall'))
        .out,
    ).toMatch(/meets Tue 12 Jan 2027, 10:00, City Hall/);
    expect(
      (
        await arising(
          'person',
          'add',
          'Gemma Townsend',
          '--initials',
          'GT',
          '--email',
          'gt@example.org',
        )
      ).out,
    ).toMatch(/Added Gemma Townsend/);
    expect((await arising('member', 'add', 'lcrb', 'GT', 'secretariat')).out).toMatch(
      /Gemma Townsend is secretariat of London Crime Reduction Board/,
    );
  });

  it('refuses bad input with the argument named and what it expects', async () => {
    expect(await arising('board', 'add', 'Bad Slug', 'X', '--prefix', 'X')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/slug: expected a short name/),
    });
    expect(await arising('member', 'add', 'lcrb', 'GT', 'boss')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/role: expected one of chair, secretariat, member/),
    });
    expect(await arising('meeting', 'add', 'nope', '2027-01-12', '10:00')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/There is no board "nope"/),
    });
  });

  it('refuses a meeting time that the spring clock change skips', async () => {
    expect(await arising('meeting', 'add', 'lcrb', '2027-03-28', '01:30')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/does not exist in Europe\/London/),
    });
  });

  it('unlinks a person’s account with arising person unlink, and records it', async () => {
    const { openDatabase } = await import('../../src/db/connect.ts');
    const { findPerson, linkIdentity, listIdentities } =
      await import('../../src/register/people.ts');
    const { listIdentityAudit } = await import('../../src/register/identity-audit.ts');
    const opened = await openDatabase(database);
    try {
      const gemma = await findPerson(opened.db, 'Gemma Townsend');
      if (gemma.kind !== 'one') throw new Error('set up by the first test');
      await linkIdentity(
        opened.db,
        {
          platform: 'slack',
          workspaceId: 'T1',
          userId: 'UGT',
          personId: gemma.person.id,
          conversationRef: null,
        },
        new Date(0),
      );
      expect(await arising('person', 'unlink', 'Gemma Townsend', '--platform', 'slack')).toEqual({
        code: 0,
        out: 'Unlinked 1 account of Gemma Townsend (slack).\n',
      });
      expect(await listIdentities(opened.db, gemma.person.id)).toEqual([]);
      expect((await listIdentityAudit(opened.db)).map((e) => [e.change, e.by, e.userId])).toEqual([
        ['unlink', { kind: 'cli' }, 'UGT'],
      ]);
      expect(
        await arising('person', 'unlink', 'Gemma Townsend', '--platform', 'email'),
      ).toMatchObject({
        code: 2,
      });
    } finally {
      await opened.close();
    }
  });
});
