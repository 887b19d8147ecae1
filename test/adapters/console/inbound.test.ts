import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../../adapters/console/index.ts';
import type { Actor } from '../../../src/access.ts';
import { failedOnOurSide } from '../../../src/core.ts';
import type { PersonId } from '../../../src/domain.ts';
import { reply } from '../../../src/message.ts';
import { renderText } from '../../../adapters/console/render.ts';

const tim = {
  id: 1 as PersonId,
  name: 'Tim Godwin',
  initials: 'TG',
  organisation: null,
  title: null,
  email: null,
};
const actor: Actor = { person: tim, roles: new Map(), source: 'cli' };

async function chat(lines: string[], handle: (line: string) => Promise<string>): Promise<string> {
  const out = new PassThrough();
  let written = '';
  out.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  await runChat(
    {
      person: tim,
      actor: async () => actor,
      handle: async (_actor, line) => reply(await handle(line)),
    },
    Readable.from(lines.map((l) => `${l}\n`)),
    out,
  );
  return written;
}

describe('the local chat', () => {
  it('answers a failure on our side with the one failure reply, and keeps chatting', async () => {
    const written = await chat(['mine', 'boards'], async (line) => {
      if (line === 'mine') throw new Error('database is locked');
      return 'Your boards: LCRB';
    });
    expect(written).toContain(renderText(failedOnOurSide()));
    // The operator at the terminal is told why; the chat goes on.
    expect(written).toContain('database is locked');
    expect(written).toContain('Your boards: LCRB');
  });
});
