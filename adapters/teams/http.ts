/**
 * Mounts the Teams SDK on the service's own node:http route table instead of the Express server
 * the SDK would start by itself: one port, one body-size limit, one shutdown. The SDK's
 * `IHttpServerAdapter` is its documented transport seam; the SDK keeps the protocol (JWT
 * validation, invoke responses) and we only move bytes, after verify.ts has had its say: an
 * activity it refuses never reaches the SDK, so nothing is stored and nothing is sent.
 */
import type { IHttpServerAdapter, HttpRouteHandler } from '@microsoft/teams.apps';
import type { HttpServer } from '../../src/server.ts';
import { readBody, sendJson } from '../../src/server.ts';
import type { Logger } from '../../src/log.ts';
import type { InboundVerifier } from './verify.ts';

export class RouteTableAdapter implements IHttpServerAdapter {
  constructor(
    private readonly http: HttpServer,
    private readonly verify: InboundVerifier,
    private readonly logger: Logger,
  ) {}

  /** Our server is closed by the composition root, with every other route on it. */
  async stop(): Promise<void> {}

  registerRoute(method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.http.route(method, path, async (req, res) => {
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return sendJson(res, 400, { error: 'expected a JSON Bot Framework activity' });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return sendJson(res, 400, { error: 'expected a JSON Bot Framework activity' });
      const verdict = await this.verify(req.headers.authorization, body as Record<string, unknown>);
      if (!verdict.ok) {
        this.logger.warn(
          { status: verdict.status, reason: verdict.reason },
          'teams request refused',
        );
        return sendJson(res, verdict.status, {
          error: verdict.status === 401 ? 'unauthorized' : 'forbidden',
        });
      }
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers[name] = value;
      const answer = await handler({ body, headers });
      if (answer.body === undefined) {
        res.writeHead(answer.status);
        res.end();
        return;
      }
      sendJson(res, answer.status, answer.body);
    });
  }
}
