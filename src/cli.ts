/**
 * The `arising` command line: start the service, migrate, chat locally as any person.
 * Later commands (import, digest, reminders) hang off the same program.
 */
/* eslint-disable no-restricted-imports -- the CLI wires the console adapter, as main.ts does */
import { Command } from 'commander';
import { pathToFileURL } from 'node:url';
import { runChat } from '../adapters/console/index.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createCore } from './core.ts';
import { openDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './demo.ts';
import { registerAdminCommands, UsageError } from './admin-cli.ts';
import { main as startMain, startService } from './main.ts';
import { runImport } from './minutes/run-import.ts';
import { systemClock } from './ports.ts';
import { addRemindersCommands } from './reminders/cli.ts';
import { Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { exportDigest, type DigestCliOptions } from './digest/export.ts';
import { DIGEST_FORMATS } from './digest/render.ts';
import { terminalText } from './terminal-text.ts';

function config(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Opens the register named by --database or DATABASE_URL, migrated. */
async function openRegister(url: string | undefined) {
  const opened = await openDatabase(url ?? config().DATABASE_URL);
  await migrateToLatest(opened.db);
  return opened;
}

export function buildProgram(): Command {
  const program = new Command('arising')
    .description('Matters Arising: follow up board actions in Slack, Teams and the terminal.')
    .showHelpAfterError('(add --help for usage)');

  program
    .command('start')
    .description('start the service (HTTP on PORT, default 3000)')
    .action(async () => startMain());

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .option('--database <url>', 'sqlite:<path> or postgres://... (default: DATABASE_URL)')
    .action(async (opts: { database?: string }) => {
      const { db, close } = await openDatabase(opts.database ?? config().DATABASE_URL);
      try {
        const { applied } = await migrateToLatest(db);
        process.stdout.write(
          applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n',
        );
      } finally {
        await close();
      }
    });

  program
    .command('seed-demo')
    .description(
      'add the demo boards, people, meetings and actions (when the register has no boards)',
    )
    .option('--database <url>', 'sqlite:<path> or postgres://... (default: DATABASE_URL)')
    .action(async (opts: { database?: string }) => {
      const { db, close } = await openRegister(opts.database);
      try {
        const outcome = await seedDemo(db, systemClock.now());
        process.stdout.write(
          outcome.seeded
            ? `Seeded ${outcome.boards} boards, ${outcome.people} people, ${outcome.actions} actions.\n`
            : 'The register already has boards; nothing seeded.\n',
        );
      } finally {
        await close();
      }
    });

  program
    .command('import')
    .description('read minutes (.docx or .txt) into a draft action register; --commit writes it')
    .argument('<file>', 'the minutes, as .docx or .txt')
    .option('--board <slug>', 'the board the minutes are of (default: the board they name)')
    .option('--dry-run', 'show the draft only (the default)')
    .option('--commit', 'write the meeting, people and explicit actions (source: import)')
    .option('--json', 'print the draft as JSON (schema: docs/minutes.md)')
    .option('--database <url>', 'sqlite:<path> or postgres://... (default: DATABASE_URL)')
    .action(
      async (
        file: string,
        opts: {
          board?: string;
          dryRun?: boolean;
          commit?: boolean;
          json?: boolean;
          database?: string;
        },
      ) => {
        if (opts.commit && opts.dryRun) {
          process.stderr.write('Choose one of --dry-run and --commit.\n');
          process.exitCode = 2;
          return;
        }
        const { db, close } = await openRegister(opts.database);
        try {
          process.exitCode = await runImport(
            db,
            systemClock,
            file,
            opts,
            process.stdout,
            process.stderr,
          );
        } finally {
          await close();
        }
      },
    );

  program
    .command('chat')
    .description('chat with the bot locally, as any person in the register')
    .requiredOption('--as <person>', 'full name, initials or email, e.g. "Tim Godwin"')
    .option('--database <url>', 'sqlite:<path> or postgres://... (default: DATABASE_URL)')
    .action(async (opts: { as: string; database?: string }) => {
      const { db, close } = await openRegister(opts.database);
      try {
        const core = createCore(db, systemClock);
        const match = await core.findPerson(opts.as);
        if (match.kind !== 'one') {
          const why =
            match.kind === 'none'
              ? `No one called “${opts.as}” is in the register.`
              : `“${opts.as}” could be: ${match.candidates.map((p) => p.name).join(', ')}.`;
          process.stderr.write(`${why} Give a full name in quotes, initials or an email.\n`);
          process.exitCode = 2;
          return;
        }
        const person = match.person;
        await runChat(
          {
            person,
            actor: () => core.actorFor(person, 'cli'),
            handle: (actor, line) => core.handleText(actor, line),
          },
          process.stdin,
          process.stdout,
        );
      } finally {
        await close();
      }
    });

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
    .option('--database <url>', 'sqlite:<path> or postgres://... (default: DATABASE_URL)')
    .action(async (board: string, opts: DigestCliOptions) => {
      const { db, close } = await openRegister(opts.database);
      try {
        const outcome = await exportDigest(db, systemClock.now(), board, opts);
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
      } finally {
        await close();
      }
    });

  registerAdminCommands(program, openRegister);
  addRemindersCommands(program, { config, openRegister, startService });
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
