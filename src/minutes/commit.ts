/**
 * Writing a confirmed draft: the meeting, the next meeting, the people and the actions, with
 * history source `import`, in one transaction. Idempotent: meetings are unique per board and
 * day, people are matched by name (a near spelling links to the existing person), and each
 * action carries an import key, so importing the same minutes again adds nothing.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ActionRef, Board, Meeting, MeetingId, PersonId } from '../domain.ts';
import { addAction, type OwnerInput } from '../register/actions.ts';
import type { Author } from '../register/history.ts';
import { addMeeting, listMeetings, nextMeeting } from '../register/meetings.ts';
import { createPerson } from '../register/people.ts';
import { inTransaction, type Db } from '../register/tx.ts';
import type { Draft, DraftAction, DraftMeeting } from './draft.ts';
import { listKnownPeople } from './known.ts';
import { linkKnown, type KnownPerson } from './resolve.ts';
import { key } from './text.ts';
import { sanitisePeopleText } from '../people-text.ts';

export interface CommitOptions {
  /** Due meeting for actions due "at the next meeting" (the demo puts them at an upcoming one). */
  readonly dueMeetingId?: MeetingId | null;
  /** Also write suggestions, not only those marked accepted (never by default). */
  readonly allSuggestions?: boolean;
  /** Add every attendee as a person (default); false adds only the owners of actions. */
  readonly attendees?: boolean;
}

export interface CommitOutcome {
  readonly meeting: Meeting | null;
  readonly nextMeeting: Meeting | null;
  readonly created: readonly ActionRef[];
  readonly existing: readonly ActionRef[];
  readonly peopleAdded: readonly string[];
}

/** The meeting the board already has that day, or a new one (00:00 when no time is given). */
async function meetingOn(
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

/** The stable identity of an imported action: board, meeting day, kind, minute ref and text. */
export function importKey(board: Board, draft: Draft, action: DraftAction): string {
  const digest = createHash('sha256')
    .update([action.kind, action.ref ?? '', key(action.text)].join('|'))
    .digest('hex')
    .slice(0, 20);
  return `minutes:${board.slug}:${draft.meeting?.date ?? 'undated'}:${digest}`;
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
      ? await meetingOn(trx, board, draft.meeting, draft.source, now)
      : null;
    const forThisBoard = draft.nextMeeting && !draft.nextMeeting.board;
    const next = forThisBoard ? await meetingOn(trx, board, draft.nextMeeting!, null, now) : null;

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

    const wanted = draft.actions.filter(
      (a) => a.kind === 'explicit' || a.accepted || options.allSuggestions,
    );
    const created: ActionRef[] = [];
    const existing: ActionRef[] = [];
    const fallbackDue =
      options.dueMeetingId ??
      next?.id ??
      (meeting ? (await nextMeeting(trx, board.id, new Date(meeting.startsAt)))?.id : undefined) ??
      null;
    for (const a of wanted) {
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
        },
        author,
        now,
      );
      (before ? existing : created).push(action.ref);
    }
    return { meeting, nextMeeting: next, created, existing, peopleAdded };
  });
}
