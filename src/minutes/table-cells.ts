/**
 * The cells of one line of a table, however it was flattened: pipes, tabs, " / " between
 * cells, or space-aligned columns (two spaces or more, or single spaces where the header row
 * says a column starts). What a cell looks like: a ref, an owner, a due date, a status.
 */
import { ownerList } from './owners.ts';
import { squash } from './text.ts';

export type Column = 'ref' | 'action' | 'owner' | 'due' | 'status' | 'time' | 'other';

export type Mode = 'pipe' | 'tab' | 'slash' | 'spaces';

/** A row being read: each column's pieces, in the order its lines gave them. */
export interface Row {
  cells: Map<Column, string[]>;
}

export interface Chunk {
  readonly text: string;
  readonly at: number;
}

/** Adds pieces to a row's cell for a column, after those it has. */
export function addCell(cells: Map<Column, string[]>, col: Column, ...texts: string[]): void {
  cells.set(col, [...(cells.get(col) ?? []), ...texts]);
}

/**
 * Which header column a cell starting at `at` sits under: the last whose name starts at or
 * before it (two characters of slack, for a PDF's uneven spacing).
 */
export function columnIndex(starts: readonly number[], at: number): number {
  let idx = 0;
  starts.forEach((h, k) => {
    if (h <= at + 2) idx = k;
  });
  return idx;
}

const COLUMN_NAMES: readonly [Column, RegExp][] = [
  [
    'ref',
    /^(?:no\.?|number|ref\.?(?: no\.?)?|reference|#|id|(?:agenda )?item(?: no\.?| ref\.?)?|minute(?: ref\.?| no\.?)?|action (?:no\.?|ref\.?)|log no\.?)$/i,
  ],
  [
    'action',
    /^(?:actions?|actions? required|action points?|agreed actions?|description|actions? agreed|details?|actions? arising|action description|action to be taken|tasks?)$/i,
  ],
  [
    'owner',
    /^(?:owners?|action owner|lead(?:s| officer| member| person)?|(?:named|identified) lead|(?:recommendation |action )?(?:made|assigned|referred) to|responsible(?: officer| person| party)?|(?:person|officer) responsible|responsibility|by whom|who(?: by)?|action by(?: whom)?|officer|assigned to|who is responsible(?: for (?:the )?actions?)?\??)$/i,
  ],
  [
    'due',
    /^(?:due(?: date| by)?|deadline(?: date)?|by when|when|target(?: completion)?(?: date)?|(?:expected )?completion(?: date)?|date (?:due|for completion)|date|timescales?(?: (?:&|and) review date)?|time ?frame|timeline)$/i,
  ],
  [
    'status',
    /^(?:(?:current )?status(?: update| comments?)?|done|(?:date )?completed(?: date)?|progress(?: update)?|update|rag(?: status| rating)?|comments?|notes?|position|outcome|status ?\/ ?comments?|achieved\??)$/i,
  ],
  // An agenda's columns: a table that has them and no due or status column is not a log.
  ['time', /^(?:time|timings?|duration|paper|papers|purpose|format)$/i],
];

// A recommendations tracker's column of what is to be done: its action column when the table
// has no other ("Recommendation made"); beside an "Actions required" column it is context.
const RECOMMENDATION = /^recommendations?(?: made)?$/i;

/** The columns a header's cells name, a recommendation column standing in for a missing action. */
export function columnsOf(cells: readonly string[]): Column[] {
  const columns = cells.map((c) => columnOf(c) ?? 'other');
  const rec = cells.findIndex((c) => RECOMMENDATION.test(squash(c).replace(/[:*]/g, '')));
  if (rec >= 0 && !columns.includes('action')) columns[rec] = 'action';
  return columns;
}

export const columnOf = (cell: string): Column | undefined =>
  COLUMN_NAMES.find(([, re]) => re.test(squash(cell).replace(/[:*]/g, '')))?.[0];

/**
 * The column names a header cell holds when single spaces part them ("Due date Status"):
 * read greedily, the longest name first (or the shortest, `longFirst` false), or undefined
 * when a word is no column's name.
 */
export function headerWords(chunk: Chunk, longFirst = true): Chunk[] | undefined {
  const words = [...chunk.text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    at: chunk.at + m.index,
  }));
  return segment(words, longFirst);
}

function segment(words: readonly Chunk[], longFirst: boolean): Chunk[] | undefined {
  const out: Chunk[] = [];
  for (let k = 0; k < words.length;) {
    let took = 0;
    const most = Math.min(3, words.length - k);
    for (let step = 0; step < most && !took; step++) {
      const n = longFirst ? most - step : step + 1;
      const text = words
        .slice(k, k + n)
        .map((w) => w.text)
        .join(' ');
      if (columnOf(text)) {
        out.push({ text, at: words[k]!.at });
        took = n;
      }
    }
    if (!took) return undefined;
    k += took;
  }
  return out;
}

const SEPARATOR: Record<Exclude<Mode, 'spaces'>, RegExp> = {
  pipe: /\|/g,
  tab: /\t/g,
  slash: /\s+\/\s+/g,
};

