/**
 * Cells whose edges are guessed, not given: a row run together with single spaces, a PDF row
 * wider than the page whose last cells wrapped or ran on, a cell under the wrong header. Each
 * is read by what its cells look like (a ref, an owner, a date, a status), taken whole.
 */
import { ownerList } from './owners.ts';
import { squash } from './text.ts';
import {
  type Chunk,
  type Column,
  columnIndex,
  columnOf,
  columnsOf,
  fits,
  headerWords,
  MONTH,
  REF,
  type Row,
  STATUS,
} from './table-cells.ts';

// A due cell read off the end of a run-together row starts as a date does: "next meeting",
// "18.02.25", "Jan. 21, 2025", "7 th April", "Ongoing", "Q3".
const DUE_START = new RegExp(
  String.raw`^(?:\d|${MONTH}|next\b|ongoing|tbc|asap|immediate|q[1-4]\b|end\b|w\/c\b)`,
  'i',
);
// A status cell whole, so that "Open Write to ..." gives up only "Open".
const STATUS_CELL = new RegExp(`${STATUS.source.replace(/\\b$/, '')}$`, 'i');
const LONGEST: Partial<Record<Column, number>> = { ref: 2, owner: 3, due: 4, status: 3, time: 3 };

/** A cell whose edges are guessed: the whole of it must look like the column's. */
export const cellLooks = (col: Column, t: string, surnames: ReadonlySet<string>) =>
  fits(col, t, surnames, true) &&
  (col !== 'due' || (DUE_START.test(t) && !endsInStatus(t))) &&
  (col !== 'status' || STATUS_CELL.test(t));

// "next meeting Complete": a due date with the status cell run on after it.
function endsInStatus(t: string): boolean {
  const words = t.split(' ');
  if (words.length < 2) return false;
  const one = words[words.length - 1]!;
  return (
    (STATUS_CELL.test(one) && !/^ongoing$/i.test(one)) ||
    (words.length > 2 && STATUS_CELL.test(words.slice(-2).join(' ')))
  );
}

/**
 * A row whose cells were run together with single spaces ("1 Write to the council JC
 * 18.02.25 Open"): the typed cells are taken off its ends in the header's order (the longest
 * that fits first), the rest is the action. Undefined unless the ref (when the table has one)
 * and the owner are found.
 */
export function peel(
  text: string,
  columns: readonly Column[],
  surnames: ReadonlySet<string>,
): Map<Column, string[]> | undefined {
  const a = columns.indexOf('action');
  if (a < 0) return undefined;
  const words = text.split(' ');
  let lo = 0;
  let hi = words.length;
  const out = new Map<Column, string[]>();
  // "Green" in a table with a status column is its RAG colour, not Tara Green.
  const looks = (col: Column, t: string) =>
    cellLooks(col, t, surnames) &&
    !(col === 'owner' && columns.includes('status') && STATUS_CELL.test(t));
  const piece = (n: number, front: boolean) =>
    (front ? words.slice(lo, lo + n) : words.slice(hi - n, hi)).join(' ');
  // Of the owners that fit, the longest the document knows (initials, a group, a name whose
  // surname is an attendee's), else the shortest: "Jane Claxton", not "Jane Claxton Chase".
  const known = (t: string) =>
    ownerList(t, surnames)?.every(
      (o) => o.kind !== 'name' || surnames.has(o.name.split(' ').pop()!.toLowerCase()),
    ) ?? false;
  const take = (col: Column, front: boolean) => {
    const sizes: number[] = [];
    for (let n = LONGEST[col] ?? 0; n > 0; n--)
      if (hi - lo - n >= 2 && looks(col, piece(n, front))) sizes.push(n);
    if (!sizes.length) return;
    const n =
      col === 'owner'
        ? (sizes.find((k) => known(piece(k, front))) ?? sizes[sizes.length - 1]!)
        : sizes[0]!;
    out.set(col, [piece(n, front)]);
    if (front) lo += n;
    else hi -= n;
  };
  for (const col of columns.slice(0, a)) take(col, true);
  for (const col of columns.slice(a + 1).reverse()) take(col, false);
  if (columns.includes('ref') && !out.has('ref')) return undefined;
  if (!out.has('owner')) return undefined;
  out.set('action', [words.slice(lo, hi).join(' ')]);
  return out;
}

// "4 Write ...", "TB 12/03 Write ...": a row's first word or two is its ref.
export const startsWithRef = (t: string) => {
  const w = t.split(' ');
  return REF.test(w[0]!) || REF.test(w.slice(0, 2).join(' '));
};

export const free = (c: Column) => c === 'action' || c === 'other';

/**
 * A typed cell placed under the wrong header (tab stops that do not line up with it) moves to
 * the column it looks like, when the row has none there: "Jan. 21, 2025" under "Owner" is due.
 */
export function repair(row: Row, columns: readonly Column[], surnames: ReadonlySet<string>): void {
  const target = (t: string) =>
    columns.find((c) => !free(c) && !row.cells.has(c) && cellLooks(c, t, surnames));
  // A move can free the column another misplaced cell belongs in: go round until none moves.
  for (let moved = true, rounds = 0; moved && rounds < columns.length; rounds++) {
    moved = false;
    for (const [col, v] of [...row.cells]) {
      if (free(col) || cellLooks(col, v.join(' '), surnames)) continue;
      const to = target(v.join(' '));
      if (to) {
        row.cells.delete(col);
        row.cells.set(to, v);
        moved = true;
        continue;
      }
      // Two cells that fell under one header ("next meeting", "Complete"), piece by piece.
      const keep = v.filter((piece) => {
        const there = cellLooks(col, piece, surnames) ? undefined : target(piece);
        if (there) row.cells.set(there, [piece]);
        return !there;
      });
      if (keep.length === v.length) continue;
      moved = true;
      if (keep.length) row.cells.set(col, keep);
      else row.cells.delete(col);
    }
  }
}

