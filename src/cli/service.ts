/**
 *   arising start        the service
 *   arising migrate      bring the schema up to date
 *   arising seed-demo    the demo register, into an empty database
 */
import type { Command } from 'commander';
import { DATABASE, openDatabaseAt, withRegister, type CliDeps } from './shared.ts';

export function addServiceCommands(program: Command, deps: CliDeps): void {
  program
    .command('start')
    .description('start the service (HTTP on PORT, default 3000)')
    .action(async () => {
      const { main } = await import('../main.ts');
      await main();
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .option(...DATABASE)
    .action(async (opts: { database?: string }) => {
      const { migrateToLatest } = await import('../db/migrate.ts');
      const { db, close } = await openDatabaseAt(opts.database);
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
    .option(...DATABASE)
    .action(async (opts: { database?: string }) => {
      const { seedDemo } = await import('../demo.ts');
      await withRegister(opts.database, async ({ db }) => {
        const outcome = await seedDemo(db, deps.clock.now());
        process.stdout.write(
          outcome.seeded
            ? `Seeded ${outcome.boards} boards, ${outcome.people} people, ${outcome.actions} actions.\n`
            : 'The register already has boards; nothing seeded.\n',
        );
      });
    });
}
