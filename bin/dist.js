// The compiled build in dist/: the same tree as the sources (src/, adapters/, migrations/, with
// seeds/ copied beside them, since the code finds them relative to itself), as plain JavaScript.
// Running it skips tsx, whose loader thread and per-module transpiling cost a fresh process
// 60-80 MB of memory and most of a second.
//
//   node bin/dist.js        compile now (`npm run build` does, after type-checking)
//   isFresh()               true when dist/ was compiled from exactly the sources on disk now
//
// Compiling is transpiling only (TypeScript's transpileModule, file by file, about a second):
// type errors are `npm run build`'s and CI's business, not the start's. typescript is a
// development dependency, so an install without it (npm ci --omit=dev) has no build and the
// launchers run the sources through tsx instead.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Compiled: every .ts file below these (tests and scripts stay on tsx; the benches add bench/). */
export const CODE = ['src', 'adapters', 'migrations'];
/** Copied as they are: files the code reads relative to its own location. */
const ASSETS = ['seeds'];
const STAMP = '.build.json';
/** Bumped when this file changes what it emits, so an older dist/ counts as stale. */
const FORMAT = 1;

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
 * edited, added, removed or renamed changes it; so does a new Node (the stamp names it).
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
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json']) {
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
 * Compiles into a fresh directory beside dist/ and swaps it in, so a process starting meanwhile
 * sees either the old build, the new one or none (then it uses tsx), never half of one.
 */
export async function build({
  root = ROOT,
  outDir = join(root, 'dist'),
  code = CODE,
  quiet = false,
} = {}) {
  const started = performance.now();
  const ts = (await import('typescript')).default;
  const options = compilerOptions(ts, root);
  const before = fingerprint({ root, code });
  const staging = `${outDir}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let count = 0;
  for (const dir of code) {
    for (const file of walk(join(root, dir))) {
      if (!isCode(file)) continue;
      const source = readFileSync(file, 'utf8');
      const { outputText, diagnostics } = ts.transpileModule(source, {
        compilerOptions: options,
        fileName: file,
        reportDiagnostics: true,
      });
      if (diagnostics?.length) {
        rmSync(staging, { recursive: true, force: true });
        const text = ts.formatDiagnostics(diagnostics, {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory: () => root,
          getNewLine: () => '\n',
        });
        throw new Error(`Could not compile ${relative(root, file)}:\n${text}`);
      }
      const out = join(staging, relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, outputText);
      count += 1;
    }
  }
  for (const dir of ASSETS) {
    if (existsSync(join(root, dir)))
      cpSync(join(root, dir), join(staging, dir), { recursive: true });
  }
  writeFileSync(
    join(staging, STAMP),
    `${JSON.stringify({ fingerprint: before, node: process.version, files: count }, null, 2)}\n`,
  );
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) {
    const ms = Math.round(performance.now() - started);
    process.stderr.write(
      `Compiled ${count} files to ${relative(root, outDir)}${sep} in ${ms} ms\n`,
    );
  }
  return { files: count };
}

/** tsconfig.build.json's options, as transpileModule wants them (it knows no files or paths). */
function compilerOptions(ts, root) {
  const path = join(root, 'tsconfig.build.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  // transpileModule compiles one file alone: it cannot tell an ES module from the package's
  // "type" field, so it is told (the project is ESM throughout).
  return {
    ...parsed.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: false,
  };
}

/**
 * The compiled build if it is there and fresh; otherwise compiles it when `compile` is set and
 * TypeScript is installed. Returns the dist/ file URL for `file` (a path below the root, .ts),
 * or undefined when the sources must run through tsx.
 */
export async function compiled(file, { compile = false } = {}) {
  const target = pathToFileURL(join(ROOT, 'dist', file.replace(/\.ts$/, '.js'))).href;
  if (isFresh()) return target;
  if (!compile) return undefined;
  try {
    await import('typescript');
  } catch {
    return undefined; // a production install without devDependencies: tsx it is
  }
  await build();
  return target;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await build();
}