/**
 * The words of a line that hold only the cells a row above lacks ("Amber Clerk" for a row with
 * no status and no owner), in the header's order: each cell the whole of what looks like its
 * column's, every word used.
 */
export function fillMissing(
  words: readonly string[],
  missing: readonly Column[],
  surnames: ReadonlySet<string>,
): Map<Column, string> | undefined {
  if (!words.length) return new Map();
  for (const [k, col] of missing.entries())
    for (let n = words.length; n > 0; n--) {
      const t = words.slice(0, n).join(' ');
      if (!cellLooks(col, t, surnames)) continue;
      const rest = fillMissing(words.slice(n), missing.slice(k + 1), surnames);
      if (rest) return new Map([[col, t], ...rest]);
    }
  return undefined;
}

/** How many of a row's typed cells look like their columns' (an owner counts twice). */
export const looksScore = (cells: ReadonlyMap<Column, string[]>, surnames: ReadonlySet<string>) =>
  [...cells].reduce(
    (n, [c, v]) =>
      n + (!free(c) && cellLooks(c, v.join(' '), surnames) ? (c === 'owner' ? 2 : 1) : 0),
    0,
  );

/**
 * A typed cell with the next typed cell run on after a single space ("next meeting Complete",
 * "CW/MH 7 th April"): parted where the rest looks like a later column's cell that the line
 * lacks, and the part left still looks like its own column's.
 */
export function typedSplit(
  cs: readonly Chunk[],
  header: readonly Chunk[],
  columns: readonly Column[],
  surnames: ReadonlySet<string>,
): Chunk[] {
  const starts = header.map((h) => h.at);
  const colOf = (c: Chunk) => columnIndex(starts, c.at);
  const present = new Set(cs.map(colOf));
  const out: Chunk[] = [];
  for (const c of cs) {
    const k = colOf(c);
    const words = c.text.split(' ');
    let split = false;
    if (!free(columns[k]!))
      for (let n = 1; n < words.length && n <= 4 && !split; n++) {
        const head = words.slice(0, -n).join(' ');
        const tail = words.slice(-n).join(' ');
        const j = columns.findIndex(
          (col, x) => x > k && !free(col) && !present.has(x) && cellLooks(col, tail, surnames),
        );
        if (j < 0 || !cellLooks(columns[k]!, head, surnames)) continue;
        out.push({ text: head, at: c.at }, { text: tail, at: header[j]!.at });
        present.add(j);
        split = true;
      }
    if (!split) out.push(c);
  }
  return out;
}

// The ref that follows a row's in a numbered log: "3" after "2", "AP13" after "AP12".
const nextRef = (ref: string) =>
  ref.replace(/\.$/, '').replace(/\d+(?!.*\d)/, (d) => String(Number(d) + 1));

/**
 * A log flattened into one paragraph, as document-sharing sites give a PDF page: the header's
 * column names run together with single spaces, then the rows run on after them, each opening
 * with the next ref ("Action log Ref Action Owner Due Date Status 1 Write to the council JC
 * 18.02.25 Open 2 Chase the quote PB 01.03.25 Complete"). The header must open with the ref
 * column and name an action and an owner; each row is cut where the next ref in sequence opens
 * a capitalised word, and its cells are peeled off its ends. A row that does not peel (a
 * paragraph run on after the last row, prose between) is not taken.
 */
export function paragraphLog(
  line: string,
  surnames: ReadonlySet<string>,
): { columns: Column[]; rows: Row[] } | undefined {
  const words = squash(line).split(' ');
  if (words.length < 8) return undefined;
  for (let s = 0; s + 3 < words.length; s++) {
    if (columnOf(words[s]!) !== 'ref' && columnOf(words.slice(s, s + 2).join(' ')) !== 'ref')
      continue;
    // The longest run of words from s that reads as column names (at most twelve words).
    let head: Chunk[] | undefined;
    let e = s;
    for (let n = 3; n <= 12 && s + n < words.length; n++) {
      const chunk = { text: words.slice(s, s + n).join(' '), at: 0 };
      const read = [true, false]
        .map((longFirst) => headerWords(chunk, longFirst))
        .find((cs) => cs && named(cs));
      if (read) {
        head = read;
        e = s + n;
      }
    }
    if (!head || head.length < 3) continue;
    const columns = columnsOf(head.map((c) => c.text));
    if (columns[0] !== 'ref' || !REF.test(words[e]!) || DATE_LIKE.test(words[e]!)) continue;
    const rows: Row[] = [];
    const row = (from: number, to: number) =>
      peel(words.slice(from, to).join(' '), columns, surnames);
    let at = e;
    while (at < words.length) {
      // The next ref opens the next row only where the words before it peel as a row: "Order
      // 2 Benches ..." in row 1's text is no row 2.
      const want = nextRef(words[at]!);
      let end = at + 2;
      for (; end < words.length; end++)
        if (
          words[end]!.replace(/\.$/, '') === want &&
          /^[A-Z]/.test(words[end + 1] ?? '') &&
          row(at, end)
        )
          break;
      const cells = row(at, end);
      if (cells) rows.push({ cells });
      at = end;
    }
    return rows.length ? { columns, rows } : undefined;
  }
  return undefined;
}

const named = (cs: readonly Chunk[]) =>
  cs.some((c) => columnOf(c.text) === 'action') && cs.some((c) => columnOf(c.text) === 'owner');
// "18.02.25" opens no row.
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
