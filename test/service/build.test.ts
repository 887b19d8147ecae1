/**
 * The built bundle (bin/dist.js): dist/ holds the service and the command line as plain
 * JavaScript, runs without tsx, and counts as stale the moment a source changes, so the
 * launchers never run old code.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, isFresh, ROOT } from '../../bin/dist.js';
import { loadConfig } from '../../src/config.ts';
import type { startService as StartService } from '../../src/main.ts';
import { silentLogger } from '../../src/log.ts';
import {
  BOT_TOKEN,
  personalActivity,
  startConnector,
  startIssuer,
  teamsEnv,
  visibleText,
} from '../adapters/teams/mock-teams.ts';

const run = promisify(execFile);

describe('the compiled build of the service', () => {
  const outDir = join(ROOT, `.dist-test-${process.pid}`);
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-build-'));
    await build({ outDir, quiet: true });
  }, 120_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('builds every migration and the command line, and the register runs from it without tsx', async () => {
    const compiled = await readdir(join(outDir, 'migrations'));
    expect(compiled.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    expect(compiled.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(isFresh({ outDir })).toBe(true);

    // The migrations are found as .js files and the demo data beside the compiled code.
    const cli = join(outDir, 'app', 'cli.js');
    const database = `sqlite:${join(dir, 'a.db')}`;
    const env = { ...process.env, LOG_LEVEL: 'silent', NODE_OPTIONS: '' };
    const seeded = await run(process.execPath, [cli, 'seed-demo', '--database', database], { env });
    expect(seeded.stdout).toMatch(/Seeded 2 boards/);
    const boards = await run(process.execPath, [cli, 'board', 'list', '--database', database], {
      env,
    });
    expect(boards.stdout).toMatch(/^lcrb\tLCRB\tLondon Crime Reduction Board/m);
  }, 60_000);
  it('runs the service from the bundle: the Teams SDK, bundled, answers a signed message', async () => {
    // The bundle's own code, not the sources: a package that bundles badly fails here. Loaded by
    // Node itself (require of an ES module, Node 20.19+), not through vitest's transform.
    const { startService } = createRequire(import.meta.url)(join(outDir, 'app', 'main.js')) as {
      startService: typeof StartService;
    };
    const issuer = await startIssuer();
    const connector = await startConnector();
    const bot = 'bot-app-id';
    const config = loadConfig({
      ...teamsEnv(issuer, connector, bot, join(dir, 'teams.db')),
      DEMO_DATA: 'always',
    });
    const service = await startService(config, {
      logger: silentLogger,
      teamsToken: () => BOT_TOKEN,
      teamsSleep: async () => undefined,
    });
    try {
      const from = { id: '29:tim', aadObjectId: 'aad-tim', name: 'Tim Godwin' };
      connector.members.set(from.id, { ...from, email: 'tim.godwin@example.org' });
      const activity = personalActivity(
        { connector, botId: bot, tenant: 'tenant-lcrb' },
        'message',
        from,
        { text: 'help' },
      );
      const token = await issuer.sign({ audience: bot, serviceUrl: connector.url });
      const res = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(200);
      const sent = await connector.waitForSent(1);
      expect(visibleText(sent.at(-1)!.body).length).toBeGreaterThan(0);
    } finally {
      await service.close();
      await connector.close();
      await issuer.close();
    }
  }, 60_000);
});

describe('whether a build is fresh', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'arising-fresh-'));
    await mkdir(join(root, 'src'));
    await mkdir(join(root, 'seeds'));
    await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(root, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', allowImportingTsExtensions: true } }),
    );
    await writeFile(join(root, 'src', 'b.ts'), 'export const b: number = 1;\n');
    await writeFile(
      join(root, 'src', 'a.ts'),
      "import { b } from './b.ts';\nconst n: number = b + 1;\nconsole.log(`a ${n}`);\n",
    );
    await writeFile(join(root, 'seeds', 'data.txt'), 'seed\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const entries = { 'app/a': 'src/a.ts' };

  it('is fresh after a build, stale after any source changes, and fresh again once rebuilt', async () => {
    expect(isFresh({ root })).toBe(false); // never built
    await build({ root, entries, quiet: true });
    expect(isFresh({ root })).toBe(true);
    const out = await run(process.execPath, [join(root, 'dist', 'app', 'a.js')]);
    expect(out.stdout).toBe('a 2\n');

    // An edit (a new modification time), a new file, a deleted one, a changed seed.
    const later = new Date(Date.UTC(2030, 0, 1));
    await utimes(join(root, 'src', 'b.ts'), later, later);
    expect(isFresh({ root })).toBe(false);
    await build({ root, entries, quiet: true });
    expect(isFresh({ root })).toBe(true);

    await writeFile(join(root, 'src', 'c.ts'), 'export {};\n');
    expect(isFresh({ root })).toBe(false);
    await build({ root, entries, quiet: true });
    await rm(join(root, 'src', 'c.ts'));
    expect(isFresh({ root })).toBe(false);
    await build({ root, entries, quiet: true });

    await writeFile(join(root, 'seeds', 'data.txt'), 'changed seed\n');
    expect(isFresh({ root })).toBe(false);
    await build({ root, entries, quiet: true });
    expect(isFresh({ root })).toBe(true);
    // Nothing left beside dist/ from the swap.
    expect((await readdir(root)).filter((f) => f.startsWith('dist'))).toEqual(['dist']);
  }, 60_000);

  it('refuses to swap in a build that does not compile, keeping the last good one', async () => {
    await writeFile(join(root, 'src', 'bad.ts'), 'export const = ;\n');
    await expect(
      build({ root, entries: { ...entries, 'app/bad': 'src/bad.ts' }, quiet: true }),
    ).rejects.toThrow(/Could not compile:\nsrc\/bad\.ts:1:/);
    const out = await run(process.execPath, [join(root, 'dist', 'app', 'a.js')]);
    expect(out.stdout).toBe('a 2\n');
    await rm(join(root, 'src', 'bad.ts'));
  }, 60_000);
});
