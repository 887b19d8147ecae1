/**
 * The register's vocabulary: every closed list is one `as const` array shared by the type and
 * the zod schemas that guard the edges.
 */

/** Action statuses, in the order a digest lists them. */
export const STATUSES = [
  'open',
  'in_progress',
  'complete',
  'closed',
  'dropped',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that keep an action on the log (the board has not agreed it is finished). */
export const OPEN_STATUSES: readonly Status[] = ['open', 'in_progress'];

/** What the secretariat reads: "in progress", not "in_progress". */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  open: 'Open',
  in_progress: 'In progress',
  complete: 'Complete',
  closed: 'Closed',
  dropped: 'Dropped',
  withdrawn: 'Withdrawn',
};

export const ROLES = ['chair', 'secretariat', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const PLATFORMS = ['slack', 'teams', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where notices can go: the chat platforms and email (email has no accounts to link). */
export type DeliveryPlatform = Platform | 'email';

/** How a person prefers to be reached; auto: the chat account they last used, else email. */
export const CHANNEL_PREFERENCES = ['auto', 'email', 'slack', 'teams'] as const;
export type ChannelPreference = (typeof CHANNEL_PREFERENCES)[number];

/** Where an update came from; written to every history row. */
export const SOURCES = ['slack', 'teams', 'cli', 'import', 'system', 'email'] as const;
export type Source = (typeof SOURCES)[number];

export const VISIBILITIES = ['public', 'restricted'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What a history row records. */
export const UPDATE_KINDS = [
  'created',
  'status',
  'note',
  'assigned',
  'carried_forward',
  'edited',
  /** The secretariat sent the owner a reminder at once (`chase`). */
  'chased',
] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** Red/amber/green as committee papers show it. */
export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];

type Brand<T, B extends string> = T & { readonly __brand: B };
export type BoardId = Brand<number, 'BoardId'>;
export type MeetingId = Brand<number, 'MeetingId'>;
export type PersonId = Brand<number, 'PersonId'>;
export type ActionId = Brand<number, 'ActionId'>;
/** A board's short name in commands and URLs, e.g. `lcrb`. */
export type BoardSlug = Brand<string, 'BoardSlug'>;
/** An action's human reference, e.g. `LCRB-12`. */
export type ActionRef = Brand<string, 'ActionRef'>;

export interface Board {
  readonly id: BoardId;
  readonly slug: BoardSlug;
  readonly name: string;
  /** Prefix of action refs: `LCRB` gives LCRB-1, LCRB-2, ... */
  readonly refPrefix: string;
  readonly parentId: BoardId | null;
  /** IANA zone; meeting times and reminder hours are read in it. */
  readonly timezone: string;
  /** Raw JSON of the reminder policy; reminders/policy.ts parses it. */
  readonly reminderPolicy: string | null;
  /** Printed on the action log (OFFICIAL, OFFICIAL-SENSITIVE); null or absent: OFFICIAL. */
  readonly protectiveMarking?: string | null;
}

export interface Meeting {
  readonly id: MeetingId;
  readonly boardId: BoardId;
  /** ISO 8601 instant in UTC. */
  readonly startsAt: string;
  readonly location: string | null;
  readonly source: string | null;
}

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly initials: string | null;
  readonly organisation: string | null;
  /** Job title as the minutes give it ("Deputy Commissioner"). */
  readonly title: string | null;
  readonly email: string | null;
}

/** An owner is a person, or a group named as the minutes name it ("MOPAC officers"). */
export type Owner =
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'group'; readonly name: string };

export interface Action {
  readonly id: ActionId;
  readonly ref: ActionRef;
  readonly boardId: BoardId;
  readonly raisedAtMeetingId: MeetingId | null;
  readonly minuteRef: string | null;
  readonly text: string;
  readonly dueMeetingId: MeetingId | null;
  /** YYYY-MM-DD, when the minutes give a date rather than a meeting. */
  readonly dueDate: string | null;
  readonly status: Status;
  readonly visibility: Visibility;
  readonly carriedForward: number;
  /** Optimistic concurrency: every change bumps it; a write naming an older one is refused. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly owners: readonly Owner[];
}

export interface ActionUpdate {
  readonly id: number;
  readonly actionId: ActionId;
  readonly at: string;
  readonly actorId: PersonId | null;
  /** The actor's name when the row was written (people are renamed; history is not). */
  readonly actorName: string;
  readonly source: Source;
  readonly kind: UpdateKind;
  readonly statusFrom: Status | null;
  readonly statusTo: Status | null;
  readonly note: string | null;
}

export function ownerLabel(owner: Owner): string {
  return owner.kind === 'person' ? owner.person.name : owner.name;
}

export function isOpen(status: Status): boolean {
  return OPEN_STATUSES.includes(status);
}
