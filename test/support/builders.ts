/**
 * Builders with defaults, so a test names only what it is about:
 *   const { board } = await aBoard(db); const tg = await aPerson(db, { initials: 'TG' });
 *   await anAction(db, board, { owners: [tg] });
 */
import type { Action, Board, Meeting, Person, PersonId, Role, Status } from '../../src/domain.ts';
import { linkAccount } from '../../src/first-contact.ts';
import type { PlatformUser } from '../../src/ports.ts';
import { addAction, changeStatus } from '../../src/register/actions.ts';
import { createBoard } from '../../src/register/boards.ts';
import { SYSTEM_AUTHOR } from '../../src/register/history.ts';
import { addMeeting } from '../../src/register/meetings.ts';
import { addMembership, createPerson, type NewPerson } from '../../src/register/people.ts';
import type { Db } from '../../src/register/tx.ts';
import { actorFor } from '../../src/access.ts';
import type { Actor } from '../../src/access.ts';

const T0 = new Date('2026-11-01T09:00:00.000Z');
let counter = 0;

export async function aBoard(
  db: Db,
  overrides: Partial<{
    slug: string;
    name: string;
    refPrefix: string;
    timezone: string;
    reminderPolicy: string | null;
  }> = {},
): Promise<Board> {
  counter += 1;
  return createBoard(
    db,
    {
      slug: overrides.slug ?? `board-${counter}`,
      name: overrides.name ?? `Test Board ${counter}`,
      refPrefix: overrides.refPrefix ?? `TB${counter}`,
      timezone: overrides.timezone ?? 'Europe/London',
      reminderPolicy: overrides.reminderPolicy ?? null,
    },
    T0,
  );
}

export async function aPerson(
  db: Db,
  overrides: Partial<NewPerson> & { board?: Board; role?: Role } = {},
): Promise<Person> {
  counter += 1;
  const person = await createPerson(
    db,
    {
      name: overrides.name ?? `Person ${counter}`,
      initials: overrides.initials ?? null,
      organisation: overrides.organisation ?? 'MOPAC',
      title: overrides.title ?? null,
      email: overrides.email === undefined ? `person${counter}@example.org` : overrides.email,
    },
    T0,
  );
  if (overrides.board)
    await addMembership(db, overrides.board.id, person.id, overrides.role ?? 'member');
  return person;
}

export async function aMeeting(
  db: Db,
  board: Board,
  startsAt: string,
  location: string | null = 'City Hall',
): Promise<Meeting> {
  return addMeeting(db, { boardId: board.id, startsAt: new Date(startsAt), location }, T0);
}

export async function anAction(
  db: Db,
  board: Board,
  overrides: Partial<{
    owners: readonly (Person | string)[];
    text: string;
    due: Meeting | null;
    dueDate: string | null;
    status: Status;
    visibility: 'public' | 'restricted';
    minuteRef: string | null;
  }> = {},
): Promise<Action> {
  const action = await addAction(
    db,
    {
      boardId: board.id,
      text: overrides.text ?? 'Bring back a full proposal to the next meeting',
      minuteRef: overrides.minuteRef ?? null,
      dueMeetingId: overrides.due?.id ?? null,
      dueDate: overrides.dueDate ?? null,
      visibility: overrides.visibility ?? 'public',
      owners: (overrides.owners ?? []).map((o) =>
        typeof o === 'string' ? { group: o } : { personId: o.id },
      ),
    },
    SYSTEM_AUTHOR,
    T0,
  );
  if (overrides.status && overrides.status !== 'open') {
    const changed = await changeStatus(
      db,
      { id: action.id, status: overrides.status },
      SYSTEM_AUTHOR,
      T0,
    );
    if (!changed.ok) throw new Error(changed.message);
    return changed.value;
  }
  return action;
}

export const cliActor = (db: Db, person: Person): Promise<Actor> => actorFor(db, person, 'cli');

/** Links a platform account to a person, as the command line does (audited as 'cli'). */
export const aLinkedAccount = (
  db: Db,
  user: PlatformUser,
  personId: PersonId,
  conversationRef: string | null = null,
) => linkAccount(db, { now: () => T0 }, { user, personId, conversationRef, by: { kind: 'cli' } });
