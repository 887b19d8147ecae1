/**
 * Action logs set out as tables: "No. | Action | Owner | Due | Status" with pipes, tabs or
 * aligned columns (pdftotext -layout), and the same table flattened by PDF-to-text into one
 * cell per line. Rows already marked complete are matters arising, not new actions: they are
 * counted in a warning and left out.
 */
import type { Found } from './found.ts';
import { leadingOwner, ownerList } from './owners.ts';
import { squash } from './text.ts';

type Column = 'ref' | 'action' | 'owner' | 'due' | 'status' | 'other';

const COLUMN_NAMES: readonly [Column, RegExp][] = [
  [
    'ref',
    /^(?:no\.?|number|ref\.?|reference|#|item(?: no\.?)?|minute(?: ref\.?| no\.?)?|action (?:no\.?|ref\.?))$/i,
  ],
  [
    'action',
    /^(?:actions?|action required|action points?|agreed actions?|description|actions? agreed|details?)$/i,
  ],
  [
    'owner',
    /^(?:owners?|lead(?: officer| member)?|responsible(?: officer| person)?|responsibility|by whom|who|action by|officer|assigned to)$/i,
  ],
  [
    'due',
    /^(?:due(?: date| by)?|deadline|by when|when|target(?: date)?|completion date|date(?: due)?|timescales?)$/i,
  ],
  ['status', /^(?:status|progress|update|rag(?: status)?|comments?|notes?)$/i],
];

const columnOf = (cell: string): Column | undefined =>
  COLUMN_NAMES.find(([, re]) => re.test(squash(cell).replace(/[:*]/g, '')))?.[0];

const DONE = /^(?:complete[d]?|closed|done|discharged|superseded|dropped)\b/i;
// "4", "4.2", "A12", "4b", and the coded refs of NHS logs ("TB 12/03", "PUB22/3/85").
const REF =
  /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]{1,5}[-/]?\d{1,3}|\d{1,3}[a-z]|[A-Z]{1,5} ?\d{1,4}(?:[/.-]\d{1,4}){1,3}[a-z]?)$/;
const STATUS =
  /^(?:open|closed|complete[d]?|ongoing|in progress|done|not started|on track|delayed|red|amber|green|discharged|superseded|dropped|overdue|new)\b/i;
const DUEISH =
  /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|next meeting|ongoing|tbc|asap|immediate|^q[1-4]\b|\d{1,2}\/\d{1,2}/i;

export interface TableResult {
  readonly found: Found[];
  readonly warnings: string[];
  /** Lines consumed, so running-text parsing skips them. */
  readonly lines: Set<number>;
}

interface Chunk {
  readonly text: string;
  readonly at: number;
}

function chunks(line: string): Chunk[] {
  if (line.includes('|')) {
    const out: Chunk[] = [];
    let at = 0;
    for (const part of line.split('|')) {
      if (part.trim()) out.push({ text: part.trim(), at });
      at += part.length + 1;
    }
    return out;
  }
  // Cells are words joined by single spaces; a tab or two spaces separate them.
  const out: Chunk[] = [];
  for (const m of line.matchAll(/[^\t ]+(?: [^\t ]+)*/g)) out.push({ text: m[0], at: m.index });
  return out;
}

interface Row {
  cells: Map<Column, string[]>;
}

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
    dueText: get('due') || null,
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
  const columnAt = (c: Chunk, count: number, useCount: boolean): Column => {
    if (useCount) return columns[count]!;
    let idx = 0;
    header.forEach((h, k) => {
      if (h.at <= c.at + 2) idx = k;
    });
    return columns[idx]!;
  };
  let end = start + 1;
  for (let i = glued === undefined ? start + 1 : start; i < lines.length; i++) {
    const line = i === start ? glued! : lines[i]!;
    if (!line.trim() || /^[\s|:+-]+$/.test(line)) {
      end = i + 1;
      continue;
    }
    const cs = chunks(line);
    const pipes = line.includes('|');
    const firstIsRef =
      hasRef && REF.test(cs[0]?.text ?? '') && columnAt(cs[0]!, 0, false) === 'ref';
    const belongs = cs.length >= 2 || (cs[0]?.at ?? 0) > 0 || firstIsRef || pipes;
    if (!belongs) {
      // A PDF cell whose next line began past the page width comes back as a blank line, then
      // a few words at the left margin ("Aug due to lack"): the table goes on below it.
      if (rows.length && strayWrap(lines, i, hasRef, (c) => columnAt(c, 0, false))) {
        result.lines.add(i);
        end = i + 1;
        continue;
      }
      break;
    }
    const exact = cs.length === columns.length;
    const startsRow = hasRef
      ? pipes
        ? exact && cs[0]!.text !== '' && columnAt(cs[0]!, 0, exact) === 'ref'
        : firstIsRef || (exact && columnAt(cs[0]!, 0, exact) === 'ref')
      : exact;
    if (startsRow || rows.length === 0) rows.push({ cells: new Map() });
    const row = rows[rows.length - 1]!;
    cs.forEach((c, k) => {
      const col = columnAt(c, k, exact);
      row.cells.set(col, [...(row.cells.get(col) ?? []), c.text]);
    });
    result.lines.add(i);
    end = i + 1;
  }
  for (let i = start; i < end; i++) result.lines.add(i);
  for (const r of rows) {
    const f = toFound(r, surnames, done);
    if (f) result.found.push(f);
  }
}

