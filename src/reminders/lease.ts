/**
 * Leases: a one-row compare-and-set in `leases` deciding which instance does a job. Taken when
 * free, expired, or already ours; renewed by taking it again; released on a clean stop.
 *
 *   if (await acquireLease(db, 'reminders:planner', me, now, 90_000)) await planAndEnqueue(...);
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { iso, type Db } from '../register/tx.ts';

/** Names this process in leases and claims: host, pid and a random suffix. */
export function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export async function acquireLease(
  db: Db,
  name: string,
  holder: string,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  const expiresAt = iso(new Date(now.getTime() + ttlMs));
  const row = await db
    .insertInto('leases')
    .values({ name, holder, expires_at: expiresAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: expiresAt })
        // Only a free (expired) lease or our own changes hands: the compare in compare-and-set.
        .where((eb) =>
          eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<=', iso(now))]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

export async function currentLease(
  db: Db,
  name: string,
): Promise<{ holder: string; expiresAt: string } | undefined> {
  const row = await db.selectFrom('leases').selectAll().where('name', '=', name).executeTakeFirst();
  return row && { holder: row.holder, expiresAt: row.expires_at };
}

/** Gives the lease up, if we hold it, so the next instance need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}

/**
 * True when `holder` names a process on this machine that no longer runs: its lease can be
 * taken over at once after a crash, instead of after it expires.
 */
export function holderIsDeadHere(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
