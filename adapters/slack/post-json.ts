/**
 * A JSON POST over node:http(s) with kept-alive connections, for the response_url answer that
 * every slash command and button ends with. The global fetch (undici) costs about twice the
 * CPU per request for this (its stream and abort-signal machinery, a timer per
 * AbortSignal.timeout), which the `response-post` bench measures; under load that is a tenth of
 * the service's time. respond.ts's post() uses it for every response_url answer.
 *
 *   const status = await postJson(url, body, 10_000); // rejects on a network error or timeout
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// Few hosts (hooks.slack.com, a mock in tests); a socket kept a few seconds serves the next answer.
const http = new HttpAgent({ keepAlive: true, keepAliveMsecs: 5_000, maxSockets: 64 });
const https = new HttpsAgent({ keepAlive: true, keepAliveMsecs: 5_000, maxSockets: 64 });

export class PostTimeoutError extends Error {
  readonly code = 'post_timeout';
}

/** POSTs `body` as JSON; resolves with the HTTP status once the answer is read in full. */
export function postJson(url: string, body: unknown, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return Promise.reject(new Error(`Not an http(s) URL: ${target.protocol}`));
  }
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: secure ? https : http,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
        timeout: timeoutMs,
      },
      (res: IncomingMessage) => {
        // Read to the end (discarding it) so the socket goes back to the pool.
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    // `timeout` fires on an idle socket: one that connects and never answers included.
    req.once('timeout', () =>
      req.destroy(new PostTimeoutError(`no answer within ${timeoutMs} ms`)),
    );
    req.once('error', reject);
    req.end(payload);
  });
}
