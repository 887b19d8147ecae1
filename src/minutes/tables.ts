/**
 * Action logs set out as tables, however they were flattened: pipes, tabs or " / " between
 * cells, one cell a line, space-aligned columns (single spaces too, where the header row says
 * where a column starts), cells run together; the columns in any order, with or without a
 * header row (then told apart by what their cells look like). Rows already marked complete
 * (or green) are matters arising, not new actions: they are counted in a warning and left
 * out. Agendas, attendance lists and payments set out as tables are not read as logs.
 */
import type { Found } from './found.ts';
import { leadingOwner, ownerList } from './owners.ts';
import { squash } from './text.ts';
import {
  addCell,
  cellsOf,
  type Chunk,
  type Column,
  columnIndex,
  columnOf,
  columnsOf,
  DONE,
  DUEISH,
  fits,
  hasSeparator,
  headerWords,
  modeOf,
  type Mode,
  notAction,
  REF,
  type Row,
  STATUS,
} from './table-cells.ts';
import {
  fillMissing,
  free,
  looksScore,
  paragraphLog,
  peel,
  repair,
  startsWithRef,
  typedSplit,
} from './table-runon.ts';

export interface TableResult {
  readonly found: Found[];
  readonly warnings: string[];
  /** Lines consumed, so running-text parsing skips them. */
  readonly lines: Set<number>;
}

/** Cells parted by a tab or two spaces or more (a pipe line is read by its pipes). */
const chunks = (line: string): Chunk[] => cellsOf(line, line.includes('|') ? 'pipe' : 'spaces');

// "7 th April": PDF export parts an ordinal from its number.
const dueCell = (t: string): string | null =>
  t.replace(/\b(\d{1,2}) (st|nd|rd|th)\b/gi, '$1$2') || null;

function toFound(row: Row, surnames: ReadonlySet<string>, done: { n: number }): Found | undefined {
  const get = (c: Column) => squash((row.cells.get(c) ?? []).join(' '));
  const text = get('action');
  if (!text) return undefined;
  const status = get('status');
  if (DONE.test(status)) {
    done.n++;
    return undefined;
  }
  // Two refs in one row means rows ran together: their owner cells ("Max Max Max") are not
  // one person, so the row is kept unassigned rather than given an invented owner.
  const merged = (row.cells.get('ref') ?? []).length > 1;
  const written = get('owner');
  // The header names this column as the owner's, so a first name alone there is a person.
  const owners =
    written && !merged ? ownerList(written, surnames, { firstNames: true }) : undefined;
  return {
    kind: 'explicit',
    ref: get('ref').replace(/\.$/, '') || null,
    text,
    ownersAsWritten: written || null,
    owners: owners ?? [],
    dueText: dueCell(get('due')),
    confidence: owners ? 0.9 : 0.7,
    flags:
      written && !owners
        ? [
            `"${written}" is not a name, initials or group the importer recognises: assign it by hand.`,
          ]
        : [],
  };
}

/**
 * True when line i is a stray piece of a wrapped cell: short, after a blank line, and followed
 * (after at most two more such pieces) by a row that starts with a ref in the ref column.
 */
function strayWrap(
  lines: readonly string[],
  i: number,
  hasRef: boolean,
  columnAt: (c: Chunk) => Column,
): boolean {
  if (!hasRef || lines[i - 1]?.trim() !== '') return false;
  for (let j = i, pieces = 0; j < lines.length && pieces <= 3; j++) {
    const t = lines[j]!;
    if (!t.trim()) continue;
    const cs = chunks(t);
    if (cs.length === 1 && cs[0]!.at === 0 && t.trim().split(/\s+/).length <= 6) {
      pieces++;
      continue;
    }
    return REF.test(cs[0]?.text ?? '') && columnAt(cs[0]!) === 'ref';
  }
  return false;
}

/**
 * True when line i is the tail of the line above wrapped to the left margin by a page too narrow
 * for the row ("On-going" under "Gliding"): a word or three alone, with the table going on
 * in the next line (indented, or in cells).
 */
function marginTail(lines: readonly string[], i: number): boolean {
  const t = lines[i]!;
  if (/^\s/.test(t) || chunks(t).length !== 1 || t.trim().split(/\s+/).length > 3) return false;
  const next = lines.slice(i + 1).find((l) => l.trim());
  return next !== undefined && (/^\s/.test(next) || chunks(next).length >= 2);
}

/**
 * Pieces of a cell run on by single spaces into the next column: a word that starts where the
 * header row starts a later column begins that column's cell (PDF text laid out by position
 * leaves one space after a column's widest cell).
 */
function atColumns(
  cs: readonly Chunk[],
  header: readonly Chunk[],
  columns: readonly Column[],
  surnames: ReadonlySet<string>,
): Chunk[] {
  const starts = header.map((h) => h.at);
  const columnAt = (at: number) => columns[columnIndex(starts, at)]!;
  const out: Chunk[] = [];
  for (const c of cs) {
    const words = [...c.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: c.at + m.index }));
    let from = 0;
    for (let w = 1; w < words.length; w++) {
      const at = words[w]!.at;
      const h = header.find((x) => x.at > words[from]!.at + 2 && Math.abs(at - x.at) <= 1);
      if (!h) continue;
      // A cell longer than its column in a typed table runs under the next header too: cut
      // only where the pieces look like their columns' cells.
      const next = header.find((x) => x.at > h.at + 1)?.at ?? Infinity;
      const left = words
        .slice(from, w)
        .map((x) => x.text)
        .join(' ');
      const right = words
        .filter((x) => x.at >= at && x.at < next - 1)
        .map((x) => x.text)
        .join(' ');
      const leftCol = columnAt(words[from]!.at);
      const rightCol = columnAt(h.at);
      const ok = free(rightCol)
        ? !free(leftCol) && fits(leftCol, left, surnames, true)
        : fits(rightCol, right, surnames, true);
      if (!ok) continue;
      out.push({ text: left, at: words[from]!.at });
      from = w;
    }
    out.push({
      text: words
        .slice(from)
        .map((x) => x.text)
        .join(' '),
      at: words[from]!.at,
    });
  }
  return out;
}

