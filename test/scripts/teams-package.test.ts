import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildTeamsPackage, MANIFEST_DIR } from '../../scripts/teams-package.ts';
import { colourIcon, outlineIcon } from '../../scripts/teams-icons.ts';
import { decodePng, encodePng } from '../../scripts/png.ts';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const env = { TEAMS_APP_ID: APP_ID, TEAMS_WEBSITE_URL: 'https://actions.example.gov.uk' };
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the Teams app package', () => {
  it('zips the manifest, filled in, with both icons at the root', () => {
    const out = join(temp(), 'app.zip');
    const result = buildTeamsPackage(env, out);
    expect(result).toMatchObject({ ok: true });
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.developer.privacyUrl).toBe('https://actions.example.gov.uk/privacy');
    expect(
      manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title),
    ).toEqual(
      expect.arrayContaining(['mine', 'show', 'update', 'done', 'note', 'outstanding', 'help']),
    );
  });

  it('refuses to build without the app id, naming the variable', () => {
    const result = buildTeamsPackage({}, join(temp(), 'app.zip'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toContain('TEAMS_APP_ID');
  });

  it('refuses an outline icon that is not white on transparent', () => {
    const dir = temp();
    for (const f of ['manifest.json', 'color.png'])
      copyFileSync(join(MANIFEST_DIR, f), join(dir, f));
    const blue = {
      ...colourIcon(),
      width: 32,
      height: 32,
      pixels: new Uint8Array(32 * 32 * 4).fill(200),
    };
    writeFileSync(join(dir, 'outline.png'), encodePng(blue));
    const result = buildTeamsPackage(env, join(dir, 'app.zip'), dir);
    expect(!result.ok && result.problems.join('\n')).toContain('white on transparent');
  });

  it('ships the icons the icon script draws', () => {
    expect(decodePng(readFileSync(join(MANIFEST_DIR, 'color.png')))).toEqual(colourIcon());
    expect(decodePng(readFileSync(join(MANIFEST_DIR, 'outline.png')))).toEqual(outlineIcon());
  });
});
