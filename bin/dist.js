// The compiled build in dist/: the service and the command line bundled by esbuild, so a start
// reads a few files instead of resolving and compiling about 1,300 (the Teams SDK alone is 360
// CommonJS files, kysely 280 ES modules: most of the old start was Node's module loader).
//
//   dist/app/main.js     the service (bin/start.js)        dist/app/cli.js   the `arising` command
//   dist/app/*-HASH.js   code they share or load lazily (the Teams and email adapters, the digest
//                        renderers): split out, so each is read only when first imported
//   dist/migrations/     one file per migration (src/db/migrate.ts lists the folder at run time)
//   dist/seeds/          copied, since the demo finds its data relative to the code
//
//   node bin/dist.js        build now (`npm run build` does, after type-checking)
//   isFresh()               true when dist/ was built from exactly the sources on disk now
//
// Building is transpiling and bundling only (about a second): type errors are `npm run build`'s
// and CI's business, not the start's. esbuild is a development dependency (and tsx's own), so an
// install without it has no build and the launchers run the sources through tsx instead.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Fingerprinted: every .ts file below these (the benches add bench/). */
export const CODE = ['src', 'adapters', 'migrations'];
/** The bundles `npm start` and `arising` run: output name (below dist/) to source. */
export const ENTRIES = { 'app/main': 'src/main.ts', 'app/cli': 'src/cli/index.ts' };
/** Copied as they are: files the code reads relative to its own location. */
const ASSETS = ['seeds'];
const STAMP = '.build.json';
/** Bumped when this file changes what it emits, so an older dist/ counts as stale. */
const FORMAT = 2;

/**
 * Left to Node to load from node_modules: native addons (better-sqlite3; pg's optional
 * pg-native), pino (its transports run files in worker threads by path), and the large
 * libraries loaded only for one rare task (Word, PDF, SMTP), which would only make the build
 * slower and bigger.
 */
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'pg-native',
  'pino',
  'pino-pretty',
  'thread-stream',
  'nodemailer',
  'docx',
  'mammoth',
  'unpdf',
];

function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const isCode = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');

/**
 * What the build depends on: each source's path, size and modification time, hashed. A file
 * edited, added, removed or renamed changes it; so does a new Node (the stamp names it), and
 * so does package-lock.json (an upgraded dependency is bundled in).
 */
export function fingerprint({ root = ROOT, code = CODE } = {}) {
  const hash = createHash('sha256').update(`${FORMAT} ${process.version}\n`);
  for (const dir of [...code, ...ASSETS]) {
    const files = walk(join(root, dir)).sort();
    for (const file of files) {
      if (code.includes(dir) && !isCode(file)) continue;
      const s = statSync(file);
      hash.update(`${relative(root, file)}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json']) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(`${file}\0${readFileSync(path)}\n`);
  }
  return hash.digest('hex');
}

/** True when dist/ holds a complete build of the sources as they are now. */
export function isFresh({ root = ROOT, outDir = join(root, 'dist'), code = CODE } = {}) {
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8'));
    return stamp.fingerprint === fingerprint({ root, code });
  } catch {
    return false;
  }
}

/**
 * The project's own files find their data relative to themselves (`new URL('../seeds/demo.json',
 * import.meta.url)`: the migrations folder, the demo seeds). Bundled, import.meta.url would be
 * the bundle's address, so in those expressions it becomes the address the file would have in
 * dist/ ("dist/src/db/migrate.js"). Every output sits one folder below dist/ (app/ or
 * migrations/), so "../<path>" from the output is that address. Other uses (an entry asking
 * whether it is the main module) keep the bundle's own address.
 */
function ownLocations(root) {
  const relativeTo = /,\s*import\.meta\.url\s*\)/;
  return {
    name: 'arising-own-locations',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const path = relative(root, args.path);
        if (path.startsWith('..') || path.split(sep).includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!relativeTo.test(source)) return undefined;
        const where = `../${path.split(sep).join('/').replace(/\.ts$/, '.js')}`;
        const base = `, new URL(${JSON.stringify(where)}, import.meta.url))`;
        return { contents: source.replaceAll(new RegExp(relativeTo, 'g'), base), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds into a fresh directory beside dist/ and swaps it in, so a process starting meanwhile
 * sees either the old build, the new one or none (then it uses tsx), never half of one.
 */
export async function build({
  root = ROOT,
  outDir = join(root, 'dist'),
  code = CODE,
  entries = ENTRIES,
  quiet = false,
} = {}) {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const before = fingerprint({ root, code });
  const staging = `${outDir}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const migrations = walk(join(root, 'migrations')).filter(isCode);
  const entryPoints = [
    ...Object.entries(entries).map(([out, file]) => ({ in: join(root, file), out })),
    ...migrations.map((file) => ({
      in: file,
      out: relative(root, file).split(sep).join('/').replace(/\.ts$/, ''),
    })),
  ];
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints,
      outdir: staging,
      chunkNames: 'app/[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      external: EXTERNAL,
      // The bundled CommonJS packages require Node's own modules; in an ES module that needs a
      // `require`, which esbuild's shim looks for by this name.
      banner: {
        js: "import { createRequire as __arisingRequire } from 'node:module';\nconst require = __arisingRequire(import.meta.url);",
      },
      // Stack traces name the sources: bin/start.js turns source maps on.
      sourcemap: 'linked',
      sourcesContent: false,
      legalComments: 'none',
      // A third less for Node to read and parse (and for the source maps to index at load);
      // names are kept, so a stack trace reads even without its map.
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'silent',
      metafile: false,
      plugins: [ownLocations(root)],
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const messages = (error.errors ?? []).map(
      (e) =>
        `${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ''}${e.text}`,
    );
    throw new Error(`Could not compile:\n${messages.join('\n') || error.message}`);
  }
  for (const dir of ASSETS) {
    if (existsSync(join(root, dir)))
      cpSync(join(root, dir), join(staging, dir), { recursive: true });
  }
  const files = walk(staging).filter((f) => f.endsWith('.js')).length;
  writeFileSync(
    join(staging, STAMP),
    `${JSON.stringify({ fingerprint: before, node: process.version, files, warnings: result.warnings.length }, null, 2)}\n`,
  );
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) {
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`Built ${files} files in ${relative(root, outDir)}${sep} in ${ms} ms\n`);
  }
  return { files };
}

/**
 * The built bundle if it is there and fresh; otherwise builds it when `compile` is set and
 * esbuild is installed. Returns the dist/ file URL for `entry` (a key of ENTRIES, such as
 * 'app/main'), or undefined when the sources must run through tsx.
 */
export async function compiled(entry, { compile = false } = {}) {
  const target = pathToFileURL(join(ROOT, 'dist', `${entry}.js`)).href;
  if (isFresh()) return target;
  if (!compile) return undefined;
  try {
    await import('esbuild');
  } catch {
    return undefined; // no esbuild installed: tsx it is
  }
  await build();
  return target;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await build();
}
