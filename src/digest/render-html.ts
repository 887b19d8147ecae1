/**
 * The digest as one accessible HTML page: headings in order, a real table per group with a
 * caption and header cells (column headers, and the ref as each row's header), RAG spelled out
 * in words, and a little CSS that the page does not need to be read. Every group's table has
 * the same column widths (one <colgroup>, fixed layout), so the sections line up down the page;
 * refs never break across lines; printed, it is A4 landscape with the protective marking at the
 * top and bottom. The public edition has no section for the secretariat.
 */
import type { DigestGroup, DigestModel } from './model.ts';
import {
  COLUMNS,
  attentionLines,
  countsText,
  documentTitle,
  meetingText,
  omittedText,
  rowCells,
  sinceText,
} from './text.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Share of the width per column, in COLUMNS order; the same in every table. */
export const HTML_WIDTHS = [8, 8, 7, 27, 14, 10, 11, 15] as const;

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;line-height:1.4;margin:1.5rem;color:#0b0c0c}
.marking{font-weight:bold;text-align:center;letter-spacing:.05em;margin:.5rem 0}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem;table-layout:fixed}
td{overflow-wrap:anywhere}
.ref{white-space:nowrap}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #505a5f;padding:.35rem;text-align:left;vertical-align:top}
thead th{background:#f3f2f1}
.rag-red{border-left:.4rem solid #d4351c}.rag-amber{border-left:.4rem solid #f47738}
.rag-green{border-left:.4rem solid #00703c}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;font-size:9pt}h2{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}`;

const colgroup = `<colgroup>${HTML_WIDTHS.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;

function table(group: DigestGroup): string {
  const head = COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = group.items.map((item) => {
    const [ref, ...rest] = rowCells(item).map(escapeHtml);
    return `<tr class="rag-${item.rag}"><th scope="row" class="ref">${ref}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return [
    '<table>',
    `<caption>${escapeHtml(group.title)}: ${group.items.length} action${group.items.length === 1 ? '' : 's'}</caption>`,
    colgroup,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

export function renderHtml(model: DigestModel): string {
  const title = escapeHtml(documentTitle(model));
  const marking = `<p class="marking">${escapeHtml(model.marking)}</p>`;
  const body: string[] = [marking, `<h1>${title}</h1>`];
  body.push(
    `<p><strong>Meeting:</strong> ${escapeHtml(meetingText(model.meeting))}<br>`,
    `<strong>Prepared:</strong> ${escapeHtml(model.generatedAt)}</p>`,
    `<p>${escapeHtml(countsText(model))}</p>`,
  );
  const omitted = omittedText(model);
  if (omitted) body.push(`<p>${escapeHtml(omitted)}</p>`);
  body.push(`<p>${escapeHtml(sinceText(model))}</p>`);
  for (const group of model.groups) {
    body.push(`<h2>${escapeHtml(group.title)} (${group.items.length})</h2>`);
    body.push(group.items.length ? table(group) : '<p>None.</p>');
  }
  const attention = model.edition === 'public' ? [] : attentionLines(model);
  if (attention.length) {
    body.push("<h2>For the secretariat's attention</h2>");
    body.push(`<ul>\n${attention.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`);
  }
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    `<footer>${marking}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
