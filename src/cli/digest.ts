/**
 *   arising digest lcrb --format md|html|docx|csv [--meeting YYYY-MM-DD] [--public] [--out file]
 */
import { Option, type Command } from 'commander';
import type { DigestCliOptions } from '../digest/export.ts';
import { DIGEST_FORMATS } from '../digest/formats.ts';
import { terminalText } from '../terminal-text.ts';
import { DATABASE, withRegister, type CliDeps } from './shared.ts';

export function addDigestCommand(program: Command, deps: CliDeps): void {
  program
    .command('digest')
    .description("write a board's action log for its next (or a named) meeting")
    .argument('<board>', 'board slug or ref prefix, e.g. lcrb')
    .option('--meeting <date>', 'the meeting on this date (YYYY-MM-DD), instead of the next one')
    .addOption(
      new Option('--format <format>', 'document format')
        .choices(DIGEST_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--public', 'the public edition: restricted actions left out')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(...DATABASE)
    .action(async (board: string, opts: DigestCliOptions) => {
      const [{ exportDigest }, { writeFile }] = await Promise.all([
        import('../digest/export.ts'),
        import('node:fs/promises'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const outcome = await exportDigest(db, deps.clock.now(), board, opts);
        if (!outcome.ok) {
          process.stderr.write(`${outcome.message}\n`);
          process.exitCode = 2;
          return;
        }
        if (opts.out) {
          await writeFile(opts.out, outcome.body);
          process.stdout.write(`Wrote ${opts.out}.\n`);
        } else if (opts.format === 'docx' && process.stdout.isTTY) {
          process.stderr.write('A Word document is binary: add --out action-log.docx\n');
          process.exitCode = 2;
        } else {
          // Text formats printed here may reach a terminal: no escape sequences from action text.
          process.stdout.write(
            opts.format === 'docx' ? outcome.body : terminalText(outcome.body.toString('utf8')),
          );
        }
      });
    });
}
