/**
 * `npm run teams:package`: fills in manifest/teams/manifest.json from the environment, checks
 * it (scripts/teams-manifest.ts), checks the icons, and writes the app package to upload to
 * Teams: manifest/teams/build/matters-arising-teams.zip (manifest.json, color.png, outline.png at the root).
 *
 *   TEAMS_APP_ID=<guid> TEAMS_WEBSITE_URL=https://actions.example.gov.uk npm run teams:package
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { USAGE } from '../src/commands/usage.ts';
import { decodePng } from './png.ts';
import { manifestSchema, type Manifest } from './teams-manifest.ts';

export type PackageResult =
  | { readonly ok: true; readonly file: string; readonly manifest: Manifest }
  | { readonly ok: false; readonly problems: readonly string[] };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST_DIR = join(ROOT, 'manifest', 'teams');

/** Replaces {{NAME}} with the environment's value; names left without one are reported. */
function fill(template: string, env: NodeJS.ProcessEnv, missing: Set<string>): string {
  const website = env.TEAMS_WEBSITE_URL?.replace(/\/+$/, '');
  const values: Record<string, string | undefined> = {
    TEAMS_APP_ID: env.TEAMS_APP_ID,
    TEAMS_WEBSITE_URL: website,
    TEAMS_PRIVACY_URL: env.TEAMS_PRIVACY_URL ?? (website && `${website}/privacy`),
    TEAMS_TERMS_URL: env.TEAMS_TERMS_URL ?? (website && `${website}/terms`),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing.add(name);
    return JSON.stringify(value ?? '').slice(1, -1);
  });
}

function iconProblems(file: string, size: number, outline: boolean): string[] {
  try {
    const image = decodePng(readFileSync(file));
    if (image.width !== size || image.height !== size)
      return [`${file}: expected ${size}x${size}, found ${image.width}x${image.height}`];
    if (outline) {
      for (let i = 0; i < image.pixels.length; i += 4) {
        const [r, g, b, a] = image.pixels.subarray(i, i + 4);
        if (a !== 0 && (r !== 255 || g !== 255 || b !== 255))
          return [`${file}: an outline icon must be white on transparent`];
      }
    }
    return [];
  } catch (error) {
    return [
      `${file}: ${error instanceof Error ? error.message : String(error)} (run npm run teams:icons)`,
    ];
  }
}

export function buildTeamsPackage(
  env: NodeJS.ProcessEnv,
  out = join(ROOT, 'manifest', 'teams', 'build', 'matters-arising-teams.zip'),
  dir = MANIFEST_DIR,
): PackageResult {
  const missing = new Set<string>();
  const text = fill(readFileSync(join(dir, 'manifest.json'), 'utf8'), env, missing);
  const problems = [...missing].map((name) =>
    name === 'TEAMS_APP_ID'
      ? 'Set TEAMS_APP_ID to the Azure Bot app id (a GUID).'
      : `Set TEAMS_WEBSITE_URL (an https page about your deployment), or ${name}.`,
  );
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`manifest.json ${issue.path.join('.')}: ${issue.message}`);
  const manifest = parsed.success ? parsed.data : undefined;
  if (manifest) {
    const known = new Set(Object.keys(USAGE));
    for (const command of manifest.bots[0]!.commandLists?.flatMap((l) => l.commands) ?? [])
      if (!known.has(command.title))
        problems.push(`manifest.json: "${command.title}" is not a command the bot understands`);
  }
  const color = join(dir, manifest?.icons.color ?? 'color.png');
  const outline = join(dir, manifest?.icons.outline ?? 'outline.png');
  problems.push(...iconProblems(color, 192, false), ...iconProblems(outline, 32, true));
  if (problems.length || !manifest) return { ok: false, problems };

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    zipSync({
      'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
      [manifest.icons.color]: readFileSync(color),
      [manifest.icons.outline]: readFileSync(outline),
    }),
  );
  return { ok: true, file: out, manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = buildTeamsPackage(process.env);
  if (result.ok) {
    process.stdout.write(
      `Wrote ${result.file}\nUpload it in Teams: Apps > Manage your apps > Upload an app (see README, "Microsoft Teams").\n`,
    );
  } else {
    process.stderr.write(
      `The Teams app package was not built:\n  ${result.problems.join('\n  ')}\n`,
    );
    process.exit(1);
  }
}