function aligned(
  lines: readonly string[],
  start: number,
  header: Chunk[],
  columns: Column[],
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
  glued?: string,
) {
  const hasRef = columns.includes('ref');
  const rows: Row[] = [];
  const numbered = new Set<Row>();
  // Where each column's cells start: the header's names at first, then moved left to where
  // a row that fills every column puts its cell. A header set centred over its columns
  // ("Ref   ...   Action   ...   Owner" above "Jan-01  Survey forms to be ...  Max") starts
  // names right of their cells, and the action's wrapped lines below would fall under "Ref".
  const starts = header.map((h) => h.at);
  const learn = (cs: readonly Chunk[]) => {
    cs.forEach((c, k) => {
      if (k > 0 && c.at < starts[k]! && c.at > cs[k - 1]!.at + 2) starts[k] = c.at;
    });
  };
  const columnAt = (c: Chunk, count: number, useCount: boolean): Column =>
    useCount ? columns[count]! : columns[columnIndex(starts, c.at)]!;
  // Refs of a house style the ref pattern does not know ("Jan11-01"): a line opening with one
  // shaped like a ref that filled a row ("Jan11-04", digits for digits) starts a row too.
  const refShapes = new Set<string>();
  let end = start + 1;
  for (let i = glued === undefined ? start + 1 : start; i < lines.length; i++) {
    const line = i === start ? glued! : lines[i]!;
    if (!line.trim() || /^[\s|:+-]+$/.test(line)) {
      end = i + 1;
      continue;
    }
    const raw = chunks(line);
    // A PDF row wider than the page: its last cells come back on the next line at the margin
    // ("Open" under "1"), or after the cell before with a single space ("JC 18.02.25").
    const last = rows[rows.length - 1];
    if (last && raw.length === 1 && raw[0]!.text.split(' ').length <= 6) {
      repair(last, columns, surnames);
      const missing = columns.filter((c) => c !== 'ref' && !free(c) && !last.cells.has(c));
      const filled = fillMissing(raw[0]!.text.split(' '), missing, surnames);
      if (filled) {
        for (const [c, t] of filled) last.cells.set(c, [t]);
        result.lines.add(i);
        end = i + 1;
        continue;
      }
    }
    const cs = typedSplit(atColumns(raw, header, columns, surnames), header, columns, surnames);
    const refCell = cs.find((c) => columnAt(c, 0, false) === 'ref');
    const hasRefCell =
      hasRef && refCell !== undefined && (REF.test(refCell.text) || refShapes.has(shape(refCell)));
    // A row run together with single spaces (one chunk) is read off its ends, by the header's
    // order of typed cells; so is a row whose cells do not sit under the header's (tab stops
    // of a converted text), when that reading gives more cells that look like their columns.
    const runOn =
      raw[0]?.at === 0 && (columns[0] !== 'ref' || startsWithRef(raw[0].text))
        ? peel(squash(line), columns, surnames)
        : undefined;
    const byPlace = new Map<Column, string[]>();
    const exactly = cs.length === columns.length;
    cs.forEach((c, k) => {
      const col = columnAt(c, k, exactly);
      addCell(byPlace, col, c.text);
    });
    // Cells that each start where a header name does sit in their columns: not run together.
    const underHeader = raw.every((c) => header.some((h) => Math.abs(h.at - c.at) <= 1));
    if (
      runOn &&
      (raw.length === 1 ||
        (!underHeader && looksScore(runOn, surnames) > looksScore(byPlace, surnames)))
    ) {
      rows.push({ cells: runOn });
      result.lines.add(i);
      end = i + 1;
      continue;
    }
    // Cut at the header's columns, the line must still start with a ref to be a row of them.
    const belongs =
      raw.length >= 2 ||
      (raw[0]?.at ?? 0) > 0 ||
      (hasRefCell && REF.test(raw[0]!.text.split(' ')[0]!));
    if (!belongs) {
      // A PDF cell whose next line began past the page width comes back as a blank line, then
      // a few words at the left margin ("Aug due to lack"): the table goes on below it.
      if (
        rows.length &&
        (strayWrap(lines, i, hasRef, (c) => columnAt(c, 0, false)) || marginTail(lines, i))
      ) {
        result.lines.add(i);
        end = i + 1;
        continue;
      }
      break;
    }
    // A number just left of the action column, in a table with no ref column, numbers a row
    // of its own ("   1    Noise monitoring ..."), under a group row that may name its lead.
    if (!hasRef && numberedRow(cs, (c) => columnAt(c, 0, false))) {
      const row: Row = { cells: new Map([['ref', [cs[0]!.text.replace(/[.)]$/, '')]]]) };
      for (const c of cs.slice(1)) {
        const col = columnAt(c, 0, false);
        addCell(row.cells, col, c.text);
      }
      rows.push(row);
      numbered.add(row);
      result.lines.add(i);
      end = i + 1;
      continue;
    }
    const exact = cs.length === columns.length;
    if (exact) learn(cs);
    if (exact && columnAt(cs[0]!, 0, true) === 'ref' && !/\s/.test(cs[0]!.text))
      refShapes.add(shape(cs[0]!));
    // A line with the row's ref starts it, wherever the ref column is; with no ref column, a
    // line that fills every column or names an owner does.
    const startsRow = hasRef
      ? hasRefCell || (exact && columnAt(cs[0]!, 0, exact) === 'ref')
      : exact ||
        (cs.length >= 2 &&
          cs.some((c) => columnAt(c, 0, false) === 'owner' && fits('owner', c.text, surnames)));
    if (startsRow || rows.length === 0) rows.push({ cells: new Map() });
    const row = rows[rows.length - 1]!;
    cs.forEach((c, k) => {
      const col = columnAt(c, k, exact);
      addCell(row.cells, col, c.text);
    });
    result.lines.add(i);
    end = i + 1;
  }
  for (let i = start; i < end; i++) result.lines.add(i);
  emit(groupLeads(rows, numbered), surnames, result, done, columns, endsText(lines, end));
}

/** A ref's shape, digits for digits: "Jan11-04" and "Jan11-01" are one house style. */
const shape = (c: Chunk): string => c.text.replace(/\d/g, '9');

/** A line's cells are a bare number, then the action's cell: a numbered row. */
const numberedRow = (cs: readonly Chunk[], columnAt: (c: Chunk) => Column): boolean =>
  cs.length >= 2 &&
  /^\d{1,3}[.)]?$/.test(cs[0]!.text) &&
  columnAt(cs[0]!) !== 'action' &&
  columnAt(cs[1]!) === 'action';

/**
 * A lead named once on a group row ("Gliding & Karting  Margaret  Go Karting") for the numbered
 * rows under it that leave the lead's cell empty: they take it, and the group row (a heading
 * beside its lead) is no action. A row that is not under such a group row gets no lead.
 */
function groupLeads(rows: readonly Row[], numbered: ReadonlySet<Row>): Row[] {
  const out: Row[] = [];
  let lead: string[] | undefined;
  rows.forEach((r, k) => {
    if (!numbered.has(r)) {
      const next = rows[k + 1];
      const heads = Boolean(r.cells.get('owner')?.length && next && numbered.has(next));
      lead = heads ? r.cells.get('owner') : undefined;
      if (!heads) out.push(r);
      return;
    }
    if (lead && !r.cells.get('owner')?.length) r.cells.set('owner', [...lead]);
    out.push(r);
  });
  return out;
}

/**
 * True when the text stops inside this row before any of the cells after its action: an excerpt
 * cut off mid-row, whose owner is not there to be read (and may not be guessed).
 */
