import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { startService, type Service } from '../../src/main.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeClock } from '../support/clock.ts';
import { actorFor } from '../../src/access.ts';
import { findPerson } from '../../src/register/people.ts';

describe('the digest in the running service', () => {
  let dir: string;
  let service: Service;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arising-digest-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'arising.db')}`,
      SCHEDULER: 'off',
      DIGEST_LINK_SECRET: 'x'.repeat(64),
    });
    service = await startService(config, {
      logger: silentLogger,
      clock: new FakeClock('2026-11-25T09:00:00Z'),
    });
  });
  afterAll(async () => {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("links the secretariat's digest to a Word document the service serves", async () => {
    const match = await findPerson(service.db, 'Gemma Townsend');
    if (match.kind !== 'one') throw new Error('the demo secretariat is missing');
    const actor = await actorFor(service.db, match.person, 'cli');
    const message = await service.core.handleText(actor, 'digest lcrb');
    const urls = message.blocks.flatMap((b) => (b.kind === 'links' ? b.links : []));
    const link = urls.find((l) => l.label === 'Word')?.url;
    expect(link?.startsWith(`${service.url}/digests?board=lcrb&`)).toBe(true);
    const res = await fetch(link!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lcrb-.*\.docx"$/,
    );
  });

  it('refuses a link signing secret too short to be safe, saying what to use', () => {
    expect(() => loadConfig({ DIGEST_LINK_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ DIGEST_LINK_SECRET: 'short' })).toThrow(/openssl rand -hex 32/);
    expect(() => loadConfig({ PUBLIC_URL: 'arising.example.org' })).toThrow(/PUBLIC_URL/);
  });
});
