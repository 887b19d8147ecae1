/**
 * Looks people up on a conversation's roster (Bot Connector members API): their email and UPN
 * for linking on first contact, and the AAD object id of someone @mentioned.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { InboundActivity } from './payloads.ts';

export interface RosterMember {
  readonly aadObjectId: string | undefined;
  /** Email, then UPN when it differs, lower-cased. */
  readonly addresses: readonly string[];
}

export async function rosterMember(
  api: ApiClient,
  a: InboundActivity,
  memberId: string,
): Promise<RosterMember> {
  // A channel thread's id carries `;messageid=`; the roster belongs to the channel itself.
  const conversation = a.conversation.id.split(';')[0]!;
  const member = await api.conversations.getMemberById(conversation, memberId);
  const addresses = [member.email, member.userPrincipalName].filter(
    (x): x is string => typeof x === 'string' && x.includes('@'),
  );
  return {
    aadObjectId: member.aadObjectId ?? undefined,
    addresses: [...new Set(addresses.map((x) => x.toLowerCase()))],
  };
}
