/**
 * Runs migrations/ in name order on either engine. Used on start and by `arising migrate`.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Loads every `NNNN_name.ts` file in migrations/. */
const folderProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_.+\.ts$/.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      migrations[file.replace(/\.ts$/, '')] = (await import(
        pathToFileURL(join(MIGRATIONS_DIR, file)).href
      )) as Migration;
    }
    return migrations;
  },
};

export interface MigrateOutcome {
  readonly applied: readonly string[];
}

/**
 * Brings the schema up to date; throws with the failing migration's name on error.
 * On PostgreSQL pass the schema: kysely otherwise finds its bookkeeping tables in any schema of
 * the database (another instance's, another test's) and skips creating its own.
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  schema?: string,
): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: folderProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` in ${failed.migrationName}` : '';
    throw new Error(
      `Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
