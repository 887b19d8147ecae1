import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadMinutes } from '../../src/minutes/download.ts';
import { MAX_MINUTES_BYTES } from '../../src/minutes/uploads.ts';

// A file host on loopback that streams without a content-length, as a chunked download arrives.
let server: Server;
let url = '';
let served = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `${url}/small` });
      return void res.end();
    }
    if (req.url === '/missing') {
      res.writeHead(404);
      return void res.end();
    }
    const total = req.url === '/huge' ? MAX_MINUTES_BYTES * 20 : 1000;
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    served = 0;
    const chunk = Buffer.alloc(64 * 1024, 65);
    const pump = () => {
      while (served < total) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - served));
        served += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => res.destroy());
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);

describe('downloading a shared minutes file', () => {
  it('reads a small file whole', async () => {
    const got = await downloadMinutes(`${url}/small`, 'minutes.txt');
    expect(got.ok && got.bytes.byteLength).toBe(1000);
  });

  it('stops reading a file with no declared size as soon as it passes 5 MB', async () => {
    const got = await downloadMinutes(`${url}/huge`, 'huge.txt');
    expect(got).toEqual({ ok: false, message: expect.stringMatching(/larger than 5 MB/) });
    expect(served).toBeLessThan(MAX_MINUTES_BYTES * 20);
  });

  it('does not follow a redirect, so a token never travels to another host', async () => {
    await expect(
      downloadMinutes(`${url}/redirect`, 'm.txt', { authorization: 'Bearer x' }),
    ).rejects.toThrow();
  });

  it('treats a file the platform no longer serves as a failure on our side', async () => {
    await expect(downloadMinutes(`${url}/missing`, 'm.txt')).rejects.toThrow(/404/);
  });
});
