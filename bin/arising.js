#!/usr/bin/env node
// The `arising` command. It runs the bundle in dist/ when that is fresh (`npm run build`
// or `npm start` makes it), and otherwise the TypeScript sources through tsx, so a fresh clone
// works with `npm install` alone and an edited source is never run stale. ARISING_SOURCE=1
// always runs the sources.
import { compiled } from './dist.js';

const entry = process.env.ARISING_SOURCE === '1' ? undefined : await compiled('app/cli');
let buildProgram;
if (entry) {
  process.setSourceMapsEnabled(true);
  ({ buildProgram } = await import(entry));
} else {
  // tsx's loader hooks cost a round trip per module, and kysely alone is 280 files: a command
  // that opens the register loads its plain-JavaScript packages natively first (about 0.4 s of
  // CPU saved), which tsx then finds already loaded. Help and usage errors skip this.
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
  const { register } = await import('tsx/esm/api');
  register();
  ({ buildProgram } = await import(new URL('../src/cli/index.ts', import.meta.url).href));
}
await buildProgram()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`arising: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error && error.code === 'usage' ? 2 : 1);
  });
