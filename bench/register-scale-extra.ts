/** Timings of the planner and the digest model on the large register (see register-scale.ts). */
import type { BoardId } from '../src/domain.ts';
import { loadDigestModel } from '../src/digest/load.ts';
import { planAndEnqueue } from '../src/reminders/plan-tick.ts';
import type { Db } from '../src/register/tx.ts';
import { time, type Timing } from './lib.ts';

export async function extraScaleTimings(
  db: Db,
  at: { boardId: BoardId; now: Date },
): Promise<Timing[]> {
  return [
    // The first pass queues what is due; the timed passes are the steady state of every minute.
    await time(
      "planner pass (one minute's reminders, all boards)",
      () => planAndEnqueue(db, at.now),
      10,
      1,
    ),
    await time(
      'digest model for a 600-action board',
      async () => {
        const loaded = await loadDigestModel(db, at.boardId, at.now, { edition: 'full' });
        if (!loaded.ok) throw new Error(loaded.message);
      },
      20,
      2,
    ),
  ];
}
