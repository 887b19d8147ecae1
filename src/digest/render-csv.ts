/**
 * The digest as CSV for Excel: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads "Tim Godwin – MPS" correctly, one row per action with its group. Dates that a
 * sheet sorts on (raised, due) are ISO 8601 (2026-12-02), with the due's kind beside it.
 */
import { stringify } from 'csv-stringify/sync';
import type { DigestModel, DueKind } from './model.ts';
import { RAG_LABELS, latestText, omittedText, ownerText } from './text.ts';

export const CSV_COLUMNS = [
  'Group',
  'Ref',
  'Raised',
  'Minute',
  'Action',
  'Owners',
  'Due',
  'Due date',
  'Due kind',
  'Status',
  'RAG',
  'Times carried forward',
  'Latest update',
  'Latest update by',
  'Latest note',
] as const;

const DUE_KIND_LABELS: Readonly<Record<DueKind, string>> = {
  meeting: 'meeting',
  date: 'date',
  none: 'not set',
};

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab or CR, which some strip first) as a
 * formula: `=HYPERLINK(...)` in a note would become a live link. A leading apostrophe makes
 * the cell text, and Excel shows it without the apostrophe.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function renderCsv(model: DigestModel): string {
  const rows: string[][] = [];
  for (const group of model.groups) {
    for (const item of group.items) {
      rows.push([
        group.title,
        item.ref,
        item.raisedIso ?? '',
        item.minuteRef ?? '',
        item.text,
        item.owners.map(ownerText).join('; '),
        item.due,
        // ISO dates sort as text and Excel reads them as dates; the kind says what the date is.
        item.dueIso ?? '',
        DUE_KIND_LABELS[item.dueKind],
        item.statusLabel,
        RAG_LABELS[item.rag],
        String(item.carriedForward),
        item.latest?.date ?? '',
        item.latest?.who ?? '',
        item.latest?.note ?? (item.latest ? '' : latestText(item)),
      ]);
    }
  }
  // The public edition says what it left out, as the other formats do: a last row, in the first
  // column, where someone scrolling the sheet meets it and a filter on Ref leaves it out.
  const omitted = omittedText(model);
  const foot = omitted ? [[omitted, ...CSV_COLUMNS.slice(1).map(() => '')]] : [];
  return stringify([[...CSV_COLUMNS], ...rows.map((r) => r.map(neutraliseCell)), ...foot], {
    bom: true,
    record_delimiter: 'windows',
  });
}
