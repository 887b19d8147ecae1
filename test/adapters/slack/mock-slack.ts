/**
 * A mock Slack on loopback: the Web API methods the bot calls (recording every call) and
 * response_url endpoints. It stands in for the platform only; the bot under test is the real one.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';

export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | undefined;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  thread_ts?: string;
  user?: string;
}

interface Failure {
  readonly method: string | undefined;
  readonly status: number;
  readonly retryAfter: number | undefined;
  readonly error?: string;
  /** Hold the request this long, then drop the connection unanswered (a gateway timeout). */
  readonly hangMs?: number;
}

// Nested arguments arrive as JSON strings in the WebClient's form bodies.
const JSON_ARGS = new Set(['blocks', 'view', 'attachments', 'metadata']);

export class MockSlack {
  readonly calls: SlackCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** users.info answers: Slack user id -> email (absent: user_not_found). */
  readonly users = new Map<string, string | null>();
  /** Files people shared, served at url_private_download (bot token required) and files.info. */
  readonly files = new Map<string, { name: string; bytes: Uint8Array }>();
  private readonly failures: Failure[] = [];
  private readonly events = new EventEmitter();
  private nextTs = 1_764_061_200;
  private server!: Server;
  url = '';
  /** Where apps.connections.open sends Socket Mode clients (see startSocketMode). */
  socketUrl = '';

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next call (of `method`, if given) answers with this HTTP status or Slack error. */
  failNext(status: number, retryAfter?: number, method?: string): void {
    this.failures.push({ method, status, retryAfter });
  }

  /** The next call (of `method`, if given) hangs for `ms`, then its connection is dropped. */
  hangNext(ms: number, method?: string): void {
    this.failures.push({ method, status: 0, retryAfter: undefined, hangMs: ms });
  }

