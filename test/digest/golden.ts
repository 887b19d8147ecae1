/**
 * Golden files: the expected rendering is committed under test/golden/. Run with UPDATE_GOLDEN=1
 * to rewrite them after a deliberate change, then read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('../golden/digest/', import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const path = `${DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run the tests with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
