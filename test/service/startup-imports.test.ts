/**
 * What the service loads when it starts: the packages reachable from src/main.ts by static
 * value imports (the ones Node loads before the first line runs). The document libraries are
 * loaded by import() when a document is first made or read, so a running service does not
 * carry them (issue 13: idle memory).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
// `import x from`, `import { a, type B } from`, `export { a } from`, `import 'x'`; not `import type`.
const VALUE_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;

/** Bare package names reached from `entry` through static value imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else if (!spec!.startsWith('node:')) {
        const parts = spec!.split('/');
        packages.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  };
  visit(entry);
  return packages;
}

describe('what starting the service loads', () => {
  const loaded = packagesLoadedBy(join(ROOT, 'src', 'main.ts'));

  it('sees the packages the service does need at start (the walk is not blind)', () => {
    for (const needed of ['@slack/bolt', 'kysely', 'zod', 'pino', 'luxon']) {
      expect(loaded).toContain(needed);
    }
  });

  it('leaves the Word, CSV and Teams libraries to be loaded when first used', () => {
    for (const lazy of ['docx', 'mammoth', 'csv-stringify', '@microsoft/teams.apps', 'unpdf']) {
      expect(loaded, `${lazy} is imported statically from src/main.ts`).not.toContain(lazy);
    }
  });
});