function flattened(
  lines: readonly string[],
  start: number,
  columns: Column[],
  surnames: ReadonlySet<string>,
  result: TableResult,
  done: { n: number },
): number {
  // Cells one per line: gather each row from its ref to the next ref, then read from the end.
  const rows: string[][] = [];
  const lastColumn = columns[columns.length - 1];
  const closes = (t: string) =>
    lastColumn === 'status' ? STATUS.test(t) : lastColumn === 'due' ? DUEISH.test(t) : false;
  let closed = false;
  let i = start;
  for (; i < lines.length; i++) {
    const t = squash(lines[i]!);
    if (!t) continue;
    if (t.includes('|')) break;
    if (REF.test(t)) {
      rows.push([t]);
      closed = false;
    } else if (rows.length && !closed && rows[rows.length - 1]!.length < 14) {
      const row = rows[rows.length - 1]!;
      row.push(t);
      // The last cell of a row (its status) ends it: what follows is a new row or not the table.
      if (row.length >= columns.length - 1 && closes(t)) closed = true;
    } else break;
    result.lines.add(i);
  }
  const after = columns.slice(columns.indexOf('action') + 1);
  // Columns between the ref and the action ("No. / Owner / Action"), read from the front.
  const before = columns.slice(1, columns.indexOf('action'));
  for (const cells of rows) {
    const row: Row = { cells: new Map([['ref', [cells[0]!]]]) };
    const rest = cells.slice(1);
    for (const col of before) {
      const first = rest[0];
      if (first === undefined || rest.length < 2) break;
      const fits =
        col === 'status'
          ? STATUS.test(first)
          : col === 'due'
            ? DUEISH.test(first)
            : col === 'owner'
              ? Boolean(ownerList(first, surnames))
              : true;
      if (!fits) break;
      row.cells.set(col, [rest.shift()!]);
    }
    for (const col of [...after].reverse()) {
      const last = rest[rest.length - 1];
      if (last === undefined || rest.length < 2) break;
      const fits =
        col === 'status'
          ? STATUS.test(last)
          : col === 'due'
            ? DUEISH.test(last)
            : col === 'owner'
              ? Boolean(ownerList(last, surnames))
              : true;
      if (fits) row.cells.set(col, [rest.pop()!]);
    }
    row.cells.set('action', rest);
    const f = toFound(row, surnames, done);
    if (f) result.found.push(f);
  }
  return i;
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

export function actionTables(
  lines: readonly string[],
  from: number,
  surnames: ReadonlySet<string>,
): TableResult {
  const result: TableResult = { found: [], warnings: [], lines: new Set() };
  const done = { n: 0 };
  for (let i = from; i < lines.length; i++) {
    if (result.lines.has(i)) continue;
    const line = lines[i]!;
    const cs = chunks(line);
    if (cs.length >= 3) {
      const columns = cs.map((c) => columnOf(c.text) ?? 'other');
      if (columns.includes('action') && columns.includes('owner')) {
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
        aligned(lines, i, cs, columns, surnames, result, done);
        continue;
      }
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
      columns[0] === 'ref' &&
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
  // An action sheet may come before the attendance list ("Action Sheet" then "People present").
  headerless(lines, 0, surnames, result, done);
  ownerFirst(lines, from, surnames, result, done);
  if (done.n)
    result.warnings.push(
      `${done.n} row(s) of the action log were already complete or closed and were not imported.`,
    );
  return result;
}
