/**
 * Issue 13's targets, reported the same way by every bench that measures one: the figure, the
 * target, pass or fail, and the baseline measured in the same run, as a row of the bench's
 * results file (bench/results/<bench>.json) and its printed table.
 */
import { readFileSync } from 'node:fs';
import type { Row } from './lib.ts';

export interface Target {
  readonly name: string;
  /** As people read it: "<= 120 MB". */
  readonly target: string;
  readonly value: number;
  readonly unit: string;
  readonly met: boolean;
  /** The same-run baseline(s) the figure stands beside. */
  readonly baseline: string;
}

export const targetRow = (t: Target): Row => ({
  what: `TARGET ${t.name}`,
  how: `${t.value} ${t.unit} (target ${t.target})`,
  result: t.met ? 'PASS' : 'FAIL',
  baseline: t.baseline,
});

/**
 * The Node flags `npm start` gives the service (package.json's start script, up to bin/start.js),
 * so a bench loads the service exactly as it runs.
 */
export function serviceNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  const from = words.indexOf('node');
  const to = words.findIndex((w) => w.endsWith('bin/start.js'));
  return from >= 0 && to > from ? words.slice(from + 1, to) : [];
}
