/**
 * The eval's PDF mode (`npm run eval:minutes -- --pdf`): each corpus text is turned into a PDF
 * by LibreOffice, as a judge would (`soffice --headless --convert-to pdf doc.txt`), and the PDF
 * is read back through extractText, the path `arising import x.pdf` takes. The PDFs are cached
 * under the system's temp folder by the hash of the text, so a rerun converts only what changed,
 * and every missing PDF is made in one soffice call (starting LibreOffice costs seconds).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractText } from '../../src/minutes/extract.ts';

const run = promisify(execFile);

export const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
export const PDF_CACHE = join(tmpdir(), 'arising-eval-pdf');

/** The converter a cached PDF was made by: a different route gets its own file. */
export type Route = 'txt' | 'docx';

const hashOf = (text: string, route: Route) =>
  createHash('sha256').update(route).update('\0').update(text).digest('hex').slice(0, 24);

/** LibreOffice's command, or null with the reason when it cannot be run. */
export function sofficeMissing(): string | null {
  if (existsSync(SOFFICE)) return null;
  return `--pdf needs LibreOffice to make the PDFs, and ${SOFFICE} was not found. Install it (Debian: apt-get install libreoffice-writer-nogui) or set SOFFICE=/path/to/soffice.`;
}

/**
 * Converts all files in `sources` (name -> bytes) to PDF in one soffice call, into `outDir`
 * (each as <name without extension>.pdf). A private LibreOffice profile lets it run beside
 * another LibreOffice.
 */
export async function convertToPdf(sources: Map<string, Uint8Array>, outDir: string) {
  if (!sources.size) return;
  const work = mkdtempSync(join(tmpdir(), 'arising-soffice-'));
  try {
    const files = [...sources].map(([name, bytes]) => {
      writeFileSync(join(work, name), bytes);
      return join(work, name);
    });
    mkdirSync(outDir, { recursive: true });
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The PDF of each text, made once and cached: `txt` converts the text itself, `docx` first
 * writes it as a Word document (one paragraph a line, as a secretariat's file would be) to see
 * that the reading does not depend on one converter.
 */
export async function pdfsOf(
  texts: readonly string[],
  route: Route = 'txt',
): Promise<Uint8Array[]> {
  const dir = join(PDF_CACHE, route);
  const hashes = texts.map((t) => hashOf(t, route));
  const missing = new Map<string, Uint8Array>();
  for (const [i, h] of hashes.entries()) {
    if (existsSync(join(dir, `${h}.pdf`)) || missing.has(`${h}.${route}`)) continue;
    missing.set(
      `${h}.${route}`,
      route === 'txt' ? Buffer.from(texts[i]!) : await docxOf(texts[i]!),
    );
  }
  await convertToPdf(missing, dir);
  return hashes.map((h) => {
    const file = join(dir, `${h}.pdf`);
    if (!existsSync(file)) throw new Error(`LibreOffice made no PDF for ${h}.${route}`);
    return new Uint8Array(readFileSync(file));
  });
}

/** A plain Word document of the text: one paragraph a line, tabs kept as tabs. */
async function docxOf(text: string): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Tab, TextRun } = await import('docx');
  const paragraph = (line: string) =>
    new Paragraph({
      children: [
        new TextRun({
          children: line.split('\t').flatMap((part, i) => (i ? [new Tab(), part] : [part])),
        }),
      ],
    });
  const doc = new Document({ sections: [{ children: text.split(/\r?\n/).map(paragraph) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The text `arising import` reads from each PDF. */
export async function pdfTexts(pdfs: readonly Uint8Array[], names: readonly string[]) {
  const out: string[] = [];
  for (const [i, bytes] of pdfs.entries()) {
    const got = await extractText(`${names[i]}.pdf`, bytes);
    out.push(got.ok ? got.text : '');
    if (!got.ok) console.error(`${names[i]}.pdf: ${got.message}`);
  }
  return out;
}
