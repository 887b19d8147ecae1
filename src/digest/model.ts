/**
 * The digest model: what the board's action log says before a meeting, independent of format.
 * `buildDigestModel` is pure (the register rows in, the model out); `loadDigestModel` in
 * load.ts is the thin shell that reads them. Every renderer (chat, Markdown, HTML, DOCX, CSV)
 * and the chair's `outstanding` view read this one model, so they never disagree.
 *
 * Nothing personal beyond names and organisations enters the model: no emails, no phones.
 */
import type { Action, ActionUpdate, Board, Meeting, Person, Rag, Status } from '../domain.ts';
import { STATUS_LABELS, isOpen } from '../domain.ts';
import { formatDate, formatDateTime, localDate } from '../dates.ts';
import { dueLabel } from '../cards.ts';
import { isOverdue, ragOf } from '../register/rag.ts';

export const EDITIONS = ['full', 'public'] as const;
/** full: for the board (chair, secretariat); public: restricted actions left out. */
export type Edition = (typeof EDITIONS)[number];

/** The groups, in the order the action log lists them. */
export const GROUPS = ['completed', 'in_progress', 'no_update', 'overdue', 'dropped'] as const;
export type GroupKey = (typeof GROUPS)[number];

export const GROUP_TITLES: Readonly<Record<GroupKey, string>> = {
  completed: 'Completed since the last meeting (proposed for closure)',
  in_progress: 'In progress',
  no_update: 'No update received since the last meeting',
  overdue: 'Overdue or carried forward',
  dropped: 'Dropped since the last meeting',
};

