/**
 * The `arising` command line: one file per command group, each loading what its actions need
 * only when they run, so `arising --help` and `arising board list` do not pay for Bolt, the
 * Teams SDK, docx and mammoth.
 *
 *   buildProgram().parseAsync(process.argv)                 // bin/arising.js
 *   buildProgram({ clock: new FakeClock(...) })             // tests: "now" is theirs
 */
import { Command } from 'commander';
import { pathToFileURL } from 'node:url';
import { systemClock, type Clock } from '../ports.ts';
import { addBoardCommands } from './board.ts';
import { addChatCommand } from './chat.ts';
import { addDigestCommand } from './digest.ts';
import { addImportCommand } from './import.ts';
import { addMeetingCommands } from './meeting.ts';
import { addMemberCommands } from './member.ts';
import { addPersonCommands } from './person.ts';
import { addRemindersCommands } from './reminders.ts';
import { addServiceCommands } from './service.ts';
import { UsageError } from './shared.ts';

export { UsageError } from './shared.ts';

export interface ProgramOptions {
  /** Where every command takes "now" from (default: the system clock). */
  readonly clock?: Clock;
}

export function buildProgram(options: ProgramOptions = {}): Command {
  const deps = { clock: options.clock ?? systemClock };
  const program = new Command('arising')
    .description('Matters Arising: follow up board actions in Slack, Teams and the terminal.')
    .showHelpAfterError('(add --help for usage)');
  addServiceCommands(program, deps);
  addImportCommand(program, deps);
  addChatCommand(program, deps);
  addDigestCommand(program, deps);
  addBoardCommands(program, deps);
  addMeetingCommands(program, deps);
  addPersonCommands(program, deps);
  addMemberCommands(program);
  addRemindersCommands(program, deps);
  return program;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(`arising: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}
