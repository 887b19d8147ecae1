/**
 * A mock Slack Web API on loopback for the fan-out benchmark: chat.postMessage only, with Slack's
 * rate limits enforced by token buckets (per channel, and across the workspace) and a 429 with
 * Retry-After (whole seconds, as Slack sends it) when a bucket is empty. It records every
 * accepted message so the bench can count deliveries per recipient and meeting.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Limits {
  /** Sustained messages per second into one channel (Slack: about 1). */
  readonly perChannelPerSecond: number;
  /** Messages a quiet channel may take at once before the sustained rate applies. */
  readonly perChannelBurst: number;
  /** Sustained messages per second across the workspace (our choice: Slack does not publish one). */
  readonly workspacePerSecond: number;
  readonly workspaceBurst: number;
}

/** A token bucket: `capacity` tokens, refilled at `rate` per second. */
class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    private readonly capacity: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
  /** Seconds until a token is free (0: there is one now). */
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.rate;
  }
  take(): void {
    this.tokens -= 1;
  }
}

export interface Accepted {
  readonly channel: string;
  readonly text: string;
  readonly at: number;
}

export class RateLimitedSlack {
  readonly accepted: Accepted[] = [];
  rateLimited = 0;
  private readonly channels = new Map<string, Bucket>();
  private workspace: Bucket;
  private server!: Server;
  url = '';

  constructor(readonly limits: Limits) {
    this.workspace = new Bucket(limits.workspacePerSecond, limits.workspaceBurst, Date.now());
  }

  /** Fills every bucket again: the clock for the limits starts now. */
  reset(): void {
    this.workspace = new Bucket(
      this.limits.workspacePerSecond,
      this.limits.workspaceBurst,
      Date.now(),
    );
    this.channels.clear();
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const args = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        };
        if (req.url !== '/api/chat.postMessage')
          return json(200, { ok: false, error: 'unknown_method' });
        const channel = args.get('channel') ?? '';
        const now = Date.now();
        let bucket = this.channels.get(channel);
        if (!bucket) {
          bucket = new Bucket(this.limits.perChannelPerSecond, this.limits.perChannelBurst, now);
          this.channels.set(channel, bucket);
        }
        const wait = Math.max(bucket.wait(now), this.workspace.wait(now));
        if (wait > 0) {
          this.rateLimited += 1;
          return json(
            429,
            { ok: false, error: 'ratelimited' },
            { 'retry-after': String(Math.ceil(wait)) },
          );
        }
        bucket.take();
        this.workspace.take();
        this.accepted.push({ channel, text: args.get('text') ?? '', at: now });
        json(200, {
          ok: true,
          channel,
          ts: `${Math.floor(now / 1000)}.${String(this.accepted.length).padStart(6, '0')}`,
        });
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/**
 * The least time the limits allow for `perChannel` message counts: the workspace bucket and the
 * busiest channel each need (messages - burst) / rate seconds after their burst.
 */
export function floorSeconds(limits: Limits, perChannel: readonly number[]): number {
  const total = perChannel.reduce((a, b) => a + b, 0);
  const busiest = Math.max(0, ...perChannel);
  return Math.max(
    Math.max(0, total - limits.workspaceBurst) / limits.workspacePerSecond,
    Math.max(0, busiest - limits.perChannelBurst) / limits.perChannelPerSecond,
  );
}