function cutOff(row: Row, columns: readonly Column[]): boolean {
  const a = columns.indexOf('action');
  // Columns of no kind share one cell list with those before the action: only typed ones tell.
  const after = a < 0 ? [] : columns.slice(a + 1).filter((c) => c !== 'other');
  return after.length > 0 && after.every((c) => !row.cells.get(c)?.length);
}

/**
 * True when the text stops inside the last row after its owner's cell began: the row leaves
 * empty the last column every row above filled ("Jan11-04  Max to ... (to be  M", with
 * no date where every other row has one), so its owner cell may be a cut-off name.
 */
function cutShort(rows: readonly Row[], columns: readonly Column[]): boolean {
  const last = rows[rows.length - 1];
  const col = columns[columns.length - 1];
  if (!last || !col || columns.indexOf(col) <= columns.indexOf('action')) return false;
  const above = rows.slice(0, -1);
  return (
    above.length >= 2 &&
    !last.cells.get(col)?.length &&
    above.every((r) => r.cells.get(col)?.length)
  );
}

/** No line after `from` has text: the table ran to the end of the document. */
const endsText = (lines: readonly string[], from: number): boolean =>
  lines.slice(from).every((l) => !l.trim());

/**
 * Rows read, as actions; none at all when a column says the table is an agenda or accounts.
 * `atEnd`: the document ends in the table, so its last row may be cut off.
 */
function emit(
  all: readonly Row[],
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
  columns: readonly Column[] = [],
  atEnd = false,
) {
  const last = all[all.length - 1];
  const rows =
    atEnd && last && (cutOff(last, columns) || cutShort(all, columns)) ? all.slice(0, -1) : all;
  // A header with a running-time or papers column and no due date or status is an agenda's.
  if (columns.includes('time') && !columns.includes('due') && !columns.includes('status')) return;
  const cells = rows.flatMap((r) =>
    [...r.cells].filter(([c]) => c !== 'action' && c !== 'ref').flatMap(([, v]) => v),
  );
  const stray = cells.filter(notAction).length;
  if (stray && stray * 3 >= rows.length) return;
  for (const r of rows) {
    const f = toFound(r, surnames, done);
    if (f) result.found.push(f);
  }
}

/**
 * A table whose cells are parted by pipes, tabs or " / ", under a header row. A line with
 * every cell maps cell to column; a line with one cell (no separator) carries on the action
 * the row above wrapped; a wrapped pipe row keeps its pieces under their columns.
 */
function separated(
  lines: readonly string[],
  start: number,
  mode: Exclude<Mode, 'spaces'>,
  columns: Column[],
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
  /** The first row, when it was glued onto the header's line ("... / Completed1 / 7/11/16 / ..."). */
  firstRow?: string,
) {
  const hasRef = columns.includes('ref');
  const rows: Row[] = [];
  let blank = false;
  let prose = false;
  let i = firstRow ? start : start + 1;
  for (; i < lines.length; i++) {
    const line = firstRow && i === start ? firstRow : lines[i]!;
    if (!line.trim()) {
      blank = true;
      continue;
    }
    if (/^[\s|:+-]+$/.test(line)) {
      result.lines.add(i);
      continue;
    }
    // "/ All / Ongoing": the rest of the row above, whose action cell wrapped onto a line of its
    // own before the cells after it.
    if (mode === 'slash' && rows.length && /^\/\s/.test(line.trim())) {
      const row = rows[rows.length - 1]!;
      const last = columns.reduce((k, c, j) => (row.cells.get(c)?.length ? j : k), -1);
      cellsOf(line.trim().slice(1).trim(), mode).forEach((c, k) => {
        const col = columns[last + 1 + k];
        if (col && c.text) addCell(row.cells, col, c.text);
      });
      result.lines.add(i);
      blank = false;
      continue;
    }
    const sep = hasSeparator(line, mode);
    // The header's last name wrapped onto a line of its own ("Progress" / "and RAG rating").
    if (!sep && !rows.length && !blank && squash(line).split(' ').length <= 3) {
      result.lines.add(i);
      continue;
    }
    if (!sep) {
      // Running text after the table, or a pipe table's end.
      if (mode === 'pipe' || blank || !rows.length || !(prose || wrapLike(line))) break;
      const row = rows[rows.length - 1]!;
      const col = prose ? columns[columns.length - 1]! : 'action';
      addCell(row.cells, col, squash(line));
      result.lines.add(i);
      continue;
    }
    const cs = cellsOf(line, mode);
    const placed = place(
      cs.map((c) => c.text),
      columns,
      surnames,
      mode === 'slash',
    );
    if (!placed) break;
    blank = false;
    const filled = [...placed.values()].filter((v) => v.length).length;
    const ref = placed.get('ref')?.[0];
    const startsRow = hasRef ? Boolean(ref && REF.test(ref)) : filled >= 2;
    if (startsRow || !rows.length) rows.push({ cells: new Map() });
    const row = rows[rows.length - 1]!;
    for (const [col, v] of placed) if (v.length) addCell(row.cells, col, ...v);
    // A last cell that opens prose ("Complete:", "Update:") goes on in the lines below it,
    // however long they are, until the next row.
    const lastCell = placed.get(columns[columns.length - 1]!);
    prose = Boolean(lastCell?.length && /:$/.test(lastCell[lastCell.length - 1]!));
    result.lines.add(i);
  }
  result.lines.add(start);
  emit(rows, surnames, result, done, columns, endsText(lines, i));
  return i;
}

// The rest of a wrapped cell is a few words; a paragraph after the table is longer.
const wrapLike = (line: string) => squash(line).split(' ').length <= 12;

/**
 * Cells to columns: one to one when they match in number; otherwise the typed cells at each end
 * (ref, owner, due, status) are matched from the ends inwards and what is left is the action.
 */
function place(
  cells: readonly string[],
  columns: readonly Column[],
  surnames: ReadonlySet<string>,
  bySlash: boolean,
  joiner = ' / ',
): Map<Column, string[]> | undefined {
  const out = new Map<Column, string[]>();
  const add = (c: Column, t: string) => {
    if (t) addCell(out, c, t);
  };
  // A tab or pipe row keeps its empty cells in front, and loses only those at its end (lines
  // are trimmed): a wrapped row ("\t\tto all members") still maps cell to column.
  if (cells.length === columns.length || (!bySlash && cells.length < columns.length)) {
    cells.forEach((t, k) => add(columns[k]!, t));
    return out;
  }
  const a = columns.indexOf('action');
  if (a < 0) return undefined;
  const rest = [...cells];
  for (const col of columns.slice(0, a)) {
    if (rest.length < 2 || !fits(col, rest[0]!, surnames)) break;
    add(col, rest.shift()!);
  }
  for (const col of columns.slice(a + 1).reverse()) {
    if (rest.length < 2) break;
    if (fits(col, rest[rest.length - 1]!, surnames)) add(col, rest.pop()!);
  }
  add('action', rest.filter(Boolean).join(joiner));
  return out;
}

