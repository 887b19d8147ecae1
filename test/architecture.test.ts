/**
 * The module graph of src/ and adapters/ has no circles: a circle means two modules can only be
 * understood (and loaded) together. Walks the static imports, type-only ones included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('architecture', () => {
  it('finds the imports it walks (the regex is not blind)', () => {
    const core = graph().get(join(ROOT, 'src', 'core.ts')) ?? [];
    expect(core).toContain(join(ROOT, 'src', 'access.ts'));
  });

  it('has no import circle in src/ or adapters/', () => {
    expect(circles(graph())).toEqual([]);
  });
});