export const DUE_KINDS = ['meeting', 'date', 'none'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** The marking printed on a board's papers when it has none of its own. */
export const DEFAULT_PROTECTIVE_MARKING = 'OFFICIAL';

/** An owner as the papers name them: a name and, for a person, their organisation. */
export interface DigestOwner {
  readonly name: string;
  readonly organisation: string | null;
}

export interface DigestUpdate {
  /** "24 Nov 2026", in the board's zone. */
  readonly date: string;
  readonly who: string;
  readonly note: string | null;
  /** The status the update set, when it set one. */
  readonly status: Status | null;
}

export interface DigestItem {
  readonly ref: string;
  readonly minuteRef: string | null;
  readonly text: string;
  readonly owners: readonly DigestOwner[];
  /** "meeting of 2 Dec 2026", "by 13 Nov 2026", "no date set". */
  readonly due: string;
  /** The due point as a calendar date (YYYY-MM-DD, the board's zone), so a spreadsheet sorts it. */
  readonly dueIso: string | null;
  /** What `due` is: a meeting, a date from the minutes, or nothing set. */
  readonly dueKind: DueKind;
  /** The date of the meeting whose minutes raised the action ("7 Oct 2026"), if known. */
  readonly raised: string | null;
  /** The same as YYYY-MM-DD, for spreadsheets. */
  readonly raisedIso: string | null;
  readonly status: Status;
  readonly statusLabel: string;
  readonly rag: Rag;
  readonly overdue: boolean;
  readonly carriedForward: number;
  readonly restricted: boolean;
  readonly latest: DigestUpdate | null;
}

export interface DigestGroup {
  readonly key: GroupKey;
  readonly title: string;
  readonly items: readonly DigestItem[];
}

export interface DigestMeeting {
  readonly id: number;
  readonly startsAt: string;
  /** "Wed 2 Dec 2026" */
  readonly date: string;
  /** "16:00" in the board's zone. */
  readonly time: string;
  readonly place: string | null;
}

/** An owner the reminders could not reach, for the secretariat to chase another way. */
export interface UnreachableOwner extends DigestOwner {
  readonly refs: readonly string[];
}

export interface DigestModel {
  readonly board: { readonly slug: string; readonly name: string; readonly timezone: string };
  /** The protective marking for the document's header and footer (OFFICIAL by default). */
  readonly marking: string;
  readonly edition: Edition;
  /** The meeting the digest prepares for; null when the board has no meeting set. */
  readonly meeting: DigestMeeting | null;
  /** The last meeting before it: "since the last meeting" means since this one started. */
  readonly lastMeeting: DigestMeeting | null;
  /** "Wed 25 Nov 2026, 09:00" */
  readonly generatedAt: string;
  readonly counts: Readonly<Record<GroupKey, number>> & { readonly total: number };
  readonly groups: readonly DigestGroup[];
  /** Public edition only: how many restricted actions were left out. */
  readonly omittedRestricted: number;
  /** The same, group by group (the chair's view says how many open ones it hides). */
  readonly omittedByGroup: Readonly<Record<GroupKey, number>>;
  readonly attention: {
    readonly unassigned: readonly string[];
    /** Empty in the public edition: who could not be reached is the secretariat's business. */
    readonly unreachable: readonly UnreachableOwner[];
  };
}

/** What the loader reads from the register for one board. */
export interface DigestInput {
  readonly board: Board;
  readonly meeting: Meeting | null;
  readonly lastMeeting: Meeting | null;
  /** The board's actions that are not closed. */
  readonly actions: readonly Action[];
  /** Start time of every meeting an action is due at. */
  readonly meetingStarts: ReadonlyMap<number, string>;
  /** Latest status change or note of each action. */
  readonly latest: ReadonlyMap<number, ActionUpdate>;
  /** When each action last changed status (for "dropped since the last meeting"). */
  readonly statusChangedAt: ReadonlyMap<number, string>;
  /** People whose reminders for this meeting were undeliverable. */
  readonly unreachable: readonly Person[];
  readonly now: Date;
  readonly edition: Edition;
}

function describeMeeting(meeting: Meeting, zone: string): DigestMeeting {
  const [date, time] = formatDateTime(meeting.startsAt, zone).split(', ');
  return {
    id: meeting.id,
    startsAt: meeting.startsAt,
    date: date!,
    time: time!,
    place: meeting.location,
  };
}

function toItem(action: Action, input: DigestInput, today: string): DigestItem {
  const zone = input.board.timezone;
  const dueStarts =
    action.dueMeetingId !== null ? (input.meetingStarts.get(action.dueMeetingId) ?? null) : null;
  const overdue = isOverdue(action, dueStarts, input.now, today);
  const dueMeeting =
    dueStarts === null
      ? undefined
      : {
          id: action.dueMeetingId!,
          boardId: action.boardId,
          startsAt: dueStarts,
          location: null,
          source: null,
        };
  const update = input.latest.get(action.id);
  const raisedStarts =
    action.raisedAtMeetingId !== null
      ? (input.meetingStarts.get(action.raisedAtMeetingId) ?? null)
      : null;
  const dueKind: DueKind = dueStarts !== null ? 'meeting' : action.dueDate ? 'date' : 'none';
  return {
    ref: action.ref,
    minuteRef: action.minuteRef,
    text: action.text,
    dueIso: dueStarts !== null ? localDate(dueStarts, zone) : action.dueDate,
    dueKind,
    raised: raisedStarts === null ? null : formatDate(raisedStarts, zone),
    raisedIso: raisedStarts === null ? null : localDate(raisedStarts, zone),
    owners: action.owners.map((o) =>
      o.kind === 'person'
        ? { name: o.person.name, organisation: o.person.organisation }
        : { name: o.name, organisation: null },
    ),
    due: dueLabel(action, dueMeeting, input.board),
    status: action.status,
    statusLabel: STATUS_LABELS[action.status],
    rag: ragOf(action, overdue),
    overdue,
    carriedForward: action.carriedForward,
    restricted: action.visibility === 'restricted',
    latest: update
      ? {
          date: formatDate(update.at, zone),
          who: update.actorName,
          note: update.note,
          status: update.statusTo,
        }
      : null,
  };
}

/** Which group an action belongs in, or none (closed, or dropped before the last meeting). */
function groupOf(action: Action, item: DigestItem, input: DigestInput): GroupKey | undefined {
  const since = input.lastMeeting?.startsAt ?? '';
  if (action.status === 'complete') return 'completed';
  if (action.status === 'dropped') {
    const at = input.statusChangedAt.get(action.id) ?? action.updatedAt;
    return at >= since ? 'dropped' : undefined;
  }
  if (!isOpen(action.status)) return undefined;
  if (item.overdue || action.carriedForward > 0) return 'overdue';
  const update = input.latest.get(action.id);
  if (!update || update.at < since) return 'no_update';
  return 'in_progress';
}

/** Most carried first, then overdue, then oldest ref: what the chair asks about first. */
const byUrgency = (a: DigestItem, b: DigestItem) =>
  b.carriedForward - a.carriedForward || Number(b.overdue) - Number(a.overdue);

export function buildDigestModel(input: DigestInput): DigestModel {
  const zone = input.board.timezone;
  const today = localDate(input.now, zone);
  const buckets = new Map<GroupKey, DigestItem[]>(GROUPS.map((g) => [g, []]));
  const unassigned: string[] = [];
  const ownedRefs = new Map<number, string[]>();
  const omitted = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<GroupKey, number>;
  for (const action of input.actions) {
    const item = toItem(action, input, today);
    const group = groupOf(action, item, input);
    if (!group) continue;
    if (input.edition === 'public' && action.visibility === 'restricted') {
      omitted[group] += 1;
      continue;
    }
    buckets.get(group)!.push(item);
    if (isOpen(action.status)) {
      if (action.owners.length === 0) unassigned.push(action.ref);
      for (const o of action.owners) {
        if (o.kind !== 'person') continue;
        ownedRefs.set(o.person.id, [...(ownedRefs.get(o.person.id) ?? []), action.ref]);
      }
    }
  }
  buckets.get('overdue')!.sort(byUrgency);
  const groups = GROUPS.map((key) => ({ key, title: GROUP_TITLES[key], items: buckets.get(key)! }));
  const count = (key: GroupKey) => buckets.get(key)!.length;
  return {
    board: { slug: input.board.slug, name: input.board.name, timezone: zone },
    marking: input.board.protectiveMarking ?? DEFAULT_PROTECTIVE_MARKING,
    edition: input.edition,
    meeting: input.meeting && describeMeeting(input.meeting, zone),
    lastMeeting: input.lastMeeting && describeMeeting(input.lastMeeting, zone),
    generatedAt: formatDateTime(input.now, zone),
    counts: {
      completed: count('completed'),
      in_progress: count('in_progress'),
      no_update: count('no_update'),
      overdue: count('overdue'),
      dropped: count('dropped'),
      total: groups.reduce((n, g) => n + g.items.length, 0),
    },
    groups,
    omittedRestricted: GROUPS.reduce((n, g) => n + omitted[g], 0),
    omittedByGroup: omitted,
    // The secretariat's own notes (who to assign, who could not be reached) stay out of the
    // public edition.
    attention: {
      unassigned: input.edition === 'public' ? [] : unassigned,
      unreachable:
        input.edition === 'public'
          ? []
          : input.unreachable.map((p) => ({
              name: p.name,
              organisation: p.organisation,
              refs: ownedRefs.get(p.id) ?? [],
            })),
    },
  };
}

/** Open actions, overdue and carried forward first: the chair's `outstanding` view. */
export function outstandingItems(model: DigestModel): DigestItem[] {
  const rank = (i: DigestItem) =>
    i.overdue || i.carriedForward > 0 ? 0 : i.status === 'in_progress' ? 1 : 2;
  return model.groups
    .flatMap((g) => g.items)
    .filter((i) => isOpen(i.status))
    .sort(
      (a, b) => rank(a) - rank(b) || b.carriedForward - a.carriedForward || refOrder(a.ref, b.ref),
    );
}

/** LCRB-2 before LCRB-10. */
export function refOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
