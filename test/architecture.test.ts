/**
 * The module graph of src/ and adapters/ has no circles: a circle means two modules can only be
 * understood (and loaded) together. Walks the static imports, type-only ones included. Also the
 * shape the README's "How it is built" promises: adapters reach the core through src/core.ts
 * only, every adapter folder names the same roles the same way, nothing points back up inside
 * an adapter, and the Core port stays about a dozen documented members.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+\.ts)['"]/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function graph(): Map<string, string[]> {
  const files = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'adapters'))];
  return new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!)),
    ]),
  );
}

/** Every circle found by a depth-first walk, as a readable path. */
export function circles(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string) => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      found.push([...stack.slice(at), node].map((f) => relative(ROOT, f)).join(' → '));
      return;
    }
    if (done.has(node)) return;
    stack.push(node);
    for (const next of edges.get(node) ?? []) if (edges.has(next)) visit(next);
    stack.pop();
    done.add(node);
  };
  for (const node of edges.keys()) visit(node);
  return found;
}

/** The src/ modules an adapter may import: the ports, the neutral model, and the core's port. */
const ADAPTER_MAY_IMPORT = [
  'src/core.ts',
  'src/ports.ts',
  'src/message.ts',
  'src/domain.ts',
  'src/log.ts',
  'src/config.ts',
  'src/server.ts',
];

const HANDLER = /^on-[a-z0-9-]+\.ts$/;

/**
 * Inside an adapter folder the arrows point down: index.ts (wiring) → inbound.ts (registers the
 * handlers) → on-*.ts (one per event) → the roles below (payloads, render, respond, context,
 * http, messenger...). Nothing imports index.ts, only index.ts imports inbound.ts, and only
 * inbound.ts and handlers import a handler.
 */
function mayImport(importer: string, imported: string): boolean {
  if (imported === 'index.ts') return false;
  if (imported === 'inbound.ts') return importer === 'index.ts';
  if (HANDLER.test(imported)) return importer === 'inbound.ts' || HANDLER.test(importer);
  return true;
}

/** Imports that break the adapter rules, as "importer → imported" (relative to the root). */
export function adapterViolations(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [file, imports] of edges) {
    const from = relative(ROOT, file);
    const folder = /^adapters\/([^/]+)\//.exec(from)?.[1];
    if (!folder) continue;
    const name = from.slice(`adapters/${folder}/`.length);
    for (const target of imports) {
      const to = relative(ROOT, target);
      const bad =
        (to.startsWith('src/') && !ADAPTER_MAY_IMPORT.includes(to)) ||
        (to.startsWith('adapters/') && !to.startsWith(`adapters/${folder}/`)) ||
        // Inside a folder: handlers never import what registers them; the roles below them
        // (payloads, render, respond, context, http, messenger...) never import a handler.
        (to.startsWith(`adapters/${folder}/`) && !mayImport(name, to.slice(folder.length + 10)));
      if (bad) found.push(`${from} → ${to}`);
    }
  }
  return found;
}

/** The same role has the same file name in every chat adapter (README, "How it is built"). */
const CHAT_ROLES = [
  'index.ts',
  'inbound.ts',
  'context.ts',
  'payloads.ts',
  'http.ts',
  'respond.ts',
  'render.ts',
  'messenger.ts',
];
/** Names the roles used to have in one adapter or another. */
const RETIRED = [
  'activity.ts',
  'receiver.ts',
  'http-adapter.ts',
  'identify.ts',
  'uploads.ts',
  'action-modal.ts',
];
/** Roles both chat adapters have beyond the shared ones: the add and edit form and its Save. */
const FORM_ROLES = ['render-form.ts', 'on-action-form.ts'];

/** The members of an interface in `source`, each with whether a doc comment precedes it. */
export function interfaceMembers(
  source: string,
  name: string,
): { name: string; documented: boolean }[] {
  const start = source.indexOf(`export interface ${name} {`);
  if (start < 0) return [];
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const members: { name: string; documented: boolean }[] = [];
  const lines = body.split('\n').slice(1);
  lines.forEach((line, i) => {
    const m = /^ {2}(?:readonly )?([a-zA-Z]\w*)[(?:<]/.exec(line);
    if (!m) return;
    const before = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim() !== '');
    members.push({ name: m[1]!, documented: (before ?? '').trim().endsWith('*/') });
  });
  return members;
}

/** Every relative import of a file, static, type-only or dynamic (`await import('./x.ts')`). */
const ANY_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+\.ts)['"]/gm;

function anyImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(ANY_IMPORT)].map((m) =>
    relative(ROOT, resolve(dirname(file), m[1]!)),
  );
}

/** Files outside src/commands/ that import a command module, other than the core. */
export function commandImporters(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const from = relative(ROOT, file);
    if (from === 'src/core.ts' || from.startsWith('src/commands/')) return [];
    return anyImports(file)
      .filter((to) => to.startsWith('src/commands/'))
      .map((to) => `${from} → ${to}`);
  });
}

