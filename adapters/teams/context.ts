/**
 * What every Teams handler gets (the core, a logger, the clock, how to wait) and who is asking:
 * core.identify with the activity's personal-chat reference (stored for reminders) and, on first
 * contact only, the sender's email and UPN from the conversation roster.
 */
import type { Client as ApiClient } from '@microsoft/teams.api';
import type { Core, Identified } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import type { Clock } from '../../src/ports.ts';
import { mayReplaceRef, stringifyConversationRef } from './conversation-ref.ts';
import { TEAMS_LINK_YOU } from './link.ts';
import { personalRef, platformUser, type InboundActivity } from './payloads.ts';
import { rosterMember } from './roster.ts';

export interface TeamsDeps {
  readonly core: Core;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Waits before a throttled reply is retried; tests pass one that returns at once. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Hosts besides SharePoint that shared files may be fetched from (on-file-shared.ts). */
  readonly fileHosts: readonly string[];
}

/** The person behind an activity, linking them by roster email on first contact. */
export function whoIs(deps: TeamsDeps, a: InboundActivity, api: ApiClient): Promise<Identified> {
  const ref = personalRef(a);
  // No tenant or AAD object id: the core answers that it cannot tell who this is.
  const user = platformUser(a) ?? { platform: 'teams' as const, workspaceId: '', userId: '' };
  return deps.core.identify(user, {
    source: 'teams',
    conversationRef: ref ? stringifyConversationRef(ref) : null,
    mayReplaceRef,
    linkCommand: TEAMS_LINK_YOU,
    emails: async () => {
      try {
        return (await rosterMember(api, a, a.from.id)).addresses;
      } catch (error) {
        deps.logger.warn({ err: describeError(error) }, 'teams roster lookup failed');
        return [];
      }
    },
  });
}

/**
 * True the first time an activity is seen. Activities without an id cannot be recognised again;
 * they are applied as they come. An id is unique within its conversation only, so the
 * conversation is part of the key.
 */
export async function firstTime(deps: TeamsDeps, a: InboundActivity): Promise<boolean> {
  return !a.id || deps.core.firstDelivery(`teams:activity:${a.conversation.id}:${a.id}`);
}

function describeError(error: unknown): string {
  const status = (error as { response?: { status?: number } }).response?.status;
  return status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
}
