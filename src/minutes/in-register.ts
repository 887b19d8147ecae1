/**
 * What an import will do on a given board, told before anything is written: which actions are
 * already in the register (imported before, perhaps from another copy of the same minutes), and
 * which attendees are not yet members of the board, with the role the minutes give them.
 *
 * An action is the same when the board already has it under the same import key, or raised at a
 * meeting on the same day with the same text once case, punctuation and spacing are set aside:
 * a PDF and a Word copy of one set of minutes number or punctuate an item differently, and must
 * still import once.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ActionRef, Board, PersonId, Role } from '../domain.ts';
import { listMeetings } from '../register/meetings.ts';
import { membersOf } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { sanitisePeopleText } from '../people-text.ts';
import type { Attendee, Draft, DraftAction, MemberOffer } from './draft.ts';
import { listKnownPeople } from './known.ts';
import { linkKnown } from './resolve.ts';
import { key } from './text.ts';

/** The stable identity of an imported action: board, meeting day, kind, minute ref and text. */
export function importKey(board: Board, draft: Draft, action: DraftAction): string {
  const digest = createHash('sha256')
    .update([action.kind, action.ref ?? '', key(action.text)].join('|'))
    .digest('hex')
    .slice(0, 20);
  return `minutes:${board.slug}:${draft.meeting?.date ?? 'undated'}:${digest}`;
}

/** The text as the register stores it, compared without case, punctuation or spacing. */
const textKey = (text: string) => key(sanitisePeopleText('action', text));

/** For each action of the draft (by index), the ref of the same action already on the board. */
export async function findInRegister(
  db: Db,
  board: Board,
  draft: Draft,
): Promise<Map<number, ActionRef>> {
  const keys = draft.actions.map((a) => importKey(board, draft, a));
  const date = draft.meeting?.date;
  const sameDay = date
    ? (await listMeetings(db, board.id))
        .filter(
          (m) =>
            DateTime.fromISO(m.startsAt, { zone: 'utc' }).setZone(board.timezone).toISODate() ===
            date,
        )
        .map((m) => m.id)
    : [];
  const rows = keys.length
    ? await db
        .selectFrom('actions')
        .select(['ref', 'text', 'import_key'])
        .where('board_id', '=', board.id)
        .where((eb) =>
          eb.or([
            eb('import_key', 'in', keys),
            ...(sameDay.length ? [eb('raised_at_meeting_id', 'in', sameDay)] : []),
          ]),
        )
        .orderBy('id')
        .execute()
    : [];
  const byKey = new Map(rows.filter((r) => r.import_key).map((r) => [r.import_key!, r.ref]));
  const byText = new Map<string, string>();
  for (const r of rows) if (!byText.has(key(r.text))) byText.set(key(r.text), r.ref);
  const found = new Map<number, ActionRef>();
  draft.actions.forEach((a, i) => {
    const ref = byKey.get(keys[i]!) ?? (sameDay.length ? byText.get(textKey(a.text)) : undefined);
    if (ref) found.set(i, ref as ActionRef);
  });
  return found;
}

const CHAIR = /\b(?:co-?)?chair(?:man|woman|person)?\b|\bin the chair\b/i;
/**
 * Not the board's chair: a vice or deputy chair, someone who works for the chair ("PA to the
 * Chair", "Chair's office"), or the chair of a committee or sub-group who sits on this board.
 */
const NOT_THE_CHAIR =
  /\b(?:vice|deputy)[\s-]+chair|\b(?:to|for) the chair\b|\bchair(?:man|woman|person)?['\u2019]s\b|\bchair(?:man|woman|person)? of (?:the )?[\w ,&'-]*?\b(?:committee|sub-?committee|sub-?group|working group|task group|panel)\b/i;
const SECRETARIAT =
  /\b(?:secretariat|clerk|minute[\s-]?taker|note[\s-]?taker|committee (?:officer|secretary)|board secretary|democratic services|secretary)\b|^\W*minutes\W*$|\(minutes\)/i;
/** Secretaries who do not keep this board's papers. */
const NOT_THE_SECRETARIAT =
  /\bsecretary of state\b|\b(?:permanent|cabinet|private|press|parliamentary|under|general)[\s-]+secretary\b/i;

/**
 * The role the minutes give an attendee on this board: chair for "Chair", "Co-Chair" or "in the
 * chair" (not a vice or deputy chair, who reads as a member until the board says otherwise);
 * secretariat for "Secretariat", "Clerk", "Secretary", "Minute taker" or "(minutes)"; member
 * otherwise. A chair reads every action of the board, restricted ones too, so a doubtful role is
 * a member, which the secretariat can raise later.
 */
export function memberRole(attendee: Pick<Attendee, 'role'>): Role {
  const role = attendee.role ?? '';
  if (CHAIR.test(role) && !NOT_THE_CHAIR.test(role)) return 'chair';
  if (SECRETARIAT.test(role) && !NOT_THE_SECRETARIAT.test(role)) return 'secretariat';
  return 'member';
}

/** Attendees who are not members of the board (in any role), offered with their role. */
export async function memberOffers(db: Db, board: Board, draft: Draft): Promise<MemberOffer[]> {
  const known = await listKnownPeople(db);
  const members = await membersOf(db, [board.id]);
  const offers: MemberOffer[] = [];
  for (const attendee of draft.attendees) {
    const link = linkKnown(attendee.name, known);
    const person = link?.person;
    if (person && members.has(person.id as PersonId)) continue;
    if (offers.some((o) => key(o.name) === key(attendee.name))) continue;
    offers.push({
      name: attendee.name,
      role: memberRole(attendee),
      personId: person?.id ?? null,
      accepted: false,
      // The commit adds the linked person, so the review must say who that is.
      ...(link?.near ? { knownAs: link.person.name } : {}),
    });
  }
  return offers;
}

/**
 * The draft as it would land on `board`: each action marked with the ref it already has there,
 * and the attendees offered as members. Choices already made (accepted, dropped) are kept.
 */
export async function forBoard(db: Db, board: Board, draft: Draft): Promise<Draft> {
  const found = await findInRegister(db, board, draft);
  const accepted = new Set((draft.members ?? []).filter((m) => m.accepted).map((m) => key(m.name)));
  const members = (await memberOffers(db, board, draft)).map((m) => ({
    ...m,
    accepted: accepted.has(key(m.name)),
  }));
  return {
    ...draft,
    actions: draft.actions.map((a, i) => ({ ...a, inRegister: found.get(i) ?? null })),
    members,
  };
}

/** What an import of this draft writes: new explicit actions and accepted suggestions. */
export const toImport = (draft: Draft): DraftAction[] =>
  draft.actions.filter((a) => !a.inRegister && !a.dropped && (a.kind === 'explicit' || a.accepted));
