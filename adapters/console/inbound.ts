/**
 * The local chat: `arising chat --as "Tim Godwin"`. Anyone in the register can type the
 * commands they will later type in Slack or Teams and see the replies as text. Reads stdin line
 * by line, so it also runs scripted: `echo mine | arising chat --as TG`.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Person } from '../../src/domain.ts';
import { failedOnOurSide, type Actor } from '../../src/core.ts';
import { clean, renderText } from './render.ts';
import type { Message } from '../../src/message.ts';

export interface ChatSession {
  readonly person: Person;
  /** Reloads the actor each line, so roles granted meanwhile apply at once. */
  actor(): Promise<Actor>;
  handle(actor: Actor, line: string): Promise<Message>;
}

export async function runChat(
  session: ChatSession,
  input: Readable,
  output: Writable,
): Promise<void> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive });
  const prompt = `${session.person.name}> `;
  if (interactive) {
    output.write(
      `Chatting as ${session.person.name}${session.person.organisation ? ` (${session.person.organisation})` : ''}. ` +
        `Type help for commands, exit to leave.\n`,
    );
    rl.setPrompt(prompt);
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line) {
      try {
        const message = await session.handle(await session.actor(), line);
        output.write(`${renderText(message)}\n`);
      } catch (error) {
        // A broken database is an infrastructure fault, not the person's: say so, keep the chat.
        // The terminal is the operator's own, so the reason is shown too.
        const reason = error instanceof Error ? error.message : String(error);
        output.write(`${renderText(failedOnOurSide())}\n  (${clean(reason)})\n`);
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