  refuseNext(error: string, method?: string): void {
    this.failures.push({ method, status: 200, retryAfter: undefined, error });
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call matching, now or when it arrives. */
  waitFor(method: string, match: (call: SlackCall) => boolean = () => true): Promise<SlackCall> {
    const found = this.calls.find((c) => c.method === method && match(c));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`Slack mock: no ${method} call arrived`));
      }, 10_000);
      const listener = (call: SlackCall) => {
        if (call.method === method && match(call)) {
          clearTimeout(timer);
          this.events.off('call', listener);
          resolve(call);
        }
      };
      this.events.on('call', listener);
    });
  }

  /** A message a person wrote (a thread reply), so conversations.replies can return it. */
  addUserMessage(message: StoredMessage): void {
    this.messages.set(`${message.channel}:${message.ts}`, message);
  }

  /**
   * A file a person uploads, as Slack describes it in a file_share message. `size` is what
   * Slack reports (omit it to have the bot find out only by downloading).
   */
  addFile(name: string, bytes: Uint8Array, options: { size?: boolean } = {}) {
    const id = `F${this.files.size + 1}`;
    this.files.set(id, { name, bytes });
    const { size, ...rest } = this.describe(id, { name, bytes });
    return { ...rest, ...(options.size === false ? {} : { size }) };
  }

  newTs(): string {
    this.nextTs += 1;
    return `${this.nextTs}.000100`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = (req.url ?? '').split('?')[0]!;
        const args = parseArgs(raw, req.headers['content-type']);
        const method = path.startsWith('/api/')
          ? path.slice(5)
          : path.startsWith('/response/')
            ? 'response_url'
            : path;
        const auth = req.headers.authorization;
        if (path.startsWith('/files-pri/')) return this.serveFile(path, auth, res);
        const call: SlackCall = {
          method,
          args: method === 'response_url' ? { ...args, id: path.slice(10) } : args,
          token: auth?.replace(/^Bearer /, ''),
        };
        this.calls.push(call);
        this.events.emit('call', call);
        const failure = this.takeFailure(method);
        if (failure?.hangMs !== undefined) {
          setTimeout(() => req.socket.destroy(), failure.hangMs);
          return;
        }
        if (failure && failure.status !== 200) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
          res.writeHead(failure.status, headers);
          res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
          return;
        }
        const body = failure?.error ? { ok: false, error: failure.error } : this.answer(call);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private describe(id: string, file: { name: string; bytes: Uint8Array }) {
    return {
      id,
      name: file.name,
      size: file.bytes.byteLength,
      url_private_download: `${this.url}/files-pri/T1-${id}/download/${encodeURIComponent(file.name)}`,
    };
  }

  private serveFile(path: string, auth: string | undefined, res: ServerResponse): void {
    const id = /^\/files-pri\/T1-(F\d+)\//.exec(path)?.[1] ?? '';
    const file = this.files.get(id);
    const call: SlackCall = {
      method: 'file_download',
      args: { id },
      token: auth?.replace(/^Bearer /, ''),
    };
    this.calls.push(call);
    this.events.emit('call', call);
    // Slack answers a download without the bot token with its sign-in page, not the file.
    if (!file || call.token !== 'xoxb-test-token') {
      res.writeHead(302, { location: 'https://slack.com/signin' });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.bytes.byteLength),
    });
    res.end(Buffer.from(file.bytes));
  }

  private takeFailure(method: string): Failure | undefined {
    if (method === 'auth.test') return undefined;
    const i = this.failures.findIndex((f) => f.method === undefined || f.method === method);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }

  private answer(call: SlackCall): Record<string, unknown> {
    const a = call.args as Record<string, string>;
    switch (call.method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'arising' };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(a.users).slice(1)}` } };
      case 'chat.postMessage': {
        const ts = this.newTs();
        const stored: StoredMessage = {
          channel: String(a.channel),
          ts,
          text: String(a.text ?? ''),
          blocks: (a.blocks as unknown as unknown[]) ?? [],
          ...(a.thread_ts ? { thread_ts: a.thread_ts } : {}),
          user: 'UBOT',
        };
        this.messages.set(`${a.channel}:${ts}`, stored);
        return { ok: true, channel: a.channel, ts, message: stored };
      }
      case 'chat.update': {
        const key = `${a.channel}:${a.ts}`;
        const old = this.messages.get(key);
        if (!old) return { ok: false, error: 'message_not_found' };
        old.text = String(a.text ?? '');
        old.blocks = (a.blocks as unknown as unknown[]) ?? [];
        return { ok: true, channel: a.channel, ts: a.ts };
      }
      case 'conversations.history': {
        const m = this.messages.get(`${a.channel}:${a.latest}`);
        return { ok: true, messages: m ? [m] : [] };
      }
      case 'conversations.replies': {
        const list = [...this.messages.values()].filter(
          (m) =>
            m.channel === a.channel &&
            (m.ts === a.ts || m.thread_ts === a.ts) &&
            (!a.oldest || m.ts >= a.oldest) &&
            (!a.latest || m.ts <= a.latest),
        );
        return { ok: true, messages: list };
      }
      case 'users.info': {
        const id = String(a.user);
        if (!this.users.has(id)) return { ok: false, error: 'user_not_found' };
        const email = this.users.get(id);
        return { ok: true, user: { id, profile: email ? { email } : {} } };
      }
      case 'apps.connections.open':
        return this.socketUrl
          ? { ok: true, url: this.socketUrl }
          : { ok: false, error: 'invalid_auth' };
      case 'files.info': {
        const file = this.files.get(String(a.file));
        return file
          ? { ok: true, file: this.describe(String(a.file), file) }
          : { ok: false, error: 'file_not_found' };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: 'V1' } };
      default:
        return { ok: true };
    }
  }
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if ((contentType ?? '').includes('application/json')) return JSON.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = JSON_ARGS.has(k) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startMockSlack(): Promise<MockSlack> {
  return new MockSlack().start();
}

/** Every text object in a Block Kit payload, with its type. */
export function textObjects(value: unknown): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') {
        out.push({ type: o.type, text: o.text });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** What a person would read: every text object, one per line. */
export function visibleText(value: unknown): string {
  return textObjects(value)
    .map((t) => t.text)
    .join('\n');
}

/**
 * True when nothing in the payload can ping or mention: Slack only reads `<!...>`, `<@...>` and
 * `<#...>` in mrkdwn (and in the fallback `text`), never in plain_text.
 */
export function isInert(payload: { text?: unknown; blocks?: unknown }): boolean {
  const mrkdwn = [
    ...(typeof payload.text === 'string' ? [payload.text] : []),
    ...textObjects(payload.blocks)
      .filter((t) => t.type === 'mrkdwn')
      .map((t) => t.text),
  ];
  return mrkdwn.every((t) => !/<[!@#]/.test(t) && !/<https?:/.test(t));
}
