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
  /** Where the line's first run starts and its last run ends, in points. */
  readonly start: number;
  readonly end: number;
  /** The width of the line's first word: would it have fitted at the end of the line before? */
  readonly firstWord: number;
  /** The right edge of the page's text area (the left margin mirrored). */
  readonly right: number;
}

/** How x positions become columns of text. */
export interface Columns {
  readonly left: number;
  readonly charWidth: number;
  /** Every character the same width (a .txt converted to PDF): each run goes at its exact column. */
  readonly mono: boolean;
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

/**
 * The distance from one line to the next: the smallest gap that recurs (not the median: a text
 * with more blank lines than not has more double gaps than single ones).
 */
function linePitch(gaps: number[]): number {
  const sorted = [...gaps].sort((a, b) => a - b);
  const enough = Math.max(2, 0.05 * sorted.length);
  for (const g of sorted)
    if (sorted.filter((d) => Math.abs(d - g) <= 0.05 * g).length >= enough) return g;
  return median(sorted);
}

/** A line of type takes about this many times its size: Liberation, Arial, Times, Calibri. */
const LINE_PER_SIZE = 1.15;

/**
 * The pitch of single lines on a page whose smallest recurring gap may be two or more lines:
 * minutes written with a blank line after every line (common in text taken from the web) leave
 * no two lines one line apart, and their blank lines would be lost. The gap is taken as so many
 * blank lines when it is a clear multiple of what a line of the type needs, unless the lines
 * that far apart mostly run to the right margin: then they are one paragraph's wrapped lines,
 * set with double spacing, and the gap is the pitch.
 */
function singleLinePitch(
  rows: readonly Run[][],
  pitch: number,
  size: number,
  textRight: number,
  left: number,
): number {
  const natural = LINE_PER_SIZE * size;
  const lines = Math.round(pitch / natural);
  if (!pitch || !size || lines < 2 || pitch < 1.75 * natural) return pitch;
  const endOf = (row: readonly Run[]) => Math.max(...row.map((r) => r.x + r.width));
  let apart = 0;
  let full = 0;
  for (let i = 1; i < rows.length; i++) {
    if (Math.abs(rows[i - 1]![0]!.y - rows[i]![0]!.y - pitch) > 0.05 * pitch) continue;
    apart += 1;
    if (endOf(rows[i - 1]!) >= left + 0.85 * (textRight - left)) full += 1;
  }
  return 2 * full > apart ? pitch : pitch / lines;
}

/** The lines of one page, each with its runs set out by x position. */
export function layoutPage(page: PageRuns, { left, charWidth, mono }: Columns): Line[] {
  const runs = page.runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    // Same line when the baselines are within a third of the type size (superscripts aside).
    if (row && Math.abs(row[0]!.y - run.y) <= Math.max(2, 0.35 * Math.max(run.size, row[0]!.size)))
      row.push(run);
    else rows.push([run]);
  }
  const lineHeight = singleLinePitch(
    rows,
    linePitch(
      rows
        .slice(1)
        .map((row, i) => rows[i]![0]!.y - row[0]!.y)
        .filter((d, i) => d > 0.6 * rows[i + 1]![0]!.size),
    ),
    median(runs.map((r) => r.size)),
    page.width - left,
    left,
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
      if (mono) {
        // Fixed pitch: the run's column is exact, so the spaces of the original line come back.
        const pad = Math.max(text ? 1 : 0, column - text.length);
        if (text && gap > 1.5 * charWidth) {
          cells += 1;
          lastCellAt = text.length + pad;
          lastCellX = run.x;
        }
        text += (gap > 0.2 * charWidth || !text ? ' '.repeat(pad) : '') + run.text;
        end = Math.max(end, run.x + run.width);
        continue;
      }
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
    const right = page.width - left;
    // A gap of well over a line is a paragraph break, or blank lines: keep them as blank lines.
    if (previousY !== undefined && lineHeight && previousY - y > 1.4 * lineHeight) {
      const blanks = Math.min(3, Math.max(1, Math.round((previousY - y) / lineHeight) - 1));
      for (let b = 0; b < blanks; b++)
        lines.push({ y: (previousY + y) / 2, text: '', margin: false, ...EMPTY, right });
    }
    previousY = y;
    const margin = y > page.height * 0.92 || y < page.height * 0.08;
    const first = row[0]!;
    // The first piece the line could not have broken inside: an opening bracket or quote holds
    // on to the word after it, space or not ("( VP Education)" wraps as one), as Unicode's
    // line-breaking rules that LibreOffice and Word follow say.
    const word = /^[([{"'“‘]*\s*\S*/u.exec(first.text.trimStart())![0];
    lines.push({
      y,
      text: text.trimEnd(),
      margin,
      start: first.x,
      end,
      firstWord: mono
        ? (first.width * word.length) / Math.max(1, first.text.length)
        : (first.width * glyphWeight(word)) / Math.max(1, glyphWeight(first.text)),
      right,
    });
  }
  return lines;
}

const EMPTY = { start: 0, end: 0, firstWord: 0 } as const;

/**
 * The rough width of a text in proportional type, in lower-case letters: capitals and m or w are
 * wider, spaces and punctuation narrower. A run's width is shared out by it, so the width of a
 * line's first word ("Marvin," "BoardRoom") is not taken for the run's average letters.
 */
function glyphWeight(text: string): number {
  let weight = 0;
  for (const c of text)
    weight += /[\s,.;:'’()|!ijlft]/.test(c) ? 0.55 : /[\p{Lu}mw]/u.test(c) ? 1.45 : 1;
  return weight;
}

/** "Page 3 of 9", "- 3 -", "3": a page number on its own. */
const PAGE_NUMBER = /^(?:page\s*)?[-–]?\s*(\d{1,4})\s*[-–]?(?:\s*(?:of|\/)\s*(\d{1,4}))?$/i;
/** A page number, and not a reference of the same form: "294/19" is no page 294 of 19. */
function pageNumber(text: string): boolean {
  const m = PAGE_NUMBER.exec(text.trim());
  return !!m && (m[2] === undefined || Number(m[1]) <= Number(m[2]));
}
/** Government protective markings printed at the top and bottom of every page. */
const MARKING =
  /^(?:official(?:[\s-]+sensitive)?|not protectively marked|restricted|confidential)$/i;
const shape = (text: string) => text.trim().replace(/\d+/g, '#').toLowerCase();
/**
 * What a header or footer keeps from page to page: its words with any number ("Minutes, page
 * 3"). A line of numbers alone keeps all of it: the minute numbers that fall at the top of
 * several pages ("3.3", "3.8") share a shape, not a text, and are the minutes' own.
 */
const furniture = (text: string) => (/\p{L}/u.test(text) ? shape(text) : text.trim());

/** Drops page furniture: lines in the top or bottom margin repeated on most pages, numbers, markings. */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const shapes = new Set(lines.filter((l) => l.margin && l.text).map((l) => furniture(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (l: Line) =>
    pages.length >= 2 && (seen.get(furniture(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) =>
    lines.filter(
      (l) =>
        !(l.margin && l.text && (repeated(l) || pageNumber(l.text) || MARKING.test(l.text.trim()))),
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

/**
 * Puts back together the lines the PDF's maker wrapped at the page width (LibreOffice wraps each
 * long line of a .txt, Word each long paragraph): a line whose next line starts at the left
 * margin with a first word that would not have fitted after it, within a space of the right
 * margin, was one line, whatever it ends with (a wrap falls after a full stop or a colon as
 * often as anywhere else). A break after a hyphen ("Stockton-on-" / "Tees") joins without a
 * space. The first line's text runs on, so the columns of a wrapped table row keep their gaps.
 * A line that fills the width by chance is not joined to what is plainly a new start (a numbered
 * item, a bullet, an ACTION; but not a date): merging two items is worse than leaving one split.
 */
// A log's row code, letters and digits together ("Jan11-01", "AP12", "R2.1"), then a gap.
const ROW_CODE = /^(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]{1,8}(?:[-/.][A-Za-z0-9]{1,4}){0,3} {2,}\S/;

/** A line that starts an item of its own: a number (not a year), a bullet, a marker, a ref, a pipe table's row. */
const ITEM_START =
  /^(?:\(?\d+(?:\.\d+)+\.?\)?\s|\(?\d{1,3}[.)]?\s|\(?[a-z]{1,3}[.)]\s|[-•*–▪●◦]\s|action\b|\|)/iu;
/**
 * A number at a line's start that goes on a phrase rather than numbering an item: a date ("held
 * on" / "25 September 2023").
 */
const NUMBER_IN_PHRASE =
  /^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b/u;

const newStart = (text: string) =>
  (ITEM_START.test(text) && !NUMBER_IN_PHRASE.test(text)) || ROW_CODE.test(text);

export function joinWrapped(
  lines: readonly Line[],
  left: number,
  charWidth: number,
  mono = false,
): Line[] {
  const columns = mono ? cellColumns(lines) : new Set<number>();
  const shapes = mono ? cellShapes(lines) : new Map<string, number>();
  const out: Line[] = [];
  for (const line of lines) {
    const before = out[out.length - 1];
    const wrapped =
      before &&
      before.text &&
      line.text &&
      !line.text.startsWith(' ') &&
      !newStart(line.text) &&
      line.start <= left + charWidth / 2 &&
      before.end + charWidth + line.firstWord > before.right - charWidth / 4;
    if (!wrapped) {
      out.push(line);
      continue;
    }
    const hyphen = /\p{L}-$/u.test(before.text) && /^\p{L}/u.test(line.text);
    out[out.length - 1] = {
      ...line,
      text: hyphen
        ? `${before.text}${line.text}`
        : ((mono
            ? atColumn(
                before.text,
                line.text,
                columns,
                Math.round((before.right - left) / charWidth),
                shapes,
              )
            : undefined) ?? `${before.text} ${line.text}`),
      start: before.start,
      margin: before.margin && line.margin,
    };
  }
  return out;
}

/** Where each cell after the first starts: the column after a run of two or more spaces. */
const cellStarts = (text: string) =>
  [...text.matchAll(/ {2,}(?=\S)/g)].map((m) => m.index + m[0].length);

const shapeOf = (text: string) => cellStarts(text).join(',');

/** How many lines have each shape of cells (where their cells start), for lines with cells. */
function cellShapes(lines: readonly Line[]): Map<string, number> {
  const shapes = new Map<string, number>();
  for (const l of lines)
    if (cellStarts(l.text).length)
      shapes.set(shapeOf(l.text), (shapes.get(shapeOf(l.text)) ?? 0) + 1);
  return shapes;
}

/** The columns at which cells start on any line: a fixed-pitch table's. */
function cellColumns(lines: readonly Line[]): Set<number> {
  return new Set(lines.flatMap((l) => cellStarts(l.text)));
}

/**
 * A fixed-pitch row wrapped where the gap between two cells crossed the margin ("... 2011." /
 * "Max       28/01/11"): the spaces hang unseen, so one space between the pieces would run the
 * next cell into the last. The rest goes at the column where its cells line up with the
 * table's, when that lines up more of them than one space does; a wrap inside a cell's words
 * lines up best with one space. Undefined when one space is best.
 */
function atColumn(
  head: string,
  rest: string,
  columns: ReadonlySet<number>,
  width: number,
  shapes: ReadonlyMap<string, number>,
): string | undefined {
  const starts = [0, ...cellStarts(rest)];
  const fit = (at: number) => starts.filter((r) => columns.has(at + r)).length;
  // A header's names may sit a column off their cells ("Owner" over "Max").
  const near = (at: number) =>
    starts.filter((r) => [-1, 0, 1].some((d) => columns.has(at + r + d))).length;
  const single = fit(head.length + 1);
  let best: number | undefined;
  let bestFit = Math.max(single, 1);
  for (const c of [...columns].sort((x, y) => x - y)) {
    if (c < head.length + 2) continue;
    if (fit(c) > bestFit) [best, bestFit] = [c, fit(c)];
  }
  if (best !== undefined) return head.padEnd(best) + rest;
  // No row of the table is whole to line up with (every row wrapped): when the rest has the
  // same cells as other lines' rests ("Max       28/01/11", "Kim       04/02/11"), it is the
  // table's last columns, cut at a gap, and goes just past the page width. A word wrapped
  // inside a cell leaves rests of every shape ("out      MW ...", "patients were ...   MW ...").
  if (
    near(head.length + 1) === 0 &&
    cellStarts(head).length &&
    cellStarts(rest).length &&
    (shapes.get(shapeOf(rest)) ?? 0) >= 2
  )
    return head.padEnd(Math.max(head.length + 2, width + 1)) + rest;
  return undefined;
}

/**
 * A row of a fixed-pitch table wider than the page, wrapped where a run of spaces between two
 * cells crossed the right margin: the spaces hang there unseen, and the rest of the row starts the
 * next line at the left margin. It is told from the table's next row because that row's cells
 * line up with the row above, and the rest of a cut row's mostly do not; and the two together come
 * near the width of the page. Only where the line was not simply wrapped inside a cell's words.
 */
function overflowed(before: Line, line: Line, left: number, charWidth: number): boolean {
  if (!before.text || !line.text || line.text.startsWith(' ')) return false;
  if (line.start > left + charWidth / 2) return false;
  const above = cellStarts(before.text);
  const below = cellStarts(line.text);
  if (above.length < 1 || below.length < 1) return false;
  // The rest of a cut row is its last few cells: a line that opens with a number and has about
  // as many cells as the line above is the next row (a tab-set table's columns do not line up).
  if (ITEM_START.test(line.text) && below.length + 1 >= above.length) return false;
  // So does a line that opens with a row's code and a gap ("Jan11-01      Completed ..."): the
  // rest of a cut row opens with a cell of the row's end (an owner, a date), never a code.
  if (ROW_CODE.test(line.text)) return false;
  const width = (before.right - left) / charWidth;
  // Two lines that would sit side by side well within the page were written as two.
  if (before.text.length + 3 + line.text.length <= 0.75 * width) return false;
  // Fixed pitch: a real next row's cells start in exactly the same columns, most of them at least.
  return 2 * below.filter((c) => above.includes(c)).length < below.length;
}

/**
 * Joins the rows of a fixed-pitch table cut inside a run of spaces (see `overflowed`). How many
 * spaces hung at the cut is not drawn, so the rest of the row is put at the column, past the
 * page width, where the table's rows that were wrapped inside a word (and so kept their exact
 * columns) have a cell that the rest lines up with best; else just past the width.
 */
export function joinOverflowed(lines: readonly Line[], left: number, charWidth: number): Line[] {
  const starts = new Set<number>();
  for (const l of lines)
    if (l.text.length > (l.right - left) / charWidth)
      for (const c of cellStarts(l.text)) starts.add(c);
  const out: Line[] = [];
  for (const line of lines) {
    const before = out[out.length - 1];
    if (!before || !overflowed(before, line, left, charWidth)) {
      out.push(line);
      continue;
    }
    const width = Math.round((before.right - left) / charWidth);
    const least = Math.max(before.text.length + 3, width);
    const rest = [0, ...cellStarts(line.text)];
    let at = width + 1;
    let best = 0;
    for (const c of [...starts].sort((x, y) => x - y)) {
      if (c < least) continue;
      const fit = rest.filter((r) => starts.has(r + c)).length;
      if (fit > best) [at, best] = [c, fit];
    }
    out[out.length - 1] = {
      ...line,
      text: before.text.padEnd(Math.max(at, least)) + line.text,
      start: before.start,
      margin: before.margin && line.margin,
    };
  }
  return out;
}

/** True when nearly every run's letters are the same width: a fixed-pitch font throughout. */
function fixedPitch(runs: readonly Run[]): boolean {
  const widths = runs
    .filter((r) => r.text.length >= 4 && r.size > 0)
    .map((r) => r.width / r.text.length / r.size);
  if (widths.length < 5) return false;
  const typical = median(widths);
  return (
    widths.filter((w) => Math.abs(w - typical) <= 0.03 * typical).length >= 0.9 * widths.length
  );
}

/** The text of pages already read into runs (pure: the unit tests and pdfText share it). */
export function textFromPages(pages: readonly PageRuns[]): string {
  const all = pages.flatMap((p) => p.runs.filter((r) => r.text.trim()));
  const left = Math.min(...all.map((r) => r.x));
  const mono = fixedPitch(all);
  const letterWidth = median(
    all.filter((r) => r.text.length >= 3).map((r) => r.width / r.text.length),
  );
  // The width of a typical character, so that x positions become columns of text (a little
  // under the average for proportional type, so that columns never run into each other).
  const charWidth = Math.max(
    1,
    (mono ? letterWidth : 0.85 * letterWidth) || 0.5 * median(all.map((r) => r.size)),
  );
  const laid = dropRepeatedTableHeads(
    dropFurniture(pages.map((p) => layoutPage(p, { left, charWidth, mono }))),
  );
  const joined = joinWrapped(laid.flat(), left, mono ? charWidth : letterWidth, mono);
  return (mono ? joinOverflowed(joined, left, charWidth) : joined)
    .map((l) => l.text)
    .join('\n')
    .replace(/\n{5,}/g, '\n\n\n\n')
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
