/**
 * Fetches a minutes file a platform offers (Slack url_private_download, Teams downloadUrl),
 * reading at most MAX_MINUTES_BYTES: a file past the cap is refused as soon as its body grows
 * past it, so an oversized upload never costs more than the cap in memory.
 */
import { MAX_MINUTES_BYTES, tooLarge } from './uploads.ts';

export type Download =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

/** Throws when the platform does not serve the file (a bug or an outage, not the user's doing). */
export async function downloadMinutes(
  url: string,
  fileName: string,
  headers: Record<string, string> = {},
): Promise<Download> {
  // No redirects: a Slack token must never follow a redirect to another host.
  const res = await fetch(url, { headers, redirect: 'error' });
  if (!res.ok || !res.body) throw new Error(`file download answered ${res.status}`);
  if (Number(res.headers.get('content-length') ?? 0) > MAX_MINUTES_BYTES) {
    await res.body.cancel();
    return { ok: false, message: tooLarge(fileName) };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_MINUTES_BYTES) {
      await reader.cancel();
      return { ok: false, message: tooLarge(fileName) };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
