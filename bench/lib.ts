/**
 * Benchmark helpers: time an operation, compare it with a baseline measured in the same run (so
 * a figure is a ratio that holds on a noisy, shared machine), write JSON to bench/results/ and
 * print a table. Benchmarks never run in `npm test`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly name: string;
  readonly runs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export async function time(
  name: string,
  fn: () => Promise<unknown> | unknown,
  runs = 30,
  warmup = 3,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    name,
    runs,
    p50Ms: round(percentile(samples, 0.5)),
    p99Ms: round(percentile(samples, 0.99)),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  };
}

/**
 * CPU time (user + system, every thread) a live process has used so far, in ms; Linux only
 * (NaN elsewhere). A busy machine inflates it far less than wall time.
 */
export function cpuMsOf(pid: number | undefined): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name; 100 ticks/s.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

export interface Row {
  readonly [column: string]: string | number | boolean | null;
}

export interface BenchResult {
  readonly bench: string;
  readonly when: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly platform: string };
  readonly rows: readonly Row[];
  readonly notes?: readonly string[];
}

export async function writeResult(
  bench: string,
  rows: readonly Row[],
  notes: readonly string[] = [],
): Promise<string> {
  const os = await import('node:os');
  const result: BenchResult = {
    bench,
    when: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.arch()}`,
    },
    rows,
    notes,
  };
  const dir = new URL('./results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = new URL(`${bench}.json`, dir);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  printTable(bench, rows, notes);
  return file.pathname;
}

export function printTable(
  title: string,
  rows: readonly Row[],
  notes: readonly string[] = [],
): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [
    `\n## ${title}`,
    line(columns),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(columns.map((c) => cell(r[c])))),
    ...notes.map((n) => `  ${n}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
