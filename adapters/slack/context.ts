/**
 * What every Slack handler gets (the core, a logger, the hosts a file may come from) and who is
 * asking: core.identify, with the email Slack holds for the user (users.info, users:read.email)
 * fetched only on first contact.
 */
import type { webApi } from '@slack/bolt';
import type { Core, Identified } from '../../src/core.ts';
import type { Logger } from '../../src/log.ts';
import { SLACK_LINK_YOU } from './link.ts';

export type Client = webApi.WebClient;

export interface SlackDeps {
  readonly core: Core;
  readonly logger: Logger;
  /** Hosts the bot token may be sent to when downloading shared minutes (on-file-shared.ts). */
  readonly fileHosts: readonly string[];
}

/** Slack's file host, and the API host when SLACK_API_URL points elsewhere (a mock in tests). */
export function fileHosts(slackApiUrl: string | undefined): string[] {
  return ['files.slack.com', ...(slackApiUrl ? [new URL(slackApiUrl).host] : [])];
}

/** The person behind a Slack user in a workspace, or what to tell them. */
export function whoIs(
  deps: SlackDeps,
  client: Client,
  teamId: string,
  userId: string,
): Promise<Identified> {
  const user = { platform: 'slack' as const, workspaceId: teamId, userId };
  return deps.core.identify(user, {
    source: 'slack',
    linkCommand: SLACK_LINK_YOU,
    emails: async () => {
      try {
        const info = await client.users.info({ user: userId });
        const email = info.user?.profile?.email;
        return email ? [email] : [];
      } catch (error) {
        deps.logger.warn({ err: error, userId }, 'users.info failed for an unknown Slack user');
        return [];
      }
    },
  });
}

/** The workspace a payload came from: the team, else the user's team (Enterprise Grid). */
export const teamOf = (body: {
  team?: { id: string } | null;
  team_id?: string;
  user?: { team_id?: string | undefined };
}): string => body.team?.id ?? body.team_id ?? body.user?.team_id ?? '';

/**
 * Claims a modal submission once, on whichever instance: by its trigger and by the view's hash.
 * `first` is false for a retry or a double submit. A refused submission stays open to be
 * corrected and sent again with the same hash, so `release` forgets the hash's claim.
 */
export async function claimSubmission(
  core: Core,
  body: object,
  view: { readonly id: string; readonly hash?: string },
): Promise<{ first: boolean; release: () => Promise<void> }> {
  const trigger = 'trigger_id' in body ? (body.trigger_id as string | undefined) : undefined;
  const formKey = view.hash ? `slack:view:${view.id}:${view.hash}` : undefined;
  const first = !(
    (trigger && !(await core.firstDelivery(`slack:view:${trigger}`))) ||
    (formKey && !(await core.firstDelivery(formKey)))
  );
  const release = () => (formKey ? core.forgetDelivery(formKey) : Promise.resolve());
  return { first, release };
}
