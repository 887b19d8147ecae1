import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PostTimeoutError, postJson } from '../../../adapters/slack/post-json.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(
  handler: Parameters<typeof createServer>[1],
): Promise<{ url: string; sockets: () => number }> {
  let sockets = 0;
  server = createServer(handler);
  server.on('connection', () => (sockets += 1));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/1`,
    sockets: () => sockets,
  };
}

describe('postJson (the response_url answer)', () => {
  it('posts the body as JSON, answers with the status, and reuses one connection', async () => {
    const seen: Array<{ type: string | undefined; body: unknown; path: string | undefined }> = [];
    const { url, sockets } = await serve((req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => (raw += d.toString()));
      req.on('end', () => {
        seen.push({ type: req.headers['content-type'], body: JSON.parse(raw), path: req.url });
        res.writeHead(seen.length === 3 ? 500 : 200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    expect(await postJson(url, { text: 'one' }, 5_000)).toBe(200);
    expect(await postJson(url, { text: 'twø' }, 5_000)).toBe(200);
    expect(await postJson(url, { text: 'three' }, 5_000)).toBe(500);
    expect(seen).toEqual([
      { type: 'application/json', body: { text: 'one' }, path: '/response/1' },
      { type: 'application/json', body: { text: 'twø' }, path: '/response/1' },
      { type: 'application/json', body: { text: 'three' }, path: '/response/1' },
    ]);
    expect(sockets()).toBe(1);
  });

  it('gives up on a server that accepts and never answers', async () => {
    const { url } = await serve(() => undefined);
    await expect(postJson(url, { text: 'x' }, 200)).rejects.toBeInstanceOf(PostTimeoutError);
  });

  it('rejects when nothing listens, and refuses a URL that is not http(s)', async () => {
    const { url } = await serve(() => undefined);
    server!.close();
    server!.closeAllConnections();
    server = undefined;
    await expect(postJson(url, {}, 1_000)).rejects.toThrow(/ECONNREFUSED/);
    await expect(postJson('file:///etc/passwd', {}, 1_000)).rejects.toThrow(/Not an http/);
  });
});
