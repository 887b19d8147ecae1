import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import Database from 'better-sqlite3';

const BIN = new URL('../../bin/arising.js', import.meta.url).pathname;
const run = promisify(execFile);

describe('arising digest on the command line', () => {
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
    dir = await mkdtemp(join(tmpdir(), 'arising-digest-cli-'));
    database = `sqlite:${join(dir, 'a.db')}`;
    expect((await arising('seed-demo')).code).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the Word action log to a file', async () => {
    const out = join(dir, 'log.docx');
    expect(await arising('digest', 'lcrb', '--format', 'docx', '--out', out)).toEqual({
      code: 0,
      out: `Wrote ${out}.\n`,
    });
    const text = (await mammoth.extractRawText({ buffer: await readFile(out) })).value;
    expect(text).toContain('Matters arising: London Crime Reduction Board');
  });

  it('prints no escape sequence or bell from action text, in any text format', async () => {
    // Text stored before the check of people's text existed, or written straight to the database.
    const sqlite = new Database(database.slice('sqlite:'.length));
    sqlite
      .prepare("UPDATE actions SET text = ? WHERE ref = 'LCRB-1'")
      .run('Bring back \u001b]0;pwned\u0007\u001b[2Ja proposal\u009b\u202E');
    sqlite.close();
    for (const format of ['md', 'html', 'csv']) {
      const { code, out } = await arising('digest', 'lcrb', '--format', format);
      expect(code).toBe(0);
      expect(out).toMatch(/Bring back \\?\]0;pwned/);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/);
    }
  });

  it('says at the foot of the public CSV how many restricted actions it left out', async () => {
    const { code, out } = await arising('digest', 'lcrb', '--format', 'csv', '--public');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\r\n').at(-1)).toMatch(
      /^"?Public edition: \d+ restricted actions? (is|are) left out\."?,/,
    );
  });

  it('writes Markdown to standard output', async () => {
    const { code, out } = await arising('digest', 'lcrb', '--format', 'md', '--public');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Matters arising: London Crime Reduction Board.*\(public edition\)/);
  });

  it('says which formats there are, and what to do about a meeting date it cannot find', async () => {
    const bad = await arising('digest', 'lcrb', '--format', 'pdf');
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/Allowed choices are md, html, docx, csv/);
    const noMeeting = await arising('digest', 'lcrb', '--format', 'md', '--meeting', '1999-01-01');
    expect(noMeeting).toEqual({
      code: 2,
      out: 'London Crime Reduction Board has no meeting on 1999-01-01. Leave out --meeting for the next one.\n',
    });
  });
});
