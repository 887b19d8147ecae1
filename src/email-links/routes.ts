/**
 * The update page behind email links: GET /update?t=<token>&do=complete shows the action and a
 * form (it never writes, so a mail scanner opening the link changes nothing); POST /update
 * applies the form through the core's one update path, as the person the link was sent to,
 * with source 'email'. Refusals: 403 for a forged or foreign link or a form without its CSRF
 * pair, 410 for an expired link, 409 (the action as it stands) once the action has changed.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { actorFor, canRead, type Actor } from '../access.ts';
import { buildCards, Lookups } from '../cards.ts';
import type { Core } from '../core.ts';
import { formatDateTime } from '../dates.ts';
import type { ActionId, PersonId, Status } from '../domain.ts';
import type { Logger } from '../log.ts';
import type { ActionCard } from '../message.ts';
import type { Clock } from '../ports.ts';
import { getAction } from '../register/actions.ts';
import { getPerson } from '../register/people.ts';
import type { Db } from '../register/tx.ts';
import { readBody, type HttpServer } from '../server.ts';
import {
  csrfFor,
  DATED_LINK_DAYS,
  LINK_CHOICES,
  sameMac,
  UPDATE_PATH,
  verifyUpdateToken,
  type UpdateClaims,
} from './links.ts';
import { historyMark } from './service.ts';
import { changedPage, FORM_STATUSES, formPage, refusalPage, savedPage } from './page.ts';

export interface UpdateRouteDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly core: Core;
  readonly secret: string;
  readonly logger: Logger;
}

const COOKIE = 'arising_form';
// A 2,000-character note, percent-encoded, is at most ~24 KB.
const FORM_LIMIT = 64 * 1024;

function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    // The URL holds the token: no caches, no referrer, no framing, no scripts.
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ...headers,
  });
  res.end(html);
}

const refusals = {
  malformed: [
    403,
    'This link is not valid',
    'The link may have been cut short by your email program. Open it from the email again, or update the action in Slack or Teams.',
  ],
  bad_signature: [
    403,
    'This link is not valid',
    'The link may have been cut short or changed. Open it from the email again, or update the action in Slack or Teams.',
  ],
  expired: [
    410,
    'This link has expired',
    `Links in reminder emails stop working at the end of the day of the meeting or due date they were sent for (a due date gives them at least ${DATED_LINK_DAYS} days). Use the links in your next reminder, or update the action in Slack or Teams.`,
  ],
  form: [
    403,
    'This form could not be accepted',
    'The form was not sent from the page this link opened (or your browser blocked its cookie). Open the link from the email again and submit from there.',
  ],
  gone: [
    404,
    'That action is no longer in the register',
    'Ask the board secretariat if you think this is a mistake.',
  ],
  person: [
    403,
    'This link is not yours to use',
    'The person it was sent to can no longer update this action. Ask the board secretariat.',
  ],
} as const;

type RefusalCode = keyof typeof refusals;

function refuse(res: ServerResponse, code: RefusalCode) {
  const [status, title, text] = refusals[code];
  sendHtml(res, status, refusalPage(title, text));
}

type Opened =
  | { ok: false; code: RefusalCode }
  | {
      ok: true;
      claims: UpdateClaims;
      actor: Actor;
      card: ActionCard;
      current: boolean;
      ref: string;
      zone: string;
    };

/** Checks a token and loads what the page shows; `current` is false once the action changed. */
async function open(deps: UpdateRouteDeps, token: string): Promise<Opened> {
  const now = deps.clock.now();
  const verified = verifyUpdateToken(deps.secret, token, now);
  if (!verified.ok) return { ok: false, code: verified.code };
  const { claims } = verified;
  const person = await getPerson(deps.db, claims.personId as PersonId);
  if (!person) return { ok: false, code: 'person' };
  const action = await getAction(deps.db, claims.actionId as ActionId);
  if (!action) return { ok: false, code: 'gone' };
  const actor = await actorFor(deps.db, person, 'email');
  if (!canRead(actor, action)) return { ok: false, code: 'person' };
  // One board read for the zone and the card alike.
  const lookups = new Lookups(deps.db);
  const board = await lookups.board(action.boardId);
  const [card] = await buildCards(deps.db, [action], now, { actor: null }, lookups);
  return {
    ok: true,
    claims,
    actor,
    card: card!,
    current:
      action.version === claims.version && (await historyMark(deps.db, action.id)) === claims.mark,
    ref: action.ref,
    zone: board.timezone,
  };
}

