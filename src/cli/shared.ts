/**
 * What every command group shares: the clock, how to open the register, the --database option
 * and the error that means "you typed it wrong" (exit code 2).
 *
 * Nothing heavy is imported at the top of any file in src/cli/: `arising --help` needs only the
 * command definitions, so each action imports what it uses when it runs.
 */
import type { Config } from '../config.ts';
import type { OpenDatabase } from '../db/connect.ts';
import type { Clock } from '../ports.ts';
import { terminalText } from '../terminal-text.ts';

export interface CliDeps {
  /** Where "now" comes from: the system clock, or a test's FakeClock (buildProgram's option). */
  readonly clock: Clock;
}

/** A mistake in what was typed: bin/arising.js exits 2 on it (by its stable code). */
export class UsageError extends Error {
  readonly code = 'usage';
}

export const DATABASE = [
  '--database <url>',
  'sqlite:<path> or postgres://... (default: DATABASE_URL)',
] as const;

/** The configuration from the environment, or a message naming the bad variable and exit 2. */
export async function config(): Promise<Config> {
  const { ConfigError, loadConfig } = await import('../config.ts');
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

/** Opens the register named by --database or DATABASE_URL, unmigrated (for `migrate` itself). */
export async function openDatabaseAt(url: string | undefined): Promise<OpenDatabase> {
  const { openDatabase } = await import('../db/connect.ts');
  return openDatabase(url ?? (await config()).DATABASE_URL);
}

/** Opens the register named by --database or DATABASE_URL, migrated. */
export async function openRegister(url: string | undefined): Promise<OpenDatabase> {
  const [opened, { migrateToLatest }] = await Promise.all([
    openDatabaseAt(url),
    import('../db/migrate.ts'),
  ]);
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/** Runs fn on the migrated register and closes it whatever happens. */
export async function withRegister<T>(
  url: string | undefined,
  fn: (opened: OpenDatabase) => Promise<T>,
): Promise<T> {
  const opened = await openRegister(url);
  try {
    return await fn(opened);
  } finally {
    await opened.close();
  }
}

/** Prints one line; control characters from people's text never reach the terminal. */
export const say = (line: string): void => void process.stdout.write(`${terminalText(line)}\n`);

/** A mistake the command reports itself (exit 2) rather than by throwing. */
export function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}
