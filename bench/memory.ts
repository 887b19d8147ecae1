/**
 * Memory: the resident set size of the service (its own process, SQLite, demo register, Slack
 * against the mock) when idle after start, at its highest under the round-trip load at 200
 * req/s and flat out, and idle again afterwards. "After GC" figures are taken after a full
 * collection (the child runs with --expose-gc). The bare Bolt App is measured the same way, in
 * the same run, as the baseline.
 */
import { runLoad, startChild, startMockSlack, type Child } from './slack/load.ts';
import { writeResult, type Row } from './lib.ts';
import { serviceNodeFlags, targetRow } from './targets.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Highest RSS seen while `work` runs, sampled every 250 ms. */
async function peakDuring(child: Child, work: () => Promise<unknown>): Promise<number> {
  let peak = (await child.rss(false)).rssBytes;
  let running = true;
  const sampler = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (running) peak = Math.max(peak, (await child.rss(false)).rssBytes);
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await sampler;
  }
  return peak;
}

async function measure(mode: 'service' | 'bare', label: string, source = false): Promise<Row[]> {
  const mock = await startMockSlack();
  const child = await startChild(mode, mock, { source });
  try {
    const { url, users } = child.ready;
    const idle = await child.rss(true);
    const load = (rate?: number) =>
      runLoad({
        url,
        users,
        mock,
        connections: rate ? 20 : 50,
        seconds: SECONDS,
        ...(rate ? { rate } : {}),
      });
    const at200 = await peakDuring(child, () => load(200));
    const flatOut = await peakDuring(child, () => load());
    const after = await child.rss(true);
    const row = (state: string, bytes: number, heap: number | null, gc: boolean): Row => ({
      app: label,
      state,
      rss_mb: mb(bytes),
      heap_used_mb: heap === null ? null : mb(heap),
      after_gc: gc,
    });
    return [
      row('idle after start', idle.rssBytes, idle.heapUsedBytes, idle.gcRan),
      row('peak under 200 req/s', at200, null, false),
      row('peak flat out (50 conn)', flatOut, null, false),
      row('idle after load', after.rssBytes, after.heapUsedBytes, after.gcRan),
    ];
  } finally {
    await child.stop();
    await mock.close();
  }
}

export async function run(): Promise<void> {
  const service = await measure('service', 'service (SQLite, Slack + Teams)');
  const before = await measure('service', 'before: service through tsx', true);
  const bare = await measure('bare', 'bare Bolt (ack only)');
  const idle = (rows: Row[]) => Number(rows[0]!.rss_mb);
  const rss = idle(service);
  await writeResult(
    'memory',
    [
      ...service,
      ...before,
      ...bare,
      targetRow({
        name: 'idle RSS, both adapters configured',
        target: '<= 120 MB',
        value: rss,
        unit: 'MB',
        met: rss <= 120,
        baseline: `bare Bolt ${idle(bare)} MB; the service through tsx ${idle(before)} MB`,
      }),
    ],
    [
      `Load: signed /actions mine and update for ${SECONDS} s per step (see slack-roundtrip).`,
      'The service has Slack and Teams configured (Teams idle: the load is Slack); SQLite, demo register.',
      `Compiled, with npm start's Node flags (${serviceNodeFlags().join(' ') || 'none'}), the bare app too; "before": the sources through tsx, no flags, as the service ran before.`,
      'RSS of the forked process only; the load generator and mock Slack run in the parent.',
      'RSS rarely falls after load (V8 and the allocator keep pages); heap_used_mb after GC shows what is live.',
    ],
  );
}
