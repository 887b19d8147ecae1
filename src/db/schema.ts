/**
 * The database as kysely sees it: one interface per table, matching migrations/.
 * Instants are ISO 8601 UTC strings on both engines (see migrations/0001_register.ts).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface BoardsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  ref_prefix: string;
  next_ref: Generated<number>;
  parent_id: number | null;
  timezone: Generated<string>;
  reminder_policy: string | null;
  created_at: string;
  /** 0013: the marking in the action log's footer; null for OFFICIAL. */
  protective_marking: Generated<string | null>;
}

export interface BoardChannelsTable {
  id: Generated<number>;
  board_id: number;
  platform: string;
  workspace_id: string | null;
  channel_id: string;
  purpose: Generated<string>;
}

export interface MeetingsTable {
  id: Generated<number>;
  board_id: number;
  starts_at: string;
  location: string | null;
  source: string | null;
  /** The calendar entry it was imported from (migrations/0015); null otherwise. */
  calendar_key: string | null;
  created_at: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  initials: string | null;
  organisation: string | null;
  title: string | null;
  email: string | null;
  created_at: string;
  /** How the person is reached: null (auto), 'email', 'slack' or 'teams' (0011). */
  channel: Generated<string | null>;
}

export interface IdentitiesTable {
  id: Generated<number>;
  person_id: number;
  platform: string;
  workspace_id: Generated<string>;
  user_id: string;
  conversation_ref: string | null;
  updated_at: string;
}

export interface MembershipsTable {
  board_id: number;
  person_id: number;
  role: string;
}

export interface ActionsTable {
  id: Generated<number>;
  ref: string;
  board_id: number;
  raised_at_meeting_id: number | null;
  minute_ref: string | null;
  text: string;
  due_meeting_id: number | null;
  due_date: string | null;
  status: Generated<string>;
  visibility: Generated<string>;
  carried_forward: Generated<number>;
  version: Generated<number>;
  import_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionOwnersTable {
  id: Generated<number>;
  action_id: number;
  person_id: number | null;
  group_name: string | null;
  position: Generated<number>;
  /** When and by whom this owner was given the action (migrations/0012; null before it). */
  assigned_at: string | null;
  assigned_by: number | null;
  /** 'pending' until the owner is told (reminders/assignment-tick.ts), then the outbox key. */
  notice: string | null;
}

export interface ActionUpdatesTable {
  id: Generated<number>;
  action_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  source: string;
  kind: string;
  status_from: string | null;
  status_to: string | null;
  note: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  kind: string;
  board_id: number | null;
  meeting_id: number | null;
  person_id: number | null;
  platform: string | null;
  recipient: string | null;
  payload: string;
  state: Generated<string>;
  attempts: Generated<number>;
  not_before: string;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  last_error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

export interface InboundEventsTable {
  key: string;
  seen_at: string;
}

/** Minutes drafts awaiting the secretariat's Import / Discard click (migrations/0009). */
export interface HeldDraftsTable {
  id: string;
  person_id: number;
  board_slug: string | null;
  file_name: string;
  draft: string;
  created_at: string;
  expires_at: string;
  imported_at: string | null;
}

/** Every link and unlink of a platform account, append-only (migrations/0010). */
export interface IdentityAuditTable {
  id: Generated<number>;
  action: string;
  by_person_id: number | null;
  by_label: string;
  platform: string;
  workspace_id: string;
  user_id: string;
  person_id: number;
  person_name: string;
  at: string;
}

/** One owner chased about one action on one board-local day (migrations/0012). */
export interface ChasesTable {
  id: Generated<number>;
  person_id: number;
  action_id: number;
  day: string;
  chased_at: string;
  chased_by: number | null;
  chased_by_name: string;
  outbox_key: string;
}

export interface Database {
  boards: BoardsTable;
  board_channels: BoardChannelsTable;
  meetings: MeetingsTable;
  people: PeopleTable;
  identities: IdentitiesTable;
  memberships: MembershipsTable;
  actions: ActionsTable;
  action_owners: ActionOwnersTable;
  action_updates: ActionUpdatesTable;
  outbox: OutboxTable;
  leases: LeasesTable;
  inbound_events: InboundEventsTable;
  held_drafts: HeldDraftsTable;
  identity_audit: IdentityAuditTable;
  chases: ChasesTable;
  service_secrets: ServiceSecretsTable;
}

export type BoardRow = Selectable<BoardsTable>;
export type MeetingRow = Selectable<MeetingsTable>;
/** Secrets the service makes for itself on first use (0011): the email link key. */
export interface ServiceSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export type PersonRow = Selectable<PeopleTable>;
export type IdentityRow = Selectable<IdentitiesTable>;
export type ActionRow = Selectable<ActionsTable>;
export type ActionUpdateRow = Selectable<ActionUpdatesTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
