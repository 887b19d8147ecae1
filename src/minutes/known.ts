/** People already in the register, as owner resolution needs them (id, name, initials). */
import type { Db } from '../register/tx.ts';
import type { KnownPerson } from './resolve.ts';

export async function listKnownPeople(db: Db): Promise<KnownPerson[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'initials'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), name: r.name, initials: r.initials }));
}