function cookieNonce(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

function formPageFor(
  deps: UpdateRouteDeps,
  opened: Extract<Opened, { ok: true }>,
  token: string,
  selected: Status | 'keep',
  note: string,
  error?: string,
): { html: string; cookie: string } {
  const nonce = randomBytes(16).toString('base64url');
  const html = formPage({
    card: opened.card,
    personName: opened.actor.person.name,
    token,
    nonce,
    csrf: csrfFor(deps.secret, token, nonce),
    selected,
    note,
    expiresLabel: formatDateTime(new Date(opened.claims.expires * 1000), opened.zone),
    ...(error ? { error } : {}),
  });
  return {
    html,
    cookie: `${COOKIE}=${nonce}; Path=${UPDATE_PATH}; HttpOnly; SameSite=Strict; Max-Age=3600`,
  };
}

const postSchema = z.object({
  t: z.string().max(600),
  nonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  csrf: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  status: z.enum([...FORM_STATUSES, 'keep']).optional(),
  note: z.string().max(20_000).optional(),
});

// Built once: a zod schema costs more to build than the rest of the page's checks together.
const choiceSchema = z.enum(LINK_CHOICES).catch('update');

export function mountUpdateRoutes(http: HttpServer, deps: UpdateRouteDeps): void {
  http.route('GET', UPDATE_PATH, async (req, res) => {
    const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const token = search.get('t') ?? '';
    const opened = await open(deps, token);
    if (!opened.ok) {
      deps.logger.info({ code: opened.code }, 'email link refused');
      return refuse(res, opened.code);
    }
    if (!opened.current) return sendHtml(res, 409, changedPage(opened.card));
    const choice = choiceSchema.parse(search.get('do'));
    const selected: Status | 'keep' = choice === 'update' ? 'keep' : choice;
    const page = formPageFor(deps, opened, token, selected, '');
    sendHtml(res, 200, page.html, { 'set-cookie': page.cookie });
  });

  http.route('POST', UPDATE_PATH, async (req, res) => {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.startsWith('application/x-www-form-urlencoded')) return refuse(res, 'form');
    const body = new URLSearchParams((await readBody(req, FORM_LIMIT)).toString('utf8'));
    const parsed = postSchema.safeParse(Object.fromEntries(body));
    if (!parsed.success) return refuse(res, 'form');
    const form = parsed.data;
    // Double submit: the page's nonce in a SameSite=Strict cookie, and a MAC binding it to the token.
    const nonce = cookieNonce(req);
    if (nonce !== form.nonce || !sameMac(csrfFor(deps.secret, form.t, form.nonce), form.csrf)) {
      deps.logger.info('email update form refused: CSRF check failed');
      return refuse(res, 'form');
    }
    const opened = await open(deps, form.t);
    if (!opened.ok) {
      deps.logger.info({ code: opened.code }, 'email link refused');
      return refuse(res, opened.code);
    }
    if (!opened.current) return sendHtml(res, 409, changedPage(opened.card));
    const status = !form.status || form.status === 'keep' ? null : form.status;
    const note = form.note?.trim() ? form.note : null;
    if (status === null && note === null) {
      const page = formPageFor(
        deps,
        opened,
        form.t,
        'keep',
        '',
        'Choose a new status or write a note, then save again.',
      );
      return sendHtml(res, 422, page.html, { 'set-cookie': page.cookie });
    }
    // The same path as the Add update form in chat: a status change names the version the link
    // was made for, and any change names the history mark, so a change meanwhile refuses it.
    const outcome = await deps.core.applyIntent(
      opened.actor,
      { kind: 'add_update', ref: opened.ref, version: opened.claims.version },
      // The mark is checked again inside the write, so a note or a second submit of this form
      // landing after the check above still refuses it (test/commands/update-race.test.ts).
      { status, note, expectedMark: opened.claims.mark },
    );
    if (outcome.ok && outcome.card) {
      deps.logger.info(
        { action: opened.ref, person: opened.claims.personId },
        'email update saved',
      );
      return sendHtml(res, 200, savedPage(outcome.card, outcome.reply.summary));
    }
    // Refused: a stale version (someone changed it meanwhile) shows the action as it stands;
    // a refused note or status shows the form again, with what was typed and why.
    const again = await open(deps, form.t);
    if (again.ok && !again.current) return sendHtml(res, 409, changedPage(again.card));
    if (!again.ok) return refuse(res, again.code);
    const page = formPageFor(
      deps,
      again,
      form.t,
      form.status ?? 'keep',
      form.note ?? '',
      outcome.reply.summary,
    );
    sendHtml(res, 422, page.html, { 'set-cookie': page.cookie });
  });
}
