#!/usr/bin/env node
// `npm start`: the service. It builds dist/ first when the sources changed since the last
// build (about a second; esbuild, no type check), then runs the bundle, which starts in about a
// third of the time of the sources through tsx. An install without esbuild, or ARISING_SOURCE=1,
// runs the sources through tsx as before.
import { compiled } from './dist.js';

let entry;
if (process.env.ARISING_SOURCE !== '1') {
  try {
    entry = await compiled('app/main', { compile: true });
  } catch (error) {
    // A build that fails (a syntax error mid-edit) is reported; the sources then run as they are.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('Running the TypeScript sources through tsx instead.\n');
  }
}
if (entry) {
  // Stack traces name the TypeScript sources (the bundle's maps), not the bundle's lines.
  process.setSourceMapsEnabled(true);
} else {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import(entry ?? new URL('../src/main.ts', import.meta.url).href);
main().catch((error) => {
  process.stderr.write(
    `Matters Arising failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
