/**
 * Text from a PDF of minutes, laid out as the page shows it. PDF files store runs of text in any
 * order, so the runs are placed by their position (pdf.js text items through unpdf): lines top to
 * bottom, runs left to right, and a clear horizontal gap becomes spaces up to the run's column
 * (as `pdftotext -layout` does), so a table's columns line up from row to row and an owner in the
 * right margin stays at the end of its line. Page headers and footers repeated on every page
 * ("OFFICIAL", "Page 3 of 9") are dropped. A PDF with no text layer (a scan) is refused: there is
 * no OCR here.
 */
import type { getDocumentProxy } from 'unpdf';

export const PDF_CODES = ['no_text_layer', 'encrypted', 'unreadable', 'too_many_pages'] as const;
export type PdfCode = (typeof PDF_CODES)[number];

export type PdfText =
  | { readonly ok: true; readonly text: string; readonly pages: number }
  | { readonly ok: false; readonly code: PdfCode; readonly message: string };

/** Far beyond any set of minutes; bounds the work one upload can cause. */
export const MAX_PDF_PAGES = 500;
/** A page with fewer letters than this carries no real text (a scan, a stray page number). */
const MIN_CHARS_PER_PAGE = 25;

/** One run of text on a page, in PDF points from the bottom left. */
export interface Run {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PageRuns {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

interface Line {
  readonly y: number;
  readonly text: string;
  /** Top or bottom 8% of the page: the page margin, where headers and footers sit. */
  readonly margin: boolean;
}

/** True when the bytes are a PDF: "%PDF-" within the first kilobyte, as readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

const median = (values: number[]): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Initials or a short name: "TG", "JS/PS", "MOPAC", "Lucy Grey", "IC & LG". */
const OWNERISH = /^[A-Z][A-Za-z'.-]*(?:\s*(?:[/,&]|and)?\s*[A-Z][A-Za-z'.-]*){0,3}$/;
/** An ACTION marker followed by the action itself (not a table's "Action" heading). */
const ACTION_LINE = /\baction\b[:\s-]*\S.{8,}/i;

/**
 * A line of minutes with the owner alone in the right-hand margin ("ACTION: Update the CCTV
 * map.            IC"): the margin is the minutes' action column, so the owner is written as the
 * text parser reads an owner after the text, "(Action: IC)", still at the end of the line.
 */
function marginOwner(body: string, margin: string): string | null {
  const owner = margin.trim();
  if (owner.length > 40 || !OWNERISH.test(owner) || !ACTION_LINE.test(body)) return null;
  return `${body}(Action: ${owner})`;
}

/** The lines of one page, each with its runs set out by x position. */
export function layoutPage(page: PageRuns, left: number, charWidth: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    // Same line when the baselines are within a third of the type size (superscripts aside).
    if (row && Math.abs(row[0]!.y - run.y) <= Math.max(2, 0.35 * Math.max(run.size, row[0]!.size)))
      row.push(run);
    else rows.push([run]);
  }
  const lineHeight = median(
    rows
      .slice(1)
      .map((row, i) => rows[i]![0]!.y - row[0]!.y)
      .filter((d) => d > 0),
  );
  const lines: Line[] = [];
  let previousY: number | undefined;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = left;
    let cells = 1;
    let lastCellAt = 0;
    let lastCellX = left;
    for (const run of row) {
      const gap = run.x - end;
      const column = Math.round((run.x - left) / charWidth);
      if (!text) {
        // Indent only what sits clearly right of the margin: a wrapped table cell, not a
        // paragraph set in a few points.
        text = column >= 4 ? ' '.repeat(column) : '';
      } else if (gap > 1.5 * charWidth) {
        text += ' '.repeat(Math.max(3, column - text.length));
        cells += 1;
        lastCellAt = text.length;
        lastCellX = run.x;
      } else if (gap > 0.2 * charWidth && !text.endsWith(' ') && !run.text.startsWith(' ')) {
        text += ' ';
      }
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    if (cells === 2 && lastCellX > left + 0.6 * (page.width - 2 * left))
      text = marginOwner(text.slice(0, lastCellAt), text.slice(lastCellAt)) ?? text;
    const y = row[0]!.y;
    // A gap of well over a line is a paragraph break: keep it as a blank line.
    if (previousY !== undefined && lineHeight && previousY - y > 1.4 * lineHeight)
      lines.push({ y: (previousY + y) / 2, text: '', margin: false });
    previousY = y;
    const margin = y > page.height * 0.92 || y < page.height * 0.08;
    lines.push({ y, text: text.trimEnd(), margin });
  }
  return lines;
}