/** Lines that do by hand what one shared helper does: chunking id lists, telling the engines apart. */
const PLUMBING: readonly { readonly what: RegExp; readonly home: string }[] = [
  { what: /\+=\s*500\b|slice\(\s*\w+\s*,\s*\w+\s*\+\s*500\s*\)/, home: 'src/db/chunks.ts' },
  { what: /\b(?:PostgresAdapter|SqliteAdapter|PostgresDialect)\b/, home: 'src/db/engine.ts' },
];

export function handRolledPlumbing(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const from = relative(ROOT, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    return PLUMBING.flatMap(({ what, home }) =>
      from === home || from === 'src/db/connect.ts'
        ? []
        : lines.flatMap((line, i) => (what.test(line) ? [`${from}:${i + 1} (use ${home})`] : [])),
    );
  });
}

/**
 * The files the README's "How it is built" names that do not exist: the map's paths, each
 * `name.ts` read in the folder its line (or the line it continues) starts with, and the adapter
 * table's files, each in some adapter folder. A renamed or moved file fails this until the map
 * is redrawn.
 */
export function missingFromMap(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## How it is built'));
  const map = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', 4));
  const missing: string[] = [];
  let dir = '';
  for (const line of map.split('\n')) {
    const first = /^(\S+)/.exec(line)?.[1];
    if (first) dir = first.endsWith('/') ? first : dirname(first);
    for (const [name] of line.matchAll(/(?:[\w.-]+\/)*[\w-]+\.(?:ts|js)\b/g)) {
      const path = name.includes('/') ? name : join(dir, name);
      if (!existsSync(join(ROOT, path))) missing.push(path);
    }
  }
  const table = section.slice(section.indexOf('| file'), section.indexOf('**Bundled'));
  const folders = readdirSync(join(ROOT, 'adapters'));
  for (const [, name] of table.matchAll(/^\| `([\w-]+\.ts)`/gm))
    if (!folders.some((f) => existsSync(join(ROOT, 'adapters', f, name!))))
      missing.push(`adapters/*/${name}`);
  return missing;
}

describe('architecture', () => {
  it('finds the imports it walks (the regex is not blind)', () => {
    const core = graph().get(join(ROOT, 'src', 'core.ts')) ?? [];
    expect(core).toContain(join(ROOT, 'src', 'access.ts'));
  });

  it('has no import circle in src/ or adapters/', () => {
    expect(circles(graph())).toEqual([]);
  });

  it('keeps adapters on the core port, in their own folder, with no arrow back up', () => {
    expect(adapterViolations(graph())).toEqual([]);
  });

  it('sees an adapter reaching into the commands (the check is not blind)', () => {
    const handler = join(ROOT, 'adapters', 'slack', 'on-command.ts');
    const edges = new Map([[handler, [join(ROOT, 'src', 'commands', 'link.ts')]]]);
    expect(adapterViolations(edges)).toEqual([
      'adapters/slack/on-command.ts → src/commands/link.ts',
    ]);
  });

  it('names the same roles the same way in every chat adapter', () => {
    for (const folder of ['slack', 'teams']) {
      const names = readdirSync(join(ROOT, 'adapters', folder));
      expect(
        CHAT_ROLES.filter((role) => !names.includes(role)),
        folder,
      ).toEqual([]);
      expect(
        RETIRED.filter((old) => names.includes(old)),
        folder,
      ).toEqual([]);
    }
    for (const folder of ['slack', 'teams']) {
      const names = readdirSync(join(ROOT, 'adapters', folder));
      expect(
        FORM_ROLES.filter((role) => !names.includes(role)),
        folder,
      ).toEqual([]);
    }
    const console = readdirSync(join(ROOT, 'adapters', 'console'));
    expect(
      ['index.ts', 'inbound.ts', 'render.ts', 'messenger.ts'].filter((r) => !console.includes(r)),
    ).toEqual([]);
    // Email has no inbound side in its folder (its update links are pages, src/email-links/).
    const email = readdirSync(join(ROOT, 'adapters', 'email'));
    expect(['index.ts', 'render.ts', 'messenger.ts'].filter((r) => !email.includes(r))).toEqual([]);
    expect(RETIRED.filter((old) => email.includes(old) || console.includes(old))).toEqual([]);
  });

  it('lets no module but the core import the commands (the command line included)', () => {
    const files = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'adapters'))];
    expect(commandImporters(files)).toEqual([]);
  });

  it('chunks id lists and tells the engines apart in one place each', () => {
    const files = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'adapters'))];
    expect(handRolledPlumbing(files)).toEqual([]);
  });

  it("names only files that exist in the README's map of the code", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(missingFromMap(readme)).toEqual([]);
    // Not blind: a file that was renamed away is reported.
    expect(missingFromMap(readme.replace('render-form.ts', 'action-modal.ts'))).toEqual([
      'adapters/*/action-modal.ts',
    ]);
  });

  it('keeps Core to about a dozen members, each with a line of doc', () => {
    const members = interfaceMembers(readFileSync(join(ROOT, 'src', 'core.ts'), 'utf8'), 'Core');
    expect(members.map((m) => m.name)).toContain('identify');
    expect(members.length).toBeLessThanOrEqual(13);
    expect(members.filter((m) => !m.documented).map((m) => m.name)).toEqual([]);
  });
});
