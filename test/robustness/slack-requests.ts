/**
 * Slack request bodies for the robustness suite, built as Slack builds them, so a test can sign
 * (or forge, or replay) exactly the bytes it sends; and what the register holds afterwards.
 */
import type { ButtonIntent } from '../../src/message.ts';
import type { Db } from '../../src/register/tx.ts';
import { TEAM } from '../adapters/slack/harness.ts';

/** `/actions <text>` typed by `user`, answered at `responseUrl`. */
export function commandBody(user: string, text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'london',
    channel_id: 'CGENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/actions',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: `trigger-${responseUrl.split('/').pop()}`,
  }).toString();
}

/** A button press by `user` on an ephemeral /actions answer, carrying whatever intent it names. */
export function buttonBody(
  user: string,
  intent: ButtonIntent,
  responseUrl: string,
  triggerId: string,
): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1.1', channel_id: 'CGENERAL', is_ephemeral: true },
    trigger_id: triggerId,
    team: { id: TEAM, domain: 'london' },
    channel: { id: 'CGENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: `intent:0:${intent.kind}`,
        block_id: 'b',
        value: JSON.stringify(intent),
        action_ts: '1764061200.1',
        text: { type: 'plain_text', text: 'x' },
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An action's status and every status change or note recorded on it, oldest first. */
export async function statusAndHistory(db: Db, ref: string) {
  const action = await db
    .selectFrom('actions')
    .select(['id', 'status', 'version'])
    .where('ref', '=', ref)
    .executeTakeFirstOrThrow();
  const changes = await db
    .selectFrom('action_updates')
    .select(['status_to', 'note'])
    .where('action_id', '=', action.id)
    .where('kind', '!=', 'created')
    .orderBy('id')
    .execute();
  return { status: action.status, version: action.version, changes };
}
