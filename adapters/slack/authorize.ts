/**
 * Who the bot is (its token, bot id and bot user id), for every request Bolt handles. Bolt's own
 * lazy check (`token` with tokenVerificationEnabled: false) calls auth.test again on every
 * request (bolt-js App.js, singleAuthorization overwrites its cache each time): a Web API round
 * trip before each listener, and under load Slack's auth.test rate limit. This one asks once,
 * when the first request arrives (so the service still starts while Slack is unreachable), and
 * asks again only after a failure.
 *
 *   new App({ authorize: authorizeOnce(token, client), receiver, ... })
 */
import type { Authorize, AuthorizeResult, webApi } from '@slack/bolt';

export function authorizeOnce(token: string, client: webApi.WebClient): Authorize<boolean> {
  let known: Promise<AuthorizeResult> | undefined;
  return () => {
    known ??= client.auth.test({ token }).then(
      (result) => ({
        botToken: token,
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
      }),
      (error: unknown) => {
        known = undefined;
        throw error;
      },
    );
    return known;
  };
}
