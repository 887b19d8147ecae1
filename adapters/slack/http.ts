/**
 * A Bolt Receiver mounted on the service's own node:http server (POST /slack/events), so Slack
 * shares the port with /healthz and Teams instead of Bolt opening a second one.
 *
 * It does what Bolt's HTTPReceiver does, with two differences that matter here: the body is read
 * by the server's readBody (one 413 limit for every route), and the signature check takes its
 * time from the injected Clock, so tests can replay a request six minutes later.
 *
 * SocketReceiver, below, is the Socket Mode twin: the same Bolt App, payloads over a WebSocket.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions,
  HTTPResponseAck,
  verifySlackRequest,
  type App,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/logger';
import { SocketModeClient } from '@slack/socket-mode';
import { z } from 'zod';
import type { Clock } from '../../src/ports.ts';
import { readBody, sendJson } from '../../src/server.ts';

/** Slack refuses to act on requests older than this, and so do we (either direction). */
const MAX_SKEW_SECONDS = 5 * 60;

const bodySchema = z.record(z.string(), z.unknown());

/** Slack sends JSON for events, and form bodies for commands and (as `payload=`) interactivity. */
export function parseSlackBody(
  raw: string,
  contentType: string | undefined,
): Record<string, unknown> {
  if ((contentType ?? '').includes('application/json')) return bodySchema.parse(JSON.parse(raw));
  const form = new URLSearchParams(raw);
  const payload = form.get('payload');
  if (payload !== null) return bodySchema.parse(JSON.parse(payload));
  return Object.fromEntries(form.entries());
}

export interface RouteReceiverOptions {
  readonly signingSecret: string;
  readonly clock: Clock;
  readonly logger: BoltLogger;
}

export class RouteReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly options: RouteReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  // The service's server is started and stopped by the composition root, not by Bolt.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** The route handler for POST /slack/events. */
  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { logger, clock, signingSecret } = this.options;
    const raw = (await readBody(req)).toString('utf8');
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const nowMs = clock.now().getTime();
    try {
      // Bolt refuses stale requests; one dated in the future is refused here too.
      if (!Number.isFinite(timestamp) || timestamp - nowMs / 1000 > MAX_SKEW_SECONDS) {
        throw new Error('request timestamp missing or in the future');
      }
      verifySlackRequest({
        signingSecret,
        body: raw,
        headers: {
          'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''),
          'x-slack-request-timestamp': timestamp,
        },
        nowMilliseconds: nowMs,
      });
    } catch (error) {
      logger.warn(`Refused a Slack request: ${error instanceof Error ? error.message : error}`);
      return sendJson(res, 401, { error: 'invalid signature' });
    }

    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, req.headers['content-type']);
    } catch {
      return sendJson(res, 400, { error: 'malformed body' });
    }
    if (body.type === 'url_verification') {
      return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
    }
    if (body.ssl_check) return HTTPModuleFunctions.buildSSLCheckResponse(res);
    if (!this.app) throw new Error('Slack receiver used before Bolt initialised it');

    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const retryNum = HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req);
    const retryReason = HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req);
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      ...(retryNum !== undefined ? { retryNum } : {}),
      ...(retryReason !== undefined ? { retryReason } : {}),
    };
    try {
      await this.app.processEvent(event);
    } catch (error) {
      await HTTPModuleFunctions.defaultProcessEventErrorHandler({
        error: error as Error,
        logger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
    }
  };
}

export interface SocketReceiverOptions {
  readonly appToken: string;
  readonly logger: BoltLogger;
  /** GovSlack and tests: where apps.connections.open is called (Bolt's receiver cannot say). */
  readonly slackApiUrl: string | undefined;
}

/**
 * Socket Mode, for organisations that cannot expose a public URL: Slack pushes the same payloads
 * over a WebSocket the app opens. Bolt's SocketModeReceiver does not pass Web API options to its
 * client, so it would always ask slack.com for the socket URL; GovSlack needs SLACK_API_URL.
 */
export class SocketReceiver implements Receiver {
  readonly client: SocketModeClient;
  private app: App | undefined;

  constructor(options: SocketReceiverOptions) {
    this.client = new SocketModeClient({
      appToken: options.appToken,
      logger: options.logger,
      clientOptions: options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {},
    });
    this.client.on('slack_event', async (args: SocketEnvelope) => {
      if (!this.app) throw new Error('Slack receiver used before Bolt initialised it');
      try {
        await this.app.processEvent({
          body: args.body,
          ack: async (response) => args.ack(response),
          ...(args.retry_num !== undefined ? { retryNum: args.retry_num } : {}),
          ...(args.retry_reason !== undefined ? { retryReason: args.retry_reason } : {}),
        });
      } catch (error) {
        options.logger.error(
          `Slack event failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    });
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    await this.client.start();
  }

  async stop(): Promise<void> {
    await this.client.disconnect();
  }
}

interface SocketEnvelope {
  ack(response?: unknown): Promise<void>;
  body: Record<string, unknown>;
  retry_num?: number;
  retry_reason?: string;
}
