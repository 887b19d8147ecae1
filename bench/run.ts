/**
 * `npm run bench`: runs every benchmark (or those named: `npm run bench -- register-scale`),
 * writes JSON to bench/results/ and prints a table for each.
 */
const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  'register-scale': () => import('./register-scale.ts'),
  'slack-roundtrip': () => import('./slack-roundtrip.ts'),
  fanout: () => import('./fanout.ts'),
  'digest-render': () => import('./digest-render.ts'),
  'minutes-import': () => import('./minutes-import.ts'),
  memory: () => import('./memory.ts'),
  'status-change': () => import('./status-change.ts'),
  startup: () => import('./startup.ts'),
  'response-post': () => import('./response-post.ts'),
  'update-page': () => import('./update-page.ts'),
  'email-drain': () => import('./email-drain.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length) {
  process.stderr.write(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
  const started = performance.now();
  process.stdout.write(`\n== ${name}\n`);
  await (await BENCHES[name]!()).run();
  process.stdout.write(`(${name}: ${Math.round((performance.now() - started) / 1000)} s)\n`);
}
