/**
 * People, their platform identities and their roles on boards. Person lookup accepts a full
 * name, initials (within a board first), or an email; an ambiguous name is reported with its
 * candidates, never guessed.
 */
import type { BoardId, Person, PersonId, Platform, Role } from '../domain.ts';
import type { IdentityRow, PersonRow } from '../db/schema.ts';
import { iso, type Db } from './tx.ts';
import { compiledOnce } from '../db/compiled.ts';

export function toPerson(row: Omit<PersonRow, 'channel'>): Person {
  return {
    id: row.id as PersonId,
    name: row.name,
    initials: row.initials,
    organisation: row.organisation,
    title: row.title,
    email: row.email,
  };
}

export interface NewPerson {
  readonly name: string;
  readonly initials?: string | null;
  readonly organisation?: string | null;
  readonly title?: string | null;
  readonly email?: string | null;
}

export async function createPerson(db: Db, person: NewPerson, now: Date): Promise<Person> {
  const row = await db
    .insertInto('people')
    .values({
      name: person.name.trim(),
      initials: person.initials?.trim() || null,
      organisation: person.organisation?.trim() || null,
      title: person.title?.trim() || null,
      email: person.email?.trim().toLowerCase() || null,
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

export async function getPerson(db: Db, id: PersonId): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

export async function findPersonByEmail(db: Db, email: string): Promise<Person | undefined> {
  const row = await db
    .selectFrom('people')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row && toPerson(row);
}

export type PersonMatch =
  | { readonly kind: 'one'; readonly person: Person }
  | { readonly kind: 'none' }
  | { readonly kind: 'many'; readonly candidates: readonly Person[] };

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Resolves what someone typed to one person: email, then exact full name, then initials
 * (members of `boardId` first), then a unique part of a name. With `among`, only those people
 * are looked at: anyone else is "none", as if not in the register at all.
 */
export async function findPerson(
  db: Db,
  query: string,
  boardId?: BoardId,
  among?: ReadonlySet<PersonId>,
): Promise<PersonMatch> {
  const q = norm(query.replace(/^@/, ''));
  if (!q) return { kind: 'none' };
  if (q.includes('@')) {
    const person = await findPersonByEmail(db, q);
    return person && (!among || among.has(person.id)) ? { kind: 'one', person } : { kind: 'none' };
  }
  const everyone = (await db.selectFrom('people').selectAll().execute())
    .map(toPerson)
    .filter((p) => !among || among.has(p.id));
  const members = boardId
    ? new Set(
        (
          await db
            .selectFrom('memberships')
            .select('person_id')
            .where('board_id', '=', boardId)
            .execute()
        ).map((r) => r.person_id),
      )
    : new Set<number>();

  const pick = (matches: Person[]): PersonMatch | undefined => {
    if (matches.length === 0) return undefined;
    if (matches.length === 1) return { kind: 'one', person: matches[0]! };
    const inBoard = matches.filter((p) => members.has(p.id));
    if (inBoard.length === 1) return { kind: 'one', person: inBoard[0]! };
    return { kind: 'many', candidates: matches };
  };

  return (
    pick(everyone.filter((p) => norm(p.name) === q)) ??
    pick(everyone.filter((p) => p.initials !== null && norm(p.initials) === q)) ??
    pick(
      everyone.filter((p) => {
        const name = norm(p.name);
        return q.length >= 3 && (name.split(' ').includes(q) || name.includes(q));
      }),
    ) ?? { kind: 'none' }
  );
}

export interface Identity {
  readonly personId: PersonId;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly userId: string;
  readonly conversationRef: string | null;
}

/**
/**
 * What linking an account did: `linked` (new), `same` (already this person's; only the
 * conversation reference was refreshed) or `taken` (another person's; nothing changed).
 */
export type LinkResult = 'linked' | 'same' | 'taken';

/**
 * Links a platform user to a person, or refreshes the stored conversation reference of a user
 * already linked to that person. Never re-points an account linked to someone else: that would
 * let whoever can call this take over another person's actions and digests. With `mayReplace`,
 * a stored reference is replaced only when it says so (Teams: never by one on another Bot
 * Connector host, so one forged activity cannot redirect someone's reminders).
 */
export async function linkIdentity(
  db: Db,
  identity: Identity,
  now: Date,
  mayReplace?: (stored: string, incoming: string) => boolean,
): Promise<LinkResult> {
  if (mayReplace && identity.conversationRef) {
    const row = await db
      .selectFrom('identities')
      .select('conversation_ref')
      .where('platform', '=', identity.platform)
      .where('workspace_id', '=', identity.workspaceId)
      .where('user_id', '=', identity.userId)
      .executeTakeFirst();
    if (row?.conversation_ref && !mayReplace(row.conversation_ref, identity.conversationRef))
      identity = { ...identity, conversationRef: null };
  }
  const inserted = await db
    .insertInto('identities')
    .values({
      person_id: identity.personId,
      platform: identity.platform,
      workspace_id: identity.workspaceId,
      user_id: identity.userId,
      conversation_ref: identity.conversationRef,
      updated_at: iso(now),
    })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return 'linked';
  const refreshed = await db
    .updateTable('identities')
    .set((eb) => ({
      // Keep a known reference when the caller has none to give.
      conversation_ref: eb.fn.coalesce(
        eb.val(identity.conversationRef),
        eb.ref('identities.conversation_ref'),
      ),
      updated_at: iso(now),
    }))
    .where('platform', '=', identity.platform)
    .where('workspace_id', '=', identity.workspaceId)
    .where('user_id', '=', identity.userId)
    .where('person_id', '=', identity.personId)
    .executeTakeFirst();
  return refreshed.numUpdatedRows > 0n ? 'same' : 'taken';
}

/** Removes a person's accounts (on one platform when given) and returns what was removed. */
export async function unlinkIdentities(
  db: Db,
  personId: PersonId,
  platform?: Platform,
): Promise<Identity[]> {
  let q = db.deleteFrom('identities').where('person_id', '=', personId);
  if (platform) q = q.where('platform', '=', platform);
  const rows = await q.returningAll().execute();
  return rows.map(identityOf);
}

/** Everyone who sits on any of these boards. */
export async function membersOf(db: Db, boardIds: readonly BoardId[]): Promise<Set<PersonId>> {
  if (boardIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('board_id', 'in', boardIds)
    .execute();
  return new Set(rows.map((r) => r.person_id as PersonId));
}

/** Runs on every inbound command and button: compiled once (src/db/compiled.ts). */
const personByIdentity = compiledOnce((db, platform: string, workspaceId: string, userId: string) =>
  db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .selectAll('people')
    .where('identities.platform', '=', platform)
    .where('identities.workspace_id', '=', workspaceId)
    .where('identities.user_id', '=', userId),
);

export async function findPersonByIdentity(
  db: Db,
  platform: Platform,
  workspaceId: string,
  userId: string,
): Promise<Person | undefined> {
  const [row] = await personByIdentity.execute(db, platform, workspaceId, userId);
  return row && toPerson(row);
}

export async function listIdentities(db: Db, personId: PersonId): Promise<Identity[]> {
  const rows = await db
    .selectFrom('identities')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map(identityOf);
}

/** The accounts linked to each of these people, in one statement however many they are. */
export async function identitiesOf(
  db: Db,
  personIds: readonly PersonId[],
): Promise<Map<PersonId, Identity[]>> {
  const out = new Map<PersonId, Identity[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('identities')
    .selectAll()
    .where('person_id', 'in', [...new Set(personIds)])
    .orderBy('id')
    .execute();
  for (const identity of rows.map(identityOf)) {
    const list = out.get(identity.personId) ?? [];
    list.push(identity);
    out.set(identity.personId, list);
  }
  return out;
}

/** The accounts linked to the owners of each of these actions, by ref: one statement. */
export async function ownerIdentitiesByRef(
  db: Db,
  refs: readonly string[],
): Promise<Map<string, Identity[]>> {
  const out = new Map<string, Identity[]>();
  if (refs.length === 0) return out;
  const rows = await db
    .selectFrom('actions')
    .innerJoin('action_owners', 'action_owners.action_id', 'actions.id')
    .innerJoin('identities', 'identities.person_id', 'action_owners.person_id')
    .selectAll('identities')
    .select('actions.ref as action_ref')
    .where('actions.ref', 'in', [...new Set(refs)])
    .orderBy('action_owners.position')
    .orderBy('identities.id')
    .execute();
  for (const row of rows) {
    const list = out.get(row.action_ref) ?? [];
    list.push(identityOf(row));
    out.set(row.action_ref, list);
  }
  return out;
}

export async function addMembership(
  db: Db,
  boardId: BoardId,
  personId: PersonId,
  role: Role,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ board_id: boardId, person_id: personId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Every board the person sits on, with their roles there. */
/** Every command loads the actor's roles: compiled once. */
const membershipsOf = compiledOnce((db, personId: number) =>
  db.selectFrom('memberships').selectAll().where('person_id', '=', personId),
);

export async function rolesOf(db: Db, personId: PersonId): Promise<Map<BoardId, Role[]>> {
  const rows = await membershipsOf.execute(db, personId);
  const roles = new Map<BoardId, Role[]>();
  for (const r of rows) {
    const list = roles.get(r.board_id as BoardId) ?? [];
    list.push(r.role as Role);
    roles.set(r.board_id as BoardId, list);
  }
  return roles;
}

/** People holding a role on a board, e.g. its secretariat. */
export async function peopleWithRole(db: Db, boardId: BoardId, role: Role): Promise<Person[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .selectAll('people')
    .where('memberships.board_id', '=', boardId)
    .where('memberships.role', '=', role)
    .orderBy('people.name')
    .execute();
  return rows.map(toPerson);
}

const identityOf = (r: IdentityRow): Identity => ({
  personId: r.person_id as PersonId,
  platform: r.platform as Platform,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  conversationRef: r.conversation_ref,
});

/** Everyone who sits on a board, whatever their role, by name: the people a form offers. */
export async function peopleOnBoard(db: Db, boardId: BoardId): Promise<Person[]> {
  const rows = await db
    .selectFrom('people')
    .selectAll('people')
    .where(
      'people.id',
      'in',
      db.selectFrom('memberships').select('memberships.person_id').where('board_id', '=', boardId),
    )
    .orderBy('people.name')
    .orderBy('people.id')
    .execute();
  return rows.map(toPerson);
}
