#!/usr/bin/env node
// The `arising` command. The project runs its TypeScript directly through tsx (no build step),
// so a fresh clone works with `npm install` alone.
import { register } from 'tsx/esm/api';

register();
const { buildProgram } = await import(new URL('../src/cli/index.ts', import.meta.url).href);
await buildProgram()
  .parseAsync(process.argv)
  .catch((error) => {
    process.stderr.write(`arising: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error && error.code === 'usage' ? 2 : 1);
  });
