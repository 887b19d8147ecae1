/**
 * Writing a confirmed draft: the meeting, the next meeting, the people and the actions, with
 * history source `import`, in one transaction. Idempotent: meetings are unique per board and
 * day, people are matched by name (a near spelling links to the existing person), and an action
 * already in the register (in-register.ts: the same import key, or the same text raised at a
 * meeting that day) is skipped and reported, so importing the same minutes again adds nothing.
 */
import { DateTime } from 'luxon';
import type { ActionRef, Board, Meeting, MeetingId, PersonId } from '../domain.ts';
import { addAction, type OwnerInput } from '../register/actions.ts';
import type { Author } from '../register/history.ts';
import { addMeeting, listMeetings, nextMeeting } from '../register/meetings.ts';
import { addMembership, createPerson, membersOf } from '../register/people.ts';
import { inTransaction, type Db } from '../register/tx.ts';
import type { Draft, DraftMeeting } from './draft.ts';
import { findInRegister, importKey, memberRole } from './in-register.ts';
import { listKnownPeople } from './known.ts';
import { linkKnown, type KnownPerson } from './resolve.ts';
import { key } from './text.ts';
import { sanitisePeopleText } from '../people-text.ts';

export { importKey };

export interface CommitOptions {
  /** Due meeting for actions due "at the next meeting" (the demo puts them at an upcoming one). */
  readonly dueMeetingId?: MeetingId | null;
  /** Also write suggestions, not only those marked accepted (never by default). */
  readonly allSuggestions?: boolean;
  /** Add every attendee as a person (default); false adds only the owners of actions. */
  readonly attendees?: boolean;
  /**
   * Add every attendee who is not yet on the board as a member, in the role the minutes give
   * (`arising import --add-members`); without it, only the offers marked accepted in the draft.
   */
  readonly addMembers?: boolean;
  /** Tell each owner of a new action (the default); the demo register is written untold. */
  readonly notifyOwners?: boolean;
}

export interface CommitOutcome {
  readonly meeting: Meeting | null;
  readonly nextMeeting: Meeting | null;
  readonly created: readonly ActionRef[];
  readonly existing: readonly ActionRef[];
  readonly peopleAdded: readonly string[];
  /** Attendees added as board members, as "Name (role)". */
  readonly membersAdded: readonly string[];
}

/** The meeting the board already has that day, or a new one (00:00 when no time is given). */
async function findOrAddMeeting(
  db: Db,
  board: Board,
  m: DraftMeeting,
  source: string | null,
  now: Date,
): Promise<Meeting> {
  const sameDay = (await listMeetings(db, board.id)).filter(
    (x) =>
      DateTime.fromISO(x.startsAt, { zone: 'utc' }).setZone(board.timezone).toISODate() === m.date,
  );
  const at = DateTime.fromISO(`${m.date}T${m.time ?? '00:00'}`, { zone: board.timezone });
  const exact = sameDay.find((x) => DateTime.fromISO(x.startsAt).toMillis() === at.toMillis());
  if (exact ?? sameDay[0]) return (exact ?? sameDay[0])!;
  return addMeeting(
    db,
    { boardId: board.id, startsAt: at.toUTC().toJSDate(), location: m.location, source },
    now,
  );
}

export async function commitDraft(
  db: Db,
  board: Board,
  draft: Draft,
  author: Author,
  now: Date,
  options: CommitOptions = {},
): Promise<CommitOutcome> {
  return inTransaction(db, async (trx) => {
    const meeting = draft.meeting
      ? await findOrAddMeeting(trx, board, draft.meeting, draft.source, now)
      : null;
    const forThisBoard = draft.nextMeeting && !draft.nextMeeting.board;
    const next = forThisBoard
      ? await findOrAddMeeting(trx, board, draft.nextMeeting!, null, now)
      : null;

    const known: KnownPerson[] = await listKnownPeople(trx);
    const peopleAdded: string[] = [];
    const personFor = async (
      name: string,
      extra?: { initials: string | null; org: string | null; role: string | null },
    ) => {
      const link = linkKnown(name, known);
      if (link) return link.person.id as PersonId;
      const p = await createPerson(
        trx,
        {
          name,
          initials: extra?.initials ?? null,
          organisation: extra?.org ?? null,
          title: extra?.role ?? null,
        },
        now,
      );
      known.push({ id: p.id, name: p.name, initials: p.initials });
      peopleAdded.push(p.name);
      return p.id;
    };
    if (options.attendees !== false) for (const a of draft.attendees) await personFor(a.name, a);
    const attendee = (name: string) => draft.attendees.find((a) => a.name === name);

    const membersAdded: string[] = [];
    const chosen = new Set((draft.members ?? []).filter((m) => m.accepted).map((m) => key(m.name)));
    const members = await membersOf(trx, [board.id]);
    for (const a of draft.attendees) {
      if (!options.addMembers && !chosen.has(key(a.name))) continue;
      const personId = await personFor(a.name, a);
      if (members.has(personId)) continue;
      const role = memberRole(a);
      await addMembership(trx, board.id, personId, role);
      members.add(personId);
      membersAdded.push(`${a.name} (${role})`);
    }

    // Decided inside the transaction: what the review showed may have changed since.
    const found = await findInRegister(trx, board, draft);
    const wanted = draft.actions
      .map((a, index) => ({ a, index }))
      .filter(
        ({ a }) => !a.dropped && (a.kind === 'explicit' || a.accepted || options.allSuggestions),
      );
    const created: ActionRef[] = [];
    const existing: ActionRef[] = [];
    const fallbackDue =
      options.dueMeetingId ??
      next?.id ??
      (meeting ? (await nextMeeting(trx, board.id, new Date(meeting.startsAt)))?.id : undefined) ??
      null;
    for (const { a, index } of wanted) {
      const already = found.get(index);
      if (already) {
        existing.push(already);
        continue;
      }
      const owners: OwnerInput[] = [];
      for (const o of a.ownerDetails) {
        if (o.kind === 'group') owners.push({ group: sanitisePeopleText('name', o.name) });
        else
          owners.push({
            personId:
              (o.personId as PersonId | null) ?? (await personFor(o.name, attendee(o.name))),
          });
      }
      const importKeyValue = importKey(board, draft, a);
      const before = await trx
        .selectFrom('actions')
        .select('ref')
        .where('import_key', '=', importKeyValue)
        .executeTakeFirst();
      const action = await addAction(
        trx,
        {
          boardId: board.id,
          // A draft comes back from review (a file, a chat button): the same rules as typed text,
          // applied by removing what is not allowed rather than refusing the whole document.
          text: sanitisePeopleText('action', a.text),
          minuteRef: a.ref,
          raisedAtMeetingId: meeting?.id ?? null,
          dueMeetingId:
            a.due?.kind === 'next_meeting' ? (options.dueMeetingId ?? fallbackDue) : null,
          dueDate: a.due?.kind === 'date' ? a.due.date : null,
          owners,
          ...(a.restricted ? { visibility: 'restricted' as const } : {}),
          importKey: importKeyValue,
          ...(options.notifyOwners === false ? { notifyOwners: false } : {}),
        },
        author,
        now,
      );
      (before ? existing : created).push(action.ref);
    }
    return { meeting, nextMeeting: next, created, existing, peopleAdded, membersAdded };
  });
}
