/**
 * The delivering side of bench/email-drain.ts, run as its own process so the bench can kill it
 * with SIGKILL mid-run: the real deliverer and the real email messenger (nodemailer's pool,
 * signed links) over the SQLite register at BENCH_DB, to the SMTP server at SMTP_URL. Passes run
 * back to back, sleeping only until the next claim or retry is due, until nothing is left; then
 * it exits. BENCH_CLAIM_TIMEOUT_MS shortens the claim timeout (production: 10 minutes), which is
 * what bounds how soon notices claimed by a killed process are taken over.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmail } from '../adapters/email/index.ts';
import { openDatabase } from '../src/db/connect.ts';
import type { PersonId } from '../src/domain.ts';
import { createEmailLinks } from '../src/email-links/service.ts';
import { silentLogger } from '../src/log.ts';
import { systemClock } from '../src/ports.ts';
import { deliverDue } from '../src/reminders/deliverer.ts';
import { instanceName } from '../src/reminders/lease.ts';
import { DEFAULT_RETRY } from '../src/reminders/retry.ts';
import { getPerson } from '../src/register/people.ts';

const opened = await openDatabase(`sqlite:${process.env.BENCH_DB!}`);
const db = opened.db;
const clock = systemClock;
const email = await startEmail({
  config: {
    SMTP_URL: process.env.SMTP_URL,
    EMAIL_FROM: 'Matters Arising <arising@bench.example>',
    SMTP_MAX_CONNECTIONS: Number(process.env.SMTP_MAX_CONNECTIONS ?? 5),
    SMTP_RATE_PER_SECOND: Number(process.env.SMTP_RATE_PER_SECOND ?? 0),
  },
  links: createEmailLinks({
    db,
    clock,
    secret: 'bench-secret-bench-secret-bench-secret',
    baseUrl: () => 'http://127.0.0.1:3000',
  }),
  nameOf: async (id) => (await getPerson(db, id as PersonId))?.name,
});
const retry = {
  ...DEFAULT_RETRY,
  claimTimeoutMs: Number(process.env.BENCH_CLAIM_TIMEOUT_MS ?? DEFAULT_RETRY.claimTimeoutMs),
};
const messengers = new Map([['email', email.messenger]]);
const instance = instanceName();
process.stdout.write(`ready ${instance}\n`);
for (;;) {
  const counts = await deliverDue({ db, clock, messengers, instance, logger: silentLogger, retry });
  process.stdout.write(`pass ${JSON.stringify(counts)}\n`);
  const next = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.min('next_attempt_at').as('next'))
    .where('state', 'in', ['pending', 'sending'])
    .executeTakeFirst();
  if (!next?.next) break;
  await sleep(Math.max(10, Date.parse(String(next.next)) - Date.now()));
}
await email.close();
await opened.close();