/** The separator a line uses, if any: a pipe, a tab, then " / ". */
export function modeOf(line: string): Mode {
  if (line.includes('|')) return 'pipe';
  if (line.includes('\t')) return 'tab';
  if (/\S\s+\/\s+\S/.test(line)) return 'slash';
  return 'spaces';
}

export const hasSeparator = (line: string, mode: Mode): boolean =>
  mode === 'spaces' ? /\S {2,}\S/.test(line) : new RegExp(SEPARATOR[mode].source).test(line);

/**
 * The cells of a line. With a separator every cell is kept, empty ones too, so a wrapped row
 * ("|   | to all members |   |") keeps each piece under its column; with spaces, cells are
 * words joined by single spaces, parted by a tab or two spaces or more.
 */
export function cellsOf(line: string, mode: Mode): Chunk[] {
  if (mode === 'spaces') {
    const out: Chunk[] = [];
    for (const m of line.matchAll(/[^\t ]+(?: [^\t ]+)*/g)) out.push({ text: m[0], at: m.index });
    return out;
  }
  let body = line;
  let offset = 0;
  if (mode === 'pipe') {
    const lead = /^\s*\|/.exec(body);
    if (lead) {
      offset = lead[0].length;
      body = body.slice(offset);
    }
    body = body.replace(/\|\s*$/, '');
  }
  const out: Chunk[] = [];
  let at = 0;
  for (const m of body.matchAll(SEPARATOR[mode])) {
    out.push(trimmed(body.slice(at, m.index), offset + at));
    at = m.index + m[0].length;
  }
  out.push(trimmed(body.slice(at), offset + at));
  return out;
}

function trimmed(text: string, at: number): Chunk {
  const lead = text.length - text.trimStart().length;
  return { text: squash(text), at: at + lead };
}

// "4", "4.2", "4.2a", "10c)", "A12", "A1.2", council minutes "23/45", "2209-B1.1", and the coded
// refs of NHS logs ("TB 12/03", "PUB22/3/85").
export const REF =
  /^(?:\d{1,3}(?:\.\d{1,3})*[a-z]?\.?\)?|[A-Z]{1,5}[-/]?\d{1,3}(?:\.\d{1,3})*|\d{1,4}\/\d{1,4}|\d{1,4}-[A-Z]{1,3}\d{1,3}(?:\.\d{1,3})*|[A-Z]{1,5} ?\d{1,4}(?:[/.-]\d{1,4}){1,3}[a-z]?)$/;
export const STATUS =
  /^(?:[√✓✔☑✗✘](?:\s|$)|(?:open|closed|complete[d]?|ongoing|in progress|done|not started|on track|delayed|red|amber|green|blue|discharged|superseded|dropped|overdue|new)\b)/i;
// A row whose status is one of these is a matter arising, not a new action. In a RAG column
// green (or blue, in BRAG) is the colour of what is finished.
export const DONE =
  /^(?:[√✓✔☑](?:\s|$)|(?:this\s+)?(?:action\s+)?(?:(?:is|has\s+been)\s+)?(?:now\s+)?(?:complete[d]?|closed|done|discharged|actioned|achieved|resolved)\b|superseded|dropped|yes\W*$|(?:green|blue)(?:\s*[-–:(]\s*(?:complete|closed|done)\b|\W*$))/i;
/** A month's name or its abbreviation, not a word that starts like one ("Jane", "Mark"). */
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
export const DUEISH = new RegExp(
  String.raw`\d{4}|\b${MONTH}|next meeting|ongoing|tbc|asap|immediate|^q[1-4]\b|\d{1,2}\/\d{1,2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$`,
  'i',
);
// 10:00, 10.15am, 2pm: an agenda's running times.
const CLOCK =
  /^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?$/i;
const MONEY = /^[-(]?\s*[£$€]\s?\d|^\d{1,3}(?:,\d{3})*\.\d{2}\)?$/;

const words = (t: string) => t.split(' ').length;

/**
 * Whether a cell could be one of a column's, by what it looks like. `strict`: a first name
 * alone is not an owner (where a cell's edges are guessed, "Book" could be one).
 */
export function fits(
  column: Column,
  text: string,
  surnames: ReadonlySet<string>,
  strict = false,
): boolean {
  const t = squash(text);
  if (!t) return false;
  switch (column) {
    case 'ref':
      return REF.test(t);
    case 'owner':
      return words(t) <= 6 && Boolean(ownerList(t, surnames, { firstNames: !strict }));
    case 'due':
      return words(t) <= 5 && DUEISH.test(t);
    case 'status':
      return words(t) <= 4 && STATUS.test(t);
    case 'time':
      return CLOCK.test(t) && /[.:]|am|pm/i.test(t);
    default:
      return true;
  }
}

/** A cell of an agenda's running times or of a money column: such a table is no action log. */
export const notAction = (text: string): boolean =>
  (CLOCK.test(text) && /[.:]\d{2}|am|pm/i.test(text)) || MONEY.test(text);
