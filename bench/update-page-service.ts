/**
 * The service side of bench/update-page.ts, in its own process so the load generator does not
 * share its event loop (a browser never does): builds a one-action register at BENCH_DB, starts
 * the service on a free port, and prints one line of JSON, { url, link }, with a real signed
 * update link. It runs until its parent closes stdin.
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createEmailLinks } from '../src/email-links/service.ts';
import { silentLogger } from '../src/log.ts';
import { startService } from '../src/main.ts';
import { addAction } from '../src/register/actions.ts';
import { createBoard } from '../src/register/boards.ts';
import { serviceSecret } from '../src/register/channels.ts';
import { SYSTEM_AUTHOR } from '../src/register/history.ts';
import { addMeeting } from '../src/register/meetings.ts';
import { addMembership, createPerson } from '../src/register/people.ts';

const url = `sqlite:${process.env.BENCH_DB!}`;
const now = new Date();
const { db, close } = await openDatabase(url);
await migrateToLatest(db);
const board = await createBoard(
  db,
  {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
    timezone: 'Europe/London',
    reminderPolicy: null,
  },
  now,
);
const tim = await createPerson(db, { name: 'Tim Godwin', email: 'tim@example.org' }, now);
await addMembership(db, board.id, tim.id, 'member');
const meeting = await addMeeting(
  db,
  { boardId: board.id, startsAt: new Date(now.getTime() + 7 * 86_400_000), location: 'City Hall' },
  now,
);
const action = await addAction(
  db,
  {
    boardId: board.id,
    text: 'Bring back a full proposal',
    owners: [{ personId: tim.id }],
    dueMeetingId: meeting.id,
  },
  SYSTEM_AUTHOR,
  now,
);
await close();
const service = await startService(
  loadConfig({
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'never',
    LOG_LEVEL: 'silent',
    SCHEDULER: 'off',
  }),
  { logger: silentLogger },
);
const secret = await serviceSecret(service.db, 'email-links', new Date());
const links = createEmailLinks({
  db: service.db,
  clock: { now: () => new Date() },
  secret,
  baseUrl: () => service.url,
});
const link = (await links.forAction(tim.id, action.ref, action.version))!.update;
process.stdout.write(`${JSON.stringify({ url: service.url, link })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void service.close().then(() => process.exit(0));
});