function flattened(
  lines: readonly string[],
  start: number,
  columns: Column[],
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): number {
  // Cells one per line, in the header's order. A line goes to the next column when it looks
  // like that column's cell (a ref, an owner, a date, a status) or when the next column is free
  // text; otherwise it carries on the cell before it, which wrapped.
  const free = (c: Column) => c === 'action' || c === 'other';
  const n = columns.length;
  const rows: Row[] = [];
  let k = -1;
  let blank = false;
  let i = start;
  let end = start;
  const put = (col: Column, t: string) => {
    const row = rows[rows.length - 1]!;
    addCell(row.cells, col, t);
  };
  for (; i < lines.length; i++) {
    const t = squash(lines[i]!);
    if (!t) {
      blank = true;
      continue;
    }
    if (t.includes('|')) break;
    const next = k + 1 < n ? columns[k + 1]! : undefined;
    const cur = k >= 0 ? columns[k]! : undefined;
    const newRow = () => {
      rows.push({ cells: new Map() });
      k = 0;
      put(columns[0]!, t);
    };
    if (k < 0) {
      if (!fits(columns[0]!, t, surnames) || free(columns[0]!)) break;
      newRow();
    } else if (next !== undefined) {
      // A row may leave a typed cell out ("1 / Write ... / MN / Open", no due date): the line
      // then fits a later column, past typed ones only. A wrapped action is not cut by a
      // line that merely could be a date ("by March"), only by a status or a bare date.
      const later = columns.findIndex(
        (c, j) =>
          j > k + 1 &&
          !free(c) &&
          columns.slice(k + 1, j).every((x) => !free(x)) &&
          fits(c, t, surnames) &&
          (!cur || !free(cur) || c === 'status' || (c === 'due' && !/^by\b/i.test(t))),
      );
      if (free(next) || fits(next, t, surnames)) {
        k++;
        put(next, t);
      } else if (later > 0) {
        k = later;
        put(columns[later]!, t);
      } else if (cur && free(cur)) put(cur, t);
      else if (fits(columns[0]!, t, surnames) && k >= columns.indexOf('action')) newRow();
      else put(cur!, t);
    } else if (fits(columns[0]!, t, surnames) && !free(columns[0]!)) newRow();
    else if (cur && free(cur) && !blank) put(cur, t);
    else break;
    blank = false;
    result.lines.add(i);
    end = i + 1;
  }
  emit(rows, surnames, result, done, columns, endsText(lines, end));
  return end;
}

// "3. / Carol to develop the criteria ... / Carol", "3 | text | owner", "3<TAB>text<TAB>owner".
// The ref may be coded as NHS boards write it: "BOD 24/18(b) / Gender pay gap reporting".
const ROW_START =
  /^\s*(\d{1,3}[a-z]?|[A-Z]{2,5} ?\d{1,4}(?:\/\d{1,4}){1,3}(?: ?\([a-z]\)(?:-\([a-z]\))?)?)\.?\s*(?:\s\/\s|\s\|\s|\t|\/\s)\s*(\S.*)$/;
const CELL_SPLIT = /\s+\/\s+|\s+\|\s+|\t+/;

/**
 * An action sheet with no header row: each row a number, the action and, last, its owner, the
 * cells run together with " / ", " | " or tabs, a row's text sometimes wrapped onto more lines.
 * In a row that records context first ("Colleagues had asked for training. Nancy to produce a
 * specification"), the action is the sentence that names its owner; a second person's sentence
 * ("Lorraine to investigate") is a second action.
 */
function headerless(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  for (let i = from; i < lines.length; i++) {
    if (result.lines.has(i) || !ROW_START.test(lines[i]!)) continue;
    const rows: { ref: string; parts: string[]; at: number[] }[] = [];
    // A continuation line that ends in an owner cell ("Status: in progress / TB") closes its
    // row: a line after it and before the next ref is a group heading ("Actions from meeting
    // on 28 February 2018"), not more of the action.
    let closed = false;
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim() || result.lines.has(j)) break;
      const m = ROW_START.exec(line);
      if (m) {
        rows.push({ ref: m[1]!, parts: [m[2]!], at: [j] });
        closed = false;
      } else if (rows.length && !closed) {
        rows[rows.length - 1]!.parts.push(line.trim());
        rows[rows.length - 1]!.at.push(j);
        const cells = line.split(CELL_SPLIT);
        closed =
          cells.length > 1 &&
          Boolean(ownerList(cells[cells.length - 1]!.replace(/[.\s]+$/, ''), surnames));
      }
    }
    // "1. / Welcome and introductions" then the discussion below: numbered agenda items laid out
    // in cells, not an action sheet.
    // A row with a coded ref ("BOD 24/18(b)") whose last line ends in an owner cell ("Status:
    // in progress / TB") is an action with a title line, not an agenda item; a plain number is
    // still read as an agenda item ("1. / Welcome and introductions").
    const endsInOwner = (r: (typeof rows)[number]) => {
      if (/^\d/.test(r.ref)) return false;
      const cells = r.parts[r.parts.length - 1]!.split(CELL_SPLIT);
      return (
        r.parts.length > 1 &&
        cells.length > 1 &&
        Boolean(ownerList(cells[cells.length - 1]!.replace(/[.\s]+$/, ''), surnames))
      );
    };
    const agendaLike = rows.filter(
      (r) =>
        !endsInOwner(r) &&
        r.parts.length > 1 &&
        r.parts[0]!.split(CELL_SPLIT).length === 1 &&
        r.parts[0]!.split(' ').length <= 6 &&
        !/[.!?]$|\b(?:to|will|would)\b/.test(r.parts[0]!),
    ).length;
    if (rows.length < 2 || agendaLike * 2 >= rows.length) {
      i = j;
      continue;
    }
    const block: Found[] = [];
    let owned = 0;
    const lineSet: number[] = [];
    for (const row of rows) {
      // Lines are kept apart for now: a line of context above "Nancy to produce ..." is its own
      // sentence even without a full stop.
      const cells = row.parts
        .join('\n')
        .split(CELL_SPLIT)
        .map((c) => c.trim())
        .filter(Boolean);
      // Status and due cells at the end of the row: a row marked complete is not a new action.
      let status = '';
      let dueText: string | null = null;
      while (cells.length > 2) {
        const end = cells[cells.length - 1]!;
        if (!status && STATUS.test(end) && end.split(' ').length <= 4) status = cells.pop()!;
        else if (!dueText && DUEISH.test(end) && end.split(' ').length <= 4) dueText = cells.pop()!;
        else break;
      }
      if (DONE.test(status)) {
        done.n++;
        lineSet.push(...row.at);
        continue;
      }
      const last = cells.length > 1 ? cells[cells.length - 1]! : '';
      const cellOwners = last
        ? ownerList(last.replace(/[.\s]+$/, ''), surnames, { firstNames: true })
        : undefined;
      // "Status: in progress – for next update" on the row's last line is its status cell.
      const joined = (cellOwners ? cells.slice(0, -1) : cells).join(' / ');
      const statusLine = /\n\s*Status\s*:\s*([^\n]*)$/i.exec(joined);
      if (statusLine && DONE.test(statusLine[1]!)) {
        done.n++;
        lineSet.push(...row.at);
        continue;
      }
      const raw = statusLine ? joined.slice(0, statusLine.index) : joined;
      const text = squash(raw);
      lineSet.push(...row.at);
      const sentences = raw
        .split(/(?<=[.!?])\s+(?=[A-Z])|\n(?=[A-Z])/)
        .map(squash)
        // "NB: Board members will be invited ..." is a note on the row, not another action.
        .filter((t) => !/^(?:NB|N\.B\.|Note)\b/i.test(t));
      // A first name alone opens a sentence ("Nancy to produce ...") only when the owner cell
      // names it too: "Write to the council" is an order, not a person called Write.
      // "The Trust to publish ... / TB": the owner cell, not the body the sentence opens with.
      const named = (lead: ReturnType<typeof leadingOwner>) =>
        lead &&
        !(cellOwners && lead.owners.every((t) => t.kind === 'group' || t.kind === 'office')) &&
        lead.owners.some(
          (t) =>
            t.kind !== 'name' ||
            t.name.includes(' ') ||
            (last && new RegExp(`\\b${t.name}\\b`, 'i').test(last)),
        )
          ? lead
          : undefined;
      const own = sentences.map((t, k) => ({
        k,
        lead: named(leadingOwner(t, surnames, { firstNames: true })),
      }));
      const firstOwn = own.find((o) => o.lead);
      const picked = own.filter(
        (o) =>
          o.lead &&
          (o === firstOwn ||
            o.lead.owners.every((t) => t.kind === 'name' || t.kind === 'initials')),
      );
      if (picked.length || cellOwners) owned++;
      if (picked.length) {
        for (const o of picked)
          block.push({
            kind: 'explicit',
            ref: row.ref,
            text: o.lead!.rest.replace(/\s+NB:.*$/i, '').trim(),
            ownersAsWritten: o.lead!.written,
            owners: o.lead!.owners,
            dueText,
            confidence: 0.85,
          });
      } else if (text) {
        block.push({
          kind: 'explicit',
          ref: row.ref,
          text: text.replace(/\s+NB:.*$/i, '').trim(),
          ownersAsWritten: last && cellOwners ? last : null,
          owners: cellOwners ?? [],
          dueText,
          confidence: cellOwners ? 0.8 : 0.6,
        });
      }
    }
    // A numbered agenda set out in cells names no owners: only a sheet that does is read.
    if (owned * 2 >= rows.length) {
      result.found.push(...block);
      lineSet.forEach((k) => result.lines.add(k));
    }
    i = j;
  }
}