/** "Page 3 of 9", "- 3 -", "3": a page number on its own. */
const PAGE_NUMBER = /^(?:page\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** Government protective markings printed at the top and bottom of every page. */
const MARKING =
  /^(?:official(?:[\s-]+sensitive)?|not protectively marked|restricted|confidential)$/i;
const shape = (text: string) => text.trim().replace(/\d+/g, '#').toLowerCase();

/** Drops page furniture: lines in the top or bottom margin repeated on most pages, numbers, markings. */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const shapes = new Set(lines.filter((l) => l.margin && l.text).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (l: Line) =>
    pages.length >= 2 && (seen.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) =>
    lines.filter(
      (l) =>
        !(
          l.margin &&
          l.text &&
          (repeated(l) || PAGE_NUMBER.test(l.text.trim()) || MARKING.test(l.text.trim()))
        ),
    ),
  );
}

const cellsOf = (text: string) => text.trim().split(/\s{3,}/);

/**
 * A table that runs onto the next page repeats its heading row there (Word's "repeat as header
 * row"): the copy at the top of a later page is dropped, so the rows read as one table.
 */
export function dropRepeatedTableHeads(pages: readonly Line[][]): Line[][] {
  const heads = new Set<string>();
  return pages.map((lines, n) => {
    const first = lines.findIndex((l) => l.text.trim());
    const top = lines[first];
    const kept =
      n > 0 && top && cellsOf(top.text).length >= 3 && heads.has(cellsOf(top.text).join('|'))
        ? lines.filter((_, i) => i !== first)
        : lines;
    for (const l of lines) if (cellsOf(l.text).length >= 3) heads.add(cellsOf(l.text).join('|'));
    return kept;
  });
}

/** The text of pages already read into runs (pure: the unit tests and pdfText share it). */
export function textFromPages(pages: readonly PageRuns[]): string {
  const all = pages.flatMap((p) => p.runs.filter((r) => r.text.trim()));
  const left = Math.min(...all.map((r) => r.x));
  // The width of a typical character, so that x positions become columns of text.
  const charWidth = Math.max(
    1,
    0.85 * median(all.filter((r) => r.text.length >= 3).map((r) => r.width / r.text.length)) ||
      0.5 * median(all.map((r) => r.size)),
  );
  const laid = dropRepeatedTableHeads(
    dropFurniture(pages.map((p) => layoutPage(p, left, charWidth))),
  );
  return laid
    .map((lines) => lines.map((l) => l.text).join('\n'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const letters = (runs: readonly Run[]) =>
  runs.reduce((n, r) => n + r.text.replace(/\s+/g, '').length, 0);

/** Reads a PDF; a refusal says what to do instead. */
export async function pdfText(fileName: string, bytes: Uint8Array): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js is loaded with the first PDF, not at start (a service may never see one).
    const { getDocumentProxy: open } = await import('unpdf');
    // A copy: pdf.js may take ownership of the buffer it is given.
    pdf = await open(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException')
      return {
        ok: false,
        code: 'encrypted',
        message: `${fileName} is protected by a password, so I cannot read it. Save a copy without the password (or export the minutes as Word or text) and import that.`,
      };
    return {
      ok: false,
      code: 'unreadable',
      message: `${fileName} could not be read as a PDF (it looks damaged or incomplete). Export the minutes again as PDF, Word (.docx) or plain text (.txt) and import that.`,
    };
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        code: 'too_many_pages',
        message: `${fileName} has ${pdf.numPages} pages, more than the ${MAX_PDF_PAGES} minutes could need. Import the minutes alone, without their appendices.`,
      };
    const pages: PageRuns[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        runs.push({
          text: item.str,
          x: x!,
          y: y!,
          width: item.width,
          size: Math.abs(d!) || Math.hypot(a!, b!) || item.height,
        });
      }
      pages.push({
        width: page.view[2]! - page.view[0]!,
        height: page.view[3]! - page.view[1]!,
        runs,
      });
      page.cleanup();
    }
    const textPages = pages.filter((p) => letters(p.runs) >= MIN_CHARS_PER_PAGE).length;
    if (textPages === 0 || textPages < pages.length / 2)
      return {
        ok: false,
        code: 'no_text_layer',
        message: `${fileName}: this PDF has no text layer — it looks scanned. Export the minutes as text or Word, or run OCR first, and import that.`,
      };
    return { ok: true, text: textFromPages(pages), pages: pages.length };
  } finally {
    await pdf.destroy();
  }
}
