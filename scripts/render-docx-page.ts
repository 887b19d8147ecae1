/**
 * `npm run docx:page`: the demo board's Word action log, converted to PDF by LibreOffice and its
 * first page rendered to PNG by pdftoppm, for people to look at (the tests read the document
 * back; this shows what a secretariat would see). Written to build/docx-page/ (not committed).
 *
 *   npm run docx:page [-- --board lcrb --edition public --at 2026-11-25T09:00:00Z]
 *
 * Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils) on the PATH.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo.ts';
import { loadDigestModel } from '../src/digest/load.ts';
import { EDITIONS } from '../src/digest/model.ts';
import { documentFileName } from '../src/digest/render.ts';
import { renderDocx } from '../src/digest/render-docx.ts';
import { findBoard } from '../src/register/boards.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'build', 'docx-page');

const argsSchema = z.object({
  board: z
    .string()
    .regex(/^[a-z0-9-]{1,63}$/)
    .default('lcrb'),
  edition: z.enum(EDITIONS).default('full'),
  // A fixed instant, so the page looks the same on every run (the demo's meetings follow it).
  at: z.iso.datetime({ offset: true }).default('2026-11-25T09:00:00Z'),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { board: { type: 'string' }, edition: { type: 'string' }, at: { type: 'string' } },
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(`render-docx-page: ${z.prettifyError(args.error)}`);
    process.exitCode = 2;
    return;
  }
  const now = new Date(args.data.at);
  const { db, close } = await openDatabase('sqlite::memory:');
  try {
    await migrateToLatest(db);
    await seedDemo(db, now);
    const board = await findBoard(db, args.data.board);
    if (!board) throw new Error(`The demo has no board "${args.data.board}".`);
    const loaded = await loadDigestModel(db, board.id, now, { edition: args.data.edition });
    if (!loaded.ok) throw new Error(loaded.message);
    mkdirSync(OUT_DIR, { recursive: true });
    const docx = join(OUT_DIR, documentFileName(loaded.model, 'docx'));
    writeFileSync(docx, await renderDocx(loaded.model));
    // A profile of its own, so a LibreOffice already open (or another run) does not interfere.
    const profile = mkdtempSync(join(tmpdir(), 'arising-soffice-'));
    try {
      await run(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          OUT_DIR,
          docx,
        ],
        { timeout: 120_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const png = docx.replace(/\.docx$/, '-page1');
    await run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    console.log(`Word: ${docx}\nPDF: ${pdf}\nPage 1: ${png}.png`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(`render-docx-page: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
