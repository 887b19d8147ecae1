/**
 * One instance of the service for pg-dropped-connections.test.ts, in its own process so an
 * unhandled 'error' from a pg client shows as what it is in production: the process exits.
 * Speaks to the test in JSON lines on stdout. Run with `node --import tsx`.
 *
 *   WORKER_MODE=in-flight  runs one long query on a one-connection pool, reports how it ended,
 *                          then runs another query to show the pool carries on.
 *   WORKER_MODE=instance   runs scheduler ticks (real Slack messenger against the test's mock)
 *                          and note commands side by side for RUN_MS, reporting each command.
 */
import { sql } from 'kysely';
import { messengerClient, SlackMessenger } from '../../adapters/slack/messenger.ts';
import { handleText } from '../../src/commands/execute.ts';
import { openDatabase } from '../../src/db/connect.ts';
import type { PersonId } from '../../src/domain.ts';
import { silentLogger } from '../../src/log.ts';
import { getPerson } from '../../src/register/people.ts';
import { inTransaction } from '../../src/register/tx.ts';
import { createScheduler } from '../../src/reminders/scheduler.ts';
import { FakeClock } from '../support/clock.ts';
import { cliActor } from '../support/builders.ts';

export interface WorkerCommand {
  readonly ref: string;
  readonly personId: number;
  /** Unique text of the note, so the test finds this command's history row. */
  readonly token: string;
}

const env = process.env;
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let connectionErrors = 0;
const opened = await openDatabase(env.PG_URL!, {
  schema: env.SCHEMA!,
  applicationName: env.APP!,
  maxConnections: Number(env.MAX_CONNECTIONS ?? 3),
  onConnectionError: () => {
    connectionErrors += 1;
  },
});
const { db } = opened;

if (env.WORKER_MODE === 'in-flight') {
  const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
  say({ event: 'ready', pid });
  const outcome = await sql`select pg_sleep(10)`.execute(db).then(
    () => ({ event: 'finished' }),
    (error: unknown) => ({ event: 'rejected', error: message(error) }),
  );
  say(outcome);
  // The dead client may sit in the pool a moment longer (the server's FATAL message arrives
  // before the socket closes): the next transaction is rerun on a fresh connection if so.
  const after = await inTransaction(db, (trx) =>
    sql<{ one: number }>`select 1 as one`.execute(trx),
  );
  say({ event: 'carried-on', one: after.rows[0]!.one, connectionErrors });
} else {
  const clock = new FakeClock(env.NOW!);
  const messengers = new Map([
    ['slack', new SlackMessenger(messengerClient('xoxb-test', env.SLACK_API!))],
  ]);
  const scheduler = createScheduler({
    db,
    kind: 'postgres',
    clock,
    messengers,
    logger: silentLogger,
    instance: env.INSTANCE!,
  });
  say({ event: 'ready' });
  const until = Date.now() + Number(env.RUN_MS);
  const gap = Number(env.COMMAND_GAP_MS ?? 0);
  const commands = JSON.parse(env.COMMANDS!) as WorkerCommand[];
  let ticksFailed = 0;
  let ticks = 0;

  const ticking = (async () => {
    while (Date.now() < until) {
      // As the cron job does: a failed tick is logged and the next one runs.
      await scheduler.tick().then(
        () => (ticks += 1),
        () => (ticksFailed += 1),
      );
      // Ticks back to back, as a busy service's, but not a busy loop on a shared machine.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();

  const commanding = (async () => {
    for (const command of commands) {
      const outcome = await (async () => {
        const person = await getPerson(db, command.personId as PersonId);
        const actor = await cliActor(db, person!);
        const reply = await handleText(
          { db, clock },
          actor,
          `note ${command.ref} "${command.token}"`,
        );
        return { outcome: 'ok', summary: reply.summary };
      })().catch((error: unknown) => ({ outcome: 'failed', error: message(error) }));
      say({ event: 'command', token: command.token, ...outcome });
      await new Promise((resolve) => setTimeout(resolve, gap));
    }
  })();

  await Promise.all([ticking, commanding]);
  // Once the kills stop, the service carries on: what is due goes out.
  for (let i = 0; i < 3; i++) await scheduler.tick().catch(() => (ticksFailed += 1));
  say({ event: 'done', ticks, ticksFailed, connectionErrors });
}
await opened.close();