/**
 * A table with no header row, its cells parted the same way on every line: which column is
 * which is told by what the cells look like down each column (refs, owners, dates, statuses;
 * the action is the column of longest cells). Read only when the rows have an action, an owner
 * and a due date or status: a list of people with their roles, an agenda with its times or a
 * list of payments has no such columns.
 */
function unheaded(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (result.lines.has(i) || !line.trim()) continue;
    const mode = modeOf(line);
    if (!hasSeparator(line, mode)) continue;
    const n = cellsOf(line, mode).length;
    if (n < 3 || n > 7) continue;
    const full = (cs: Chunk[]) => cs.length === n && cs.filter((c) => c.text).length >= n - 1;
    const block: { at: number; cells: Chunk[]; full: boolean }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const t = lines[j]!;
      if (!t.trim() || result.lines.has(j)) break;
      // A line without separators carries on a wrapped cell of a tab or " / " row.
      const plain =
        mode !== 'pipe' &&
        mode !== 'spaces' &&
        modeOf(t) === 'spaces' &&
        block.length > 0 &&
        wrapLike(t);
      if (modeOf(t) !== mode && !plain) break;
      const cs = hasSeparator(t, mode)
        ? cellsOf(t, mode)
        : [{ text: squash(t), at: t.search(/\S/) }];
      if (full(cs)) block.push({ at: j, cells: cs, full: true });
      else if (block.length && (cs.length === n || cs.length < n))
        block.push({ at: j, cells: cs, full: false });
      else break;
    }
    const rows = block.filter((b) => b.full);
    if (rows.length < 2) continue;
    const columns = guessColumns(
      rows.map((r) => r.cells.map((c) => c.text)),
      surnames,
    );
    if (columns === null) {
      // An agenda or a list of payments: no later reader should take its rows for actions.
      block.forEach((b) => result.lines.add(b.at));
      i = j;
      continue;
    }
    if (!columns) {
      i = j;
      continue;
    }
    // Where each column starts, for a continuation line laid out by spaces.
    const starts = rows[0]!.cells.map((c) => c.at);
    const read: Row[] = [];
    for (const b of block) {
      if (b.full) read.push({ cells: new Map() });
      const row = read[read.length - 1]!;
      b.cells.forEach((c, k) => {
        if (!c.text) return;
        let col: Column;
        if (b.full || (mode !== 'spaces' && b.cells.length === n)) col = columns[k]!;
        else if (mode === 'spaces') col = columns[columnIndex(starts, c.at)]!;
        else col = 'action';
        addCell(row.cells, col, c.text);
      });
      result.lines.add(b.at);
    }
    emit(read, surnames, result, done);
    i = j;
  }
}

/**
 * A table flattened one cell a line with no header row: rows told by their refs ("1", "4.2"),
 * each row's lines its cells. Read when most rows have the same number of cells and those
 * cells say, column by column, what they are (as for `unheaded`); a row with more lines than
 * that has a wrapped cell and is placed by what its cells look like.
 */
// A ref opening a row of cells, not a date in one ("18.02.25").
const rowRef = (t: string) => REF.test(t) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t);

