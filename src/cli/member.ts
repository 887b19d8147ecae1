/**
 *   arising member add lcrb "Tim Godwin" secretariat
 */
import type { Command } from 'commander';
import { ROLES } from '../domain.ts';
import { DATABASE, say, UsageError, withRegister } from './shared.ts';

export function addMemberCommands(program: Command): void {
  program
    .command('member')
    .description('board roles: add')
    .command('add <board> <person> <role>')
    .description(`give a person a role on a board: ${ROLES.join(', ')}`)
    .option(...DATABASE)
    .action(async (b: string, who: string, role: string, opts: { database?: string }) => {
      const [{ findBoard }, { addMembership, findPerson }, input] = await Promise.all([
        import('../register/boards.ts'),
        import('../register/people.ts'),
        import('./register-input.ts'),
      ]);
      await withRegister(opts.database, async ({ db }) => {
        const found = await findBoard(db, b);
        if (!found) throw new UsageError(`There is no board "${b}" (arising board list).`);
        const match = await findPerson(db, who, found.id);
        if (match.kind === 'none')
          throw new UsageError(`No one called "${who}" is in the register (arising person add).`);
        if (match.kind === 'many')
          throw new UsageError(
            `"${who}" could be ${match.candidates.map((p) => p.name).join(', ')}: give the full name or email.`,
          );
        await addMembership(db, found.id, match.person.id, input.check(input.role, role, 'role'));
        say(`${match.person.name} is ${role} of ${found.name}.`);
      });
    });
}
