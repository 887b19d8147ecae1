/**
 * Serves digest documents behind signed links: GET /digests?board=...&sig=... answers the
 * document, 403 for a link that was tampered with, 410 for one that has expired (with what to
 * type for a fresh one), 404 when the board or meeting has gone.
 */
import type { ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { Clock } from '../ports.ts';
import { findBoard } from '../register/boards.ts';
import type { Db } from '../register/tx.ts';
import type { HttpServer } from '../server.ts';
import type { MeetingId } from '../domain.ts';
import { loadDigestModel } from './load.ts';
import { DIGEST_PATH, verifyDigestLink } from './links.ts';
import { CONTENT_TYPES, documentFileName, renderDocument } from './render.ts';

export interface DigestRouteDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly secret: string;
  readonly logger: Logger;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function mountDigestRoutes(http: HttpServer, deps: DigestRouteDeps): void {
  http.route('GET', DIGEST_PATH, async (req, res) => {
    const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const verified = verifyDigestLink(deps.secret, search, deps.clock.now());
    if (!verified.ok) {
      deps.logger.info({ code: verified.code }, 'digest link refused');
      if (verified.code === 'expired')
        return sendText(
          res,
          410,
          'This digest link has expired. Ask for a fresh one in chat: type "digest" followed by the board, e.g. "digest lcrb".',
        );
      return sendText(
        res,
        403,
        'This digest link is not valid (it may have been cut short, or the service restarted without DIGEST_LINK_SECRET). Ask for a fresh one: type "digest lcrb" in chat.',
      );
    }
    const { target } = verified;
    const board = await findBoard(deps.db, target.board);
    const loaded = board
      ? await loadDigestModel(deps.db, board.id, deps.clock.now(), {
          edition: target.edition,
          meetingId: target.meetingId as MeetingId,
        })
      : undefined;
    if (!loaded?.ok)
      return sendText(res, 404, 'That board or meeting is no longer in the register.');
    const body = await renderDocument(loaded.model, target.format);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[target.format],
      'content-length': body.length,
      'content-disposition': `${target.format === 'html' ? 'inline' : 'attachment'}; filename="${documentFileName(loaded.model, target.format)}"`,
      // The document can hold restricted actions: no shared caches, no search engines, no scripts.
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  });
}
