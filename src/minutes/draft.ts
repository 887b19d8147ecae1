/**
 * The draft an import produces: what `arising import --json` prints and what the secretariat
 * confirms before anything is written. The zod schema is the documented JSON (docs/minutes.md).
 */
import { z } from 'zod';
import { ROLES } from '../domain.ts';

export const DOCUMENT_KINDS = ['minutes', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const ACTION_KINDS = ['explicit', 'suggested'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** How an owner as written was matched; `near` is a spelling variant offered for confirmation. */
export const OWNER_MATCHES = ['attendee', 'known', 'near', 'named', 'group'] as const;
export type OwnerMatch = (typeof OWNER_MATCHES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hhmm = z.string().regex(/^\d{2}:\d{2}$/);

export const meetingSchema = z.object({
  date: isoDate,
  time: hhmm.nullable(),
  location: z.string().nullable(),
  /** Set when the minutes name another board's meeting (a sub-group pointing to its parent). */
  board: z.string().nullable().default(null),
});
export type DraftMeeting = z.infer<typeof meetingSchema>;

export const attendeeSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  org: z.string().nullable(),
  /** Only when the minutes refer to the person by them (TG, JO'B). */
  initials: z.string().nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const ownerSchema = z.object({
  written: z.string(),
  kind: z.enum(['person', 'group']),
  /** The resolved name: the attendee's or known person's full name, or the group as written. */
  name: z.string(),
  match: z.enum(OWNER_MATCHES),
  /** A person already in the register (known or near match). */
  personId: z.number().int().nullable().default(null),
});
export type DraftOwner = z.infer<typeof ownerSchema>;

export const dueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('next_meeting'), date: isoDate.nullable() }),
  z.object({ kind: z.literal('date'), date: isoDate }),
]);
export type Due = z.infer<typeof dueSchema>;

export const draftActionSchema = z.object({
  /** Minute reference as printed ("4.20"), or null. */
  ref: z.string().nullable(),
  kind: z.enum(ACTION_KINDS),
  text: z.string().min(1),
  /** The owner exactly as the minutes give it ("TG", "MOPAC officers"), or null. */
  ownersAsWritten: z.string().nullable(),
  /** Resolved names, people and groups; empty when no owner is named (imported unassigned). */
  owners: z.array(z.string()),
  ownerDetails: z.array(ownerSchema),
  due: dueSchema.nullable(),
  /** 0..1: how sure the importer is of this action and its owner. */
  confidence: z.number().min(0).max(1),
  /** What the secretariat should check ("no owner named", "JS is not an attendee"). */
  flags: z.array(z.string()),
  /** Suggestions are written only when accepted. */
  accepted: z.boolean().default(false),
  /**
   * The ref of the same action already in the register (same board, meeting day and text, or the
   * same import key): shown in the review and never imported twice. Set once the board is known.
   */
  inRegister: z.string().nullable().optional(),
  /** A suggestion the secretariat dropped in the chat review: never imported. */
  dropped: z.boolean().optional(),
  /**
   * Set (true) when the action is minuted under an exempt or confidential item (Part B / Part 2,
   * "exempt information"): committed as a restricted action, left out of public digests.
   * Absent otherwise, so drafts of public minutes are unchanged.
   */
  restricted: z.boolean().optional(),
});
export type DraftAction = z.infer<typeof draftActionSchema>;

/** An attendee who is not yet a member of the board, offered as one with the role the minutes give. */
export const memberOfferSchema = z.object({
  name: z.string().min(1),
  role: z.enum(ROLES),
  /** The register's person, when the attendee is already known. */
  personId: z.number().int().nullable(),
  /** Added on commit only when accepted (`--add-members`, or the chat review's button). */
  accepted: z.boolean().default(false),
  /**
   * The register's name for the person, when the attendee matched them only by a near spelling:
   * that person is the one made a member. Absent otherwise.
   */
  knownAs: z.string().optional(),
});
export type MemberOffer = z.infer<typeof memberOfferSchema>;

export const draftSchema = z.object({
  documentKind: z.enum(DOCUMENT_KINDS),
  board: z.string().nullable(),
  meeting: meetingSchema.nullable(),
  nextMeeting: meetingSchema.nullable(),
  attendees: z.array(attendeeSchema),
  apologies: z.array(z.string()),
  actions: z.array(draftActionSchema),
  warnings: z.array(z.string()),
  /** The file the draft came from (name only). */
  source: z.string().nullable(),
  /** Attendees not yet on the board, offered as members; set once the board is known. */
  members: z.array(memberOfferSchema).optional(),
});
export type Draft = z.infer<typeof draftSchema>;
