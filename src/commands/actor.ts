/** Loads the Actor behind a request: the person and their roles on every board. */
import type { Person, Source } from '../domain.ts';
import { rolesOf } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import type { Actor } from './permissions.ts';

export async function actorFor(db: Db, person: Person, source: Source): Promise<Actor> {
  return { person, roles: await rolesOf(db, person.id), source };
}
