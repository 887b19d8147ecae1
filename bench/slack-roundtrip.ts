/**
 * Slack slash-command round trip: signed `/actions mine` and `/actions update` requests to the
 * real service (its own process, SQLite, demo register) on loopback, at rising fixed rates
 * (evenly spaced) and then flat out (autocannon), next to a bare Bolt App (Bolt's own HTTPReceiver, a /actions handler that only
 * acks) loaded the same way in the same run. Two latencies: the ack (the HTTP answer Slack
 * waits for, 3 s at most) and the response_url answer reaching the mock Slack, which is what the
 * person sees.
 *
 * Environment: BENCH_SECONDS (per step, default 6), BENCH_RATES (default 50,100,200,400),
 * BENCH_CONNECTIONS (flat-out connection counts, default 10,50), BENCH_REGISTER (demo, the
 * default, or scale: 100,000 actions over 200 boards, 200 owners linked).
 */
import { runLoad, startChild, startMockSlack, type LoadResult } from './slack/load.ts';
import { cpuMsOf, writeResult, type Row } from './lib.ts';
import { targetRow } from './targets.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const RATES = (process.env.BENCH_RATES ?? '50,100,200,400').split(',').map(Number);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);

const SERVICE = 'service (SQLite)';
const BARE = 'bare Bolt (ack only)';

/** A step's result with the CPU its process spent per request answered. */
type Step = LoadResult & { readonly cpuMsPerReq: number };

/**
 * Runs one step and reads the process's CPU time around it: per request, that figure hardly
 * moves with a neighbour's load, where the latencies do.
 */
async function step(
  pid: number | undefined,
  options: Parameters<typeof runLoad>[0],
): Promise<Step> {
  const before = cpuMsOf(pid);
  const r = await runLoad(options);
  const used = cpuMsOf(pid) - before;
  return { ...r, cpuMsPerReq: Math.round((used / Math.max(r.acked, 1)) * 100) / 100 };
}

const row = (app: string, load: string, r: Step): Row => ({
  app,
  load,
  acked: r.acked,
  req_per_s: r.rps,
  cpu_ms_per_req: Number.isNaN(r.cpuMsPerReq) ? null : r.cpuMsPerReq,
  ack_p50_ms: r.ackP50Ms,
  ack_p99_ms: r.ackP99Ms,
  answered: app === BARE ? null : r.answered,
  answer_p50_ms: Number.isNaN(r.answerP50Ms) ? null : r.answerP50Ms,
  answer_p99_ms: Number.isNaN(r.answerP99Ms) ? null : r.answerP99Ms,
  mine_answer_p99_ms: Number.isNaN(r.mineAnswerP99Ms) ? null : r.mineAnswerP99Ms,
  update_answer_p99_ms: Number.isNaN(r.updateAnswerP99Ms) ? null : r.updateAnswerP99Ms,
  non_2xx: r.non2xx,
  errors: r.errors,
});

export async function run(): Promise<void> {
  const mock = await startMockSlack();
  const rows: Row[] = [];
  const notes: string[] = [];
  const peak = { service: 0, bare: 0 };
  let at200: Step | undefined;
  let bareAt200: Step | undefined;
  try {
    const service = await startChild('service', mock);
    const bare = await startChild('bare', mock);
    try {
      const s = { url: service.ready.url, users: service.ready.users, mock };
      const b = { url: bare.ready.url, users: [], mock };
      // Warm up (JIT, SQLite page cache) so the first step is not measuring start-up.
      await runLoad({ ...s, connections: 4, seconds: 2 });
      await runLoad({ ...b, connections: 4, seconds: 2 });
      // Each rate on the bare app too, straight after: a p99 the bare app shares is the
      // machine's (a neighbour's burst of CPU), not the service's.
      for (const rate of RATES) {
        const r = await step(service.process.pid, { ...s, connections: 0, rate, seconds: SECONDS });
        const r0 = await step(bare.process.pid, { ...b, connections: 0, rate, seconds: SECONDS });
        if (rate === 200) [at200, bareAt200] = [r, r0];
        rows.push(row(SERVICE, `${rate} req/s`, r));
        rows.push(row(BARE, `${rate} req/s`, r0));
      }
      // Flat out, the service and the bare app alternately, so a neighbour's burst of CPU on a
      // shared machine lands on both rather than skewing the ratio.
      for (const connections of CONNECTIONS) {
        const r = await step(service.process.pid, { ...s, connections, seconds: SECONDS });
        const r0 = await step(bare.process.pid, { ...b, connections, seconds: SECONDS });
        peak.service = Math.max(peak.service, r.rps);
        peak.bare = Math.max(peak.bare, r0.rps);
        rows.push(row(SERVICE, `flat out, ${connections} conn`, r));
        rows.push(row(BARE, `flat out, ${connections} conn`, r0));
      }
      notes.push(
        `Register: ${process.env.BENCH_REGISTER === 'scale' ? '100,000 actions over 200 boards' : 'the demo register'};` +
          ` ${service.ready.users.length} owners linked as Slack users; half mine, half update.`,
      );
    } finally {
      await service.stop();
      await bare.stop();
    }
  } finally {
    await mock.close();
  }

  const ratio = Math.round((peak.service / Math.max(peak.bare, 1)) * 100) / 100;
  rows.push({ app: 'peak ratio', load: 'service / bare Bolt', req_per_s: ratio });
  rows.push(
    targetRow({
      name: 'peak throughput',
      target: '>= 0.5 x bare Bolt',
      value: ratio,
      unit: 'x bare Bolt',
      met: ratio >= 0.5,
      baseline: `service ${peak.service} req/s, bare Bolt ${peak.bare} req/s`,
    }),
  );
  if (at200) {
    rows.push(
      targetRow({
        name: 'p99 at 200 req/s, to the response_url answer',
        target: '<= 30 ms',
        value: at200.answerP99Ms,
        unit: 'ms',
        met: at200.answerP99Ms <= 30,
        baseline:
          `ack p99 ${at200.ackP99Ms} ms; bare Bolt ack p99 ${bareAt200?.ackP99Ms} ms; ` +
          `CPU per request ${at200.cpuMsPerReq} ms, bare Bolt ${bareAt200?.cpuMsPerReq} ms`,
      }),
    );
  }
  notes.push(
    'Fixed rates: requests evenly spaced (open loop), latency counted from when each was due; flat out: autocannon.',
    'ack = HTTP answer to the signed request; answer = response_url POST arriving at the mock Slack, timed from signing.',
    'acked: HTTP answers within the step; answered: response_url answers, including those for requests still in flight when the step ended.',
    "cpu_ms_per_req: the process's CPU time (all threads, /proc) over the step, per request acked; a busy machine inflates it far less than the latencies.",
  );
  // A scale run is kept beside the demo one rather than replacing it.
  const name = process.env.BENCH_REGISTER === 'scale' ? 'slack-roundtrip-scale' : 'slack-roundtrip';
  await writeResult(name, rows, notes);
}