function unheadedFlat(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  for (let i = from; i < lines.length; i++) {
    const first = squash(lines[i]!);
    if (result.lines.has(i) || !rowRef(first)) continue;
    const groups: { at: number[]; cells: string[] }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const t = squash(lines[j]!);
      if (!t) continue;
      if (result.lines.has(j) || t.split(' ').length > 30) break;
      const group = groups[groups.length - 1];
      if (rowRef(t) && (!group || group.cells.length > 2)) groups.push({ at: [j], cells: [t] });
      else if (group && group.cells.length < 9) {
        group.cells.push(t);
        group.at.push(j);
      } else break;
    }
    const counts = new Map<number, number>();
    for (const g of groups) counts.set(g.cells.length, (counts.get(g.cells.length) ?? 0) + 1);
    const [n, most] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (groups.length < 2 || most < 2 || most * 2 < groups.length || n < 3) continue;
    // The last row ends with its cells: what follows is the text after the table.
    const tail = groups[groups.length - 1]!;
    tail.cells.length = Math.min(tail.cells.length, n);
    tail.at.length = tail.cells.length;
    const columns = guessColumns(
      groups.filter((g) => g.cells.length === n).map((g) => g.cells),
      surnames,
    );
    if (!columns || columns[0] !== 'ref') continue;
    const rows: Row[] = [];
    for (const g of groups) {
      const placed =
        g.cells.length === n
          ? new Map(g.cells.map((t, k): [Column, string[]] => [columns[k]!, [t]]))
          : place(g.cells, columns, surnames, true, ' ');
      if (!placed) continue;
      rows.push({ cells: new Map([...placed].filter(([, v]) => v.length)) });
      g.at.forEach((k) => result.lines.add(k));
    }
    emit(rows, surnames, result, done, columns);
    i = j - 1;
  }
}

/**
 * Each column's role from its cells; undefined when they are not an action log's, null when a
 * column of clock times or sums of money says what the table is instead.
 */
function guessColumns(
  rows: readonly string[][],
  surnames: ReadonlySet<string>,
): Column[] | undefined | null {
  const n = rows[0]!.length;
  const share = (k: number, test: (t: string) => boolean) => {
    const vals = rows.map((r) => r[k]!).filter(Boolean);
    return vals.length ? vals.filter(test).length / vals.length : 0;
  };
  const meanWords = (k: number) =>
    rows.reduce((sum, r) => sum + (r[k] ? r[k]!.split(' ').length : 0), 0) / rows.length;
  const columns: Column[] = Array.from({ length: n }, () => 'other');
  for (let k = 0; k < n; k++) if (share(k, notAction) >= 0.5) return null;
  let action = -1;
  for (let k = 0; k < n; k++)
    if (share(k, (t) => REF.test(t)) < 1 && (action < 0 || meanWords(k) > meanWords(action)))
      action = k;
  if (action < 0 || meanWords(action) < 3) return undefined;
  columns[action] = 'action';
  const kinds: [Column, (t: string) => boolean][] = [
    ['ref', (t) => REF.test(t)],
    ['owner', (t) => t.split(' ').length <= 6 && Boolean(ownerList(t, surnames))],
    ['status', (t) => t.split(' ').length <= 4 && STATUS.test(t)],
    ['due', (t) => t.split(' ').length <= 5 && DUEISH.test(t)],
  ];
  for (let k = 0; k < n; k++) {
    if (k === action) continue;
    let best: Column = 'other';
    let score = 0;
    for (const [kind, test] of kinds) {
      if (columns.includes(kind)) continue;
      const s = share(k, test);
      // A ref column is refs all the way down; the others mostly hold their kind of cell.
      if (s >= (kind === 'ref' ? 1 : 0.5) && s > score) {
        best = kind;
        score = s;
      }
    }
    columns[k] = best;
  }
  if (!columns.includes('owner') || !(columns.includes('due') || columns.includes('status')))
    return undefined;
  return columns;
}

// Cells of a row with no header: " | " or tabs (" / " is also how owners are joined: "SS / RT").
const PIPE_SPLIT = /\s+\|\s+|\t+/;

/**
 * An action sheet with the owner first and no number or header: "SS | Contact Highways re
 * drainage | October". Two or more such rows in a row are read; a list of people with their
 * roles ("Sean Parker | Groundsman | Cricket Club") is not, since its second cell is a role or
 * a name, not something to do.
 */
function ownerFirst(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  const rowAt = (i: number) => {
    const line = lines[i];
    if (line === undefined || result.lines.has(i) || !PIPE_SPLIT.test(line)) return undefined;
    const cells = line
      .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
      .split(PIPE_SPLIT)
      .map(squash)
      .filter(Boolean);
    if (cells.length < 2 || cells.length > 5) return undefined;
    const owners = ownerList(cells[0]!, surnames);
    const action = cells[1]!;
    if (!owners || owners.some((t) => t.kind === 'office' && cells[0]!.split(' ').length > 3))
      return undefined;
    // A role, a name or an organisation in the second cell makes it a list of people.
    if (action.split(' ').length < 3 || ownerList(action, surnames) || REF.test(action))
      return undefined;
    const tail = cells.slice(2);
    const status = tail.find((c) => STATUS.test(c)) ?? '';
    const dueText = tail.find((c) => c !== status && DUEISH.test(c)) ?? null;
    return { owners, written: cells[0]!, action, status, dueText };
  };
  for (let i = from; i < lines.length; i++) {
    const block: { at: number; row: NonNullable<ReturnType<typeof rowAt>> }[] = [];
    for (let j = i; j < lines.length; j++) {
      const row = rowAt(j);
      if (!row) break;
      block.push({ at: j, row });
    }
    if (block.length < 2) continue;
    for (const { at, row } of block) {
      result.lines.add(at);
      if (DONE.test(row.status)) {
        done.n++;
        continue;
      }
      result.found.push({
        kind: 'explicit',
        ref: null,
        text: row.action,
        ownersAsWritten: row.written,
        owners: row.owners,
        dueText: row.dueText,
        confidence: 0.8,
      });
    }
    i += block.length - 1;
  }
}

// A header whose words run action, lead, due date with single spaces, others around them:
// "Action Lead Due Date Status Proposed to Open/ Close".
const LEAD_DUE_HEADER =
  /^(?:.*\s)?actions?\s+(?:lead|owner|responsible)\s+(?:due(?:\s+date)?|deadline|target(?:\s+date)?)\b/i;
// A lead written as an office's letters ("DoSCE", "NED-WT/DoN", "CFO") or initials.
const LEAD_LETTERS = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[-/][A-Z][A-Za-z]*)*$/;
const DAY_MONTH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
// The source cell before the action: the meeting, its date and the minute ("Public Board,
// 15.03.2023, PUB22/3/85, ").
const SOURCE_CELL = /^[^,]{2,40}, \d{1,2}\.\d{1,2}\.\d{4}, [A-Z]{1,6}[\d/.]+, /;

/**
 * One row of a tracker run together with single spaces: the action before the lead, the due
 * date after it (the last of the dates that follow, a revised one below the first), then the
 * status. Without a date the lead is the letters before a wide gap ("CFO/DoN   Verbal update").
 * Undefined when no lead is found: a row cut off before it.
 */
