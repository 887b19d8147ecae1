/**
 * The email update page under load: GET /update?t=<a real link> at a steady 50 requests a
 * second (autocannon), beside /healthz at the same rate as the floor (the HTTP server and one
 * query). Target (issue 15): p99 <= 50 ms at 50 req/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { silentLogger } from '../src/log.ts';
import { startService } from '../src/main.ts';
import { addAction } from '../src/register/actions.ts';
import { createBoard } from '../src/register/boards.ts';
import { SYSTEM_AUTHOR } from '../src/register/history.ts';
import { addMeeting } from '../src/register/meetings.ts';
import { addMembership, createPerson } from '../src/register/people.ts';
import { createEmailLinks } from '../src/email-links/service.ts';
import { serviceSecret } from '../src/register/channels.ts';
import { writeResult, type Row } from './lib.ts';

const RATE = 50;
const SECONDS = 15;
const TARGET_P99_MS = 50;

async function load(
  url: string,
): Promise<{ p50: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url, connections: 10, overallRate: RATE, duration: SECONDS });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arising-bench-page-'));
  const url = `sqlite:${join(dir, 'register.db')}`;
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
    {
      boardId: board.id,
      startsAt: new Date(now.getTime() + 7 * 86_400_000),
      location: 'City Hall',
    },
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
  try {
    const secret = await serviceSecret(service.db, 'email-links', new Date());
    const links = createEmailLinks({
      db: service.db,
      clock: { now: () => new Date() },
      secret,
      baseUrl: () => service.url,
    });
    const link = (await links.forAction(tim.id, action.ref, action.version))!.update;
    const floor = await load(`${service.url}/healthz`);
    const page = await load(link);
    const rows: Row[] = [
      {
        request: 'GET /healthz (floor)',
        rate: RATE,
        p50_ms: floor.p50,
        p99_ms: floor.p99,
        errors: floor.errors + floor.non2xx,
      },
      {
        request: 'GET /update (the page)',
        rate: RATE,
        p50_ms: page.p50,
        p99_ms: page.p99,
        errors: page.errors + page.non2xx,
        target_p99_ms: TARGET_P99_MS,
        met: page.p99 <= TARGET_P99_MS,
      },
    ];
    await writeResult('update-page', rows, [
      `${SECONDS} s at ${RATE} req/s each, 10 connections, SQLite; the page verifies the link, loads the action and renders the form.`,
    ]);
  } finally {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
