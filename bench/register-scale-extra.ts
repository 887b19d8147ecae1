/** Timings of modules that land with the reminders and digest work (planner, digest model). */
import type { BoardId } from '../src/domain.ts';
import type { Db } from '../src/register/tx.ts';
import type { Timing } from './lib.ts';

export async function extraScaleTimings(
  _db: Db,
  _at: { boardId: BoardId; now: Date },
): Promise<Timing[]> {
  return [];
}
