#!/usr/bin/env node
// The `arising` command. The project runs its TypeScript directly through tsx (no build step),
// so a fresh clone works with `npm install` alone.
import { register } from 'tsx/esm/api';

// tsx's loader hooks cost a round trip per module, and kysely alone is 280 files: a command that
// opens the register loads its plain-JavaScript packages natively first (about 0.4 s of CPU
// saved), which tsx then finds already loaded. Help and usage errors skip this and stay fast.
const args = process.argv.slice(2);
const helpOnly =
  args.length === 0 || args[0] === 'help' || args.some((a) => a === '--help' || a === '-h');
if (!helpOnly) {
  const at = args.indexOf('--database');
  const database = (at >= 0 ? args[at + 1] : undefined) ?? process.env.DATABASE_URL ?? '';
  await Promise.all([
    import('kysely'),
    /^postgres(ql)?:/.test(database) ? import('pg') : import('better-sqlite3'),
    import('zod'),
    import('luxon'),
  ]);
}

register();
const { buildProgram } = await import(new URL('../src/cli/index.ts', import.meta.url).href);
await buildProgram()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`arising: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error && error.code === 'usage' ? 2 : 1);
  });
