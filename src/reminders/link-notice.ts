/**
 * "Your Slack account was linked to Tim Godwin by ...": told to the account that was linked, on
 * that account's platform, through the outbox like any notice, so it is delivered once and
 * retried like a reminder. The key is the audit entry's id: one notice per link.
 */
import { z } from 'zod';
import type { PersonId, Platform } from '../domain.ts';
import type { Message } from '../message.ts';
import { code, paragraph } from '../message.ts';
import type { OutboxRow } from '../db/schema.ts';
import { getBoard } from '../register/boards.ts';
import { getPerson, peopleWithRole, rolesOf } from '../register/people.ts';
import { iso, type Db } from '../register/tx.ts';
import type { NoticePayload } from './outbox.ts';

/** The one account a link notice goes to (outbox.recipient while pending). */
export const identityRecipientSchema = z.object({
  kind: z.literal('identity'),
  platform: z.enum(['slack', 'teams', 'console']),
  workspaceId: z.string(),
  userId: z.string(),
});
export type IdentityRecipient = z.infer<typeof identityRecipientSchema>;

const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  console: 'console',
};

export interface LinkNotice {
  readonly auditId: number;
  readonly personId: PersonId;
  readonly account: Omit<IdentityRecipient, 'kind'>;
  /** Who linked it, as the person will read it: "Gemma Townsend (LCRB secretariat)". */
  readonly linkedBy: string;
}

export async function enqueueLinkNotice(db: Db, notice: LinkNotice, now: Date): Promise<void> {
  const payload: NoticePayload = {
    topic: 'linked',
    actionRefs: [],
    leadDays: null,
    dueAt: iso(now),
    linkedBy: notice.linkedBy,
  };
  const recipient: IdentityRecipient = { kind: 'identity', ...notice.account };
  await db
    .insertInto('outbox')
    .values({
      idempotency_key: `linked:audit=${notice.auditId}`,
      kind: 'notice',
      board_id: null,
      meeting_id: null,
      person_id: notice.personId,
      platform: notice.account.platform,
      recipient: JSON.stringify(recipient),
      payload: JSON.stringify(payload),
      not_before: iso(now),
      next_attempt_at: iso(now),
      created_at: iso(now),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** The account a notice is pinned to, if it is a link notice. */
export function pinnedAccount(row: Pick<OutboxRow, 'recipient'>): IdentityRecipient | undefined {
  try {
    const parsed = identityRecipientSchema.safeParse(JSON.parse(row.recipient ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The notice's text, naming the secretariat of the person's boards to tell if it was not them. */
export async function renderLinkNotice(
  db: Db,
  row: Pick<OutboxRow, 'person_id' | 'recipient'>,
  payload: NoticePayload,
): Promise<{ ok: true; message: Message } | { ok: false; reason: string }> {
  const person =
    row.person_id === null ? undefined : await getPerson(db, row.person_id as PersonId);
  const account = pinnedAccount(row);
  if (!person || !account) return { ok: false, reason: 'the person or account is gone' };
  const names = new Set<string>();
  for (const boardId of (await rolesOf(db, person.id)).keys()) {
    const board = await getBoard(db, boardId);
    for (const p of await peopleWithRole(db, boardId, 'secretariat'))
      names.add(board ? `${p.name} (${board.slug.toUpperCase()})` : p.name);
  }
  const tell = names.size ? [...names].slice(0, 6).join(', ') : 'your board secretariat';
  const platform = PLATFORM_NAMES[account.platform];
  const said = `Your ${platform} account was linked to ${person.name} by ${payload.linkedBy ?? 'the secretariat'}.`;
  return {
    ok: true,
    message: {
      summary: said,
      blocks: [
        paragraph(
          `${said} Messages from this account now act as ${person.name}, and ${person.name}'s reminders come here. If this wasn't you, or this is not your account, tell ${tell} at once; they can undo it with `,
          code(`unlink "${person.name}" ${account.platform}`),
          '.',
        ),
      ],
    },
  };
}