function leadThenDate(ref: string, body: string): Row | undefined {
  const words = [...body.matchAll(/\S+/g)];
  for (let k = 1; k < words.length; k++) {
    const lead = words[k]!;
    if (!LEAD_LETTERS.test(lead[0])) continue;
    let d = k + 1;
    const dates: string[] = [];
    while (d < words.length && DAY_MONTH_YEAR.test(words[d]![0])) dates.push(words[d++]![0]);
    const after = lead.index + lead[0].length;
    if (!dates.length && !/^ {2,}\S/.test(body.slice(after))) continue;
    const rest = d < words.length ? body.slice(words[d]!.index) : '';
    const action = squash(body.slice(0, lead.index)).replace(SOURCE_CELL, '');
    return {
      cells: new Map<Column, string[]>([
        ['ref', [ref]],
        ['action', [action]],
        ['owner', [lead[0]]],
        ['due', dates.slice(-1)],
        ['status', [squash(rest)]],
      ]),
    };
  }
  return undefined;
}

/**
 * A tracker whose cells run together with single spaces under a header that puts the lead
 * just before the due date: each row opens with its ref and runs on (blank lines too) to the
 * next; its lead is found before its due date, as the header orders them.
 */
function leadsBeforeDates(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  // A header is a short line of names, not a sentence ("... the action owner due to report.").
  const isHeader = (l: string) =>
    LEAD_DUE_HEADER.test(l) && l.split(' ').length <= 12 && !/[.;]$/.test(l);
  const head = lines.findIndex((l, i) => i >= from && !result.lines.has(i) && isHeader(squash(l)));
  if (head < 0) return;
  const rows: { ref: string; body: string[]; at: number[] }[] = [];
  const textOf = (r: (typeof rows)[number]) => r.body.filter(Boolean).join('\n');
  // A row is over at a blank line once its status has begun; a heading or two may sit between
  // rows ("Proposed for Closure"), more lines than that are the text after the table.
  let open = false;
  let between = 0;
  for (let i = head + 1; i < lines.length && !result.lines.has(i) && between <= 2; i++) {
    const t = lines[i]!.trim();
    const m = /^(\d{1,3}(?:\.\d{1,3})?)\s+(\S.*)$/.exec(t);
    const last = rows[rows.length - 1];
    if (m && rowRef(m[1]!)) {
      rows.push({ ref: m[1]!, body: [m[2]!], at: [i] });
      open = true;
      between = 0;
    } else if (last && open) {
      const status = t ? undefined : leadThenDate(last.ref, textOf(last))?.cells.get('status');
      if (status?.[0]) open = false;
      else {
        last.body.push(t);
        last.at.push(i);
      }
    } else if (t) between++;
  }
  const read: Row[] = [];
  for (const r of rows) {
    const row = leadThenDate(r.ref, textOf(r));
    if (!row) continue;
    read.push(row);
    r.at.forEach((k) => result.lines.add(k));
  }
  if (read.length) result.lines.add(head);
  emit(read, surnames, result, done, ['ref', 'action', 'owner', 'due', 'status']);
}

// A line of a cell closed by " |" (or an empty cell, a lone "|"), with no other pipe.
const CLOSED_CELL = /^[^|]*\|\s*$/;

/** Cells one a line, each closed by " |", from line `i`; a last cell with no " |" is cut off. */
function closedCells(lines: readonly string[], i: number): { cells: string[]; end: number } {
  const cells: string[] = [];
  let pieces: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (!t || (t.includes('|') && !CLOSED_CELL.test(t))) break;
    pieces.push(t.replace(/\|\s*$/, ''));
    if (t.endsWith('|')) {
      cells.push(squash(pieces.join(' ')));
      pieces = [];
    }
  }
  return { cells, end: j };
}

/**
 * A web page's table turned to text one cell a line, each cell closed by " |" (a cell may wrap
 * over lines; an empty header cell, over the refs, is a lone "|"): the header's column names,
 * then rows of as many cells, each opening with its ref.
 */
function pipeClosed(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): void {
  for (let i = from; i < lines.length; i++) {
    if (!CLOSED_CELL.test(lines[i]!.trim())) continue;
    const { cells, end } = closedCells(lines, i);
    // No ref column: the header's cells, a Markdown rule ("---|---|"), then rows of as many
    // cells ("Ensure the plan is reviewed |" / "Clerk to ... |" / "Clerk & Councillors |" ...).
    const rule = lines[end]?.trim() ?? '';
    if (/^(?:\s*:?-{3,}:?\s*\|)+$/.test(rule) && rule.split('|').length - 1 === cells.length) {
      const columns = columnsOf(cells);
      const body = closedCells(lines, end + 1);
      const n = columns.length;
      if (
        columns.filter((c) => c !== 'other').length >= 3 &&
        columns.includes('action') &&
        columns.includes('owner') &&
        body.cells.length >= n
      ) {
        const rows: Row[] = [];
        for (let r = 0; r + n <= body.cells.length; r += n)
          rows.push({
            cells: new Map(
              body.cells
                .slice(r, r + n)
                .map((t, c): [Column, string[]] => [columns[c]!, t ? [t] : []]),
            ),
          });
        for (let j = i; j < body.end; j++) result.lines.add(j);
        emit(rows, surnames, result, done, columns, endsText(lines, body.end));
        i = body.end - 1;
        continue;
      }
    }
    const k = cells.findIndex((c) => REF.test(c));
    const columns = k >= 3 ? columnsOf(cells.slice(0, k)) : [];
    if (columns[0] === 'other' && !cells[0]) columns[0] = 'ref';
    const named = columns.filter((c) => c !== 'other').length;
    if (
      columns[0] !== 'ref' ||
      named < 3 ||
      !columns.includes('action') ||
      !columns.includes('owner')
    ) {
      i = Math.max(i, end - 1);
      continue;
    }
    const rows: Row[] = [];
    for (let r = k; r < cells.length && REF.test(cells[r]!); r += columns.length)
      rows.push({
        cells: new Map(
          cells
            .slice(r, r + columns.length)
            .map((t, c): [Column, string[]] => [columns[c]!, t ? [t] : []]),
        ),
      });
    for (let j = i; j < end; j++) result.lines.add(j);
    emit(rows, surnames, result, done, columns, endsText(lines, end));
    i = end - 1;
  }
}

/**
 * A header row: three or more cells naming columns, an action and an owner among them, parted
 * by the line's separator, or by spaces (single spaces too when every word is part of a
 * column's name: "Ref Action Owner Due date Status").
 */
function headerOf(line: string): { mode: Mode; cells: Chunk[]; columns: Column[] } | undefined {
  const mode = modeOf(line);
  const given = cellsOf(line, mode).filter((c) => c.text);
  // Names run together are read longest first ("Due date", "Action owner"); if that leaves no
  // action or no owner, shortest first ("Action Owner Due" is three columns).
  const expand = (longFirst: boolean) =>
    mode !== 'spaces'
      ? given
      : given.flatMap((c) =>
          columnOf(c.text) && (longFirst || !c.text.includes(' '))
            ? [c]
            : (headerWords(c, longFirst) ?? [c]),
        );
  const named = (cs: Chunk[]) =>
    cs.some((c) => columnOf(c.text) === 'action') && cs.some((c) => columnOf(c.text) === 'owner');
  let cells = expand(true);
  if (!named(cells)) cells = expand(false);
  if (cells.length < 3) return undefined;
  const columns = columnsOf(cells.map((c) => c.text));
  if (!columns.includes('action') || !columns.includes('owner')) return undefined;
  if (mode === 'slash' && !slashHeader(cells, columns)) return undefined;
  return { mode, cells, columns };
}

