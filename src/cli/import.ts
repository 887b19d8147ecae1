/**
 *   arising import minutes.docx|.pdf|.txt [--board lcrb] [--commit] [--add-members] [--json]
 */
import type { Command } from 'commander';
import { DATABASE, withRegister, type CliDeps } from './shared.ts';

export function addImportCommand(program: Command, deps: CliDeps): void {
  program
    .command('import')
    .description(
      'read minutes (.docx, .pdf or .txt) into a draft action register; --commit writes it',
    )
    .argument('<file>', 'the minutes, as .docx, .pdf (with a text layer) or .txt')
    .option('--board <slug>', 'the board the minutes are of (default: the board they name)')
    .option('--dry-run', 'show the draft only (the default)')
    .option('--commit', 'write the meeting, people and explicit actions (source: import)')
    .option(
      '--add-members',
      'with --commit, add the attendees who are not on the board as members (chair, secretariat or member, as the minutes say)',
    )
    .option('--json', 'print the draft as JSON (schema: docs/minutes.md)')
    .option(...DATABASE)
    .action(
      async (
        file: string,
        opts: {
          board?: string;
          dryRun?: boolean;
          commit?: boolean;
          json?: boolean;
          addMembers?: boolean;
          database?: string;
        },
      ) => {
        if (opts.commit && opts.dryRun) {
          process.stderr.write('Choose one of --dry-run and --commit.\n');
          process.exitCode = 2;
          return;
        }
        const { runImport } = await import('../minutes/run-import.ts');
        await withRegister(opts.database, async ({ db }) => {
          process.exitCode = await runImport(
            db,
            deps.clock,
            file,
            opts,
            process.stdout,
            process.stderr,
          );
        });
      },
    );
}