/**
 * "No / Date / Action / Owner / Completed1 / 7/11/16 / FN to set dates ...": a header whose
 * last name the first row's number was glued onto, when what comes before the number is a
 * header of its own.
 */
function gluedHeader(
  line: string,
): { head: NonNullable<ReturnType<typeof headerOf>>; row: string } | undefined {
  if (!/\s\/\s/.test(line)) return undefined;
  for (const m of line.matchAll(/[a-z](?=\d{1,3}\s+\/\s)/g)) {
    const head = headerOf(line.slice(0, m.index + 1));
    if (head?.mode === 'slash') return { head, row: line.slice(m.index + 1) };
  }
  return undefined;
}

/**
 * " / " also parts words in prose ("and / or"): a header parted so names its columns, but for
 * a few short cells beside the log's ("Recommendation", "Level for action") in a header that
 * names four columns or more.
 */
function slashHeader(cells: readonly Chunk[], columns: readonly Column[]): boolean {
  const others = columns.filter((c) => c === 'other').length;
  const named = columns.length - others;
  return (
    others === 0 ||
    (named >= 4 && others < named && cells.every((c) => c.text.split(' ').length <= 8))
  );
}

/**
 * A row broken over two lines (a page-width wrap the PDF reader could not tell from a
 * sentence's end: "| Jan." / "21, 2025 | Amber |", "| Clerk |" / "Jan. 21, 2025 |", "TG /" /
 * "next meeting"): a pipe row goes on at a next line that ends in its pipes without opening
 * with one, a row ending in " /" at the next line. The line taken in is left blank, and `partner`
 * says which line it was taken into.
 */
function rejoinRows(lines: readonly string[]): {
  lines: string[];
  partner: Map<number, number>;
} {
  const out = [...lines];
  const partner = new Map<number, number>();
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!.trim();
    const next = out[i + 1]!.trim();
    // A pipe row goes on where the next line is a rest ending in its pipes; any row ending in
    // a separator (" /") goes on at the next line.
    const pipeRest = /^\|.*\|/.test(t) && !next.startsWith('|') && next.includes('|');
    const cut = /\S\s([/|])$/.exec(t)?.[1];
    const cutRow = cut !== undefined && !t.startsWith('|') && t.slice(0, -1).includes(` ${cut} `);
    if (!next || !(pipeRest || cutRow)) continue;
    out[i] = `${out[i]!.trimEnd()} ${next}`;
    out[i + 1] = '';
    partner.set(i, i + 1);
  }
  return { lines: out, partner };
}

export function actionTables(
  source: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
): TableResult {
  const { lines, partner } = rejoinRows(source);
  const result: TableResult = { found: [], warnings: [], lines: new Set() };
  const done = { n: 0 };
  pipeClosed(lines, from, surnames, result, done);
  for (let i = from; i < lines.length; i++) {
    if (result.lines.has(i)) continue;
    const line = lines[i]!;
    const glued = gluedHeader(line);
    const head = glued?.head ?? headerOf(line);
    const paragraph = head ? undefined : paragraphLog(line, surnames);
    if (paragraph) {
      result.lines.add(i);
      emit(paragraph.rows, surnames, result, done, paragraph.columns, endsText(lines, i + 1));
      continue;
    }
    if (head) {
      const { mode, cells: cs, columns } = head;
      if (mode !== 'spaces') {
        i = separated(lines, i, mode, columns, surnames, result, done, glued?.row) - 1;
        continue;
      }
      // The PDF reader can put the first row on the header's line ("... Due      TB 12/01
      // Circulate ..."): cells after the last named column that start with a ref are that
      // row, shifted back under the header by the ref's offset.
      const lastNamed = columns.reduce((k, c, j) => (c !== 'other' ? j : k), -1);
      const k = cs.findIndex((c, j) => j > lastNamed && REF.test(c.text));
      const refAt = cs[columns.indexOf('ref')]?.at;
      if (k > 0 && refAt !== undefined) {
        const shift = cs[k]!.at - refAt;
        const glued = cs
          .slice(k)
          .reduce((row, c) => `${row.padEnd(c.at - shift)}${c.text}  `, '')
          .trimEnd();
        aligned(lines, i, cs.slice(0, k), columns.slice(0, k), surnames, result, done, glued);
        continue;
      }
      // The header's last names wrapped past the page width onto lines of their own at the
      // margin ("Status" under "Ref"): their column starts after the last one on the line.
      let at = i;
      const wide = [...cs];
      const named = [...columns];
      for (let j = i + 1; j < lines.length; j++) {
        const t = lines[j]!;
        const c = columnOf(t);
        if (!t.trim() || /^\s/.test(t) || chunks(t).length > 1 || !c) break;
        const prev = wide[wide.length - 1]!;
        wide.push({ text: t.trim(), at: prev.at + prev.text.length + 1 });
        named.push(c);
        result.lines.add(j);
        at = j;
      }
      aligned(lines, at, wide, named, surnames, result, done);
      continue;
    }
    // Flattened header: three or more header cells on consecutive (non-blank) lines.
    const headerLines: number[] = [];
    const columns: Column[] = [];
    for (let j = i; j < Math.min(lines.length, i + 12) && columns.length < 6; j++) {
      const t = lines[j]!.trim();
      if (!t) continue;
      const c = columnOf(t);
      if (!c || chunks(lines[j]!).length > 1) break;
      columns.push(c);
      headerLines.push(j);
    }
    if (
      columns.length >= 3 &&
      columns[0] !== 'action' &&
      columns[0] !== 'other' &&
      columns.includes('action') &&
      columns.includes('owner')
    ) {
      headerLines.forEach((j) => result.lines.add(j));
      i =
        flattened(
          lines,
          headerLines[headerLines.length - 1]! + 1,
          columns,
          surnames,
          result,
          done,
        ) - 1;
    }
  }
  unheaded(lines, from, surnames, result, done);
  unheadedFlat(lines, from, surnames, result, done);
  leadsBeforeDates(lines, from, surnames, result, done);
  // An action sheet may come before the attendance list ("Action Sheet" then "People present").
  headerless(lines, 0, surnames, result, done);
  ownerFirst(lines, from, surnames, result, done);
  for (const [i, j] of partner) if (result.lines.has(i)) result.lines.add(j);
  if (done.n)
    result.warnings.push(
      `${done.n} row(s) of the action log were already complete or closed and were not imported.`,
    );
  return result;
}
