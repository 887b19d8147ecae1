/**
 * The digest as one accessible HTML page: headings in order, a real table per group with a
 * caption and header cells (column headers, and the ref as each row's header), RAG spelled out
 * in words, and a little CSS that the page does not need to be read.
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

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;line-height:1.4;margin:1.5rem;color:#0b0c0c}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #505a5f;padding:.35rem;text-align:left;vertical-align:top}
thead th{background:#f3f2f1}
.rag-red{border-left:.4rem solid #d4351c}.rag-amber{border-left:.4rem solid #f47738}
.rag-green{border-left:.4rem solid #00703c}`;

function table(group: DigestGroup): string {
  const head = COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = group.items.map((item) => {
    const [ref, ...rest] = rowCells(item).map(escapeHtml);
    return `<tr class="rag-${item.rag}"><th scope="row">${ref}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return [
    '<table>',
    `<caption>${escapeHtml(group.title)}: ${group.items.length} action${group.items.length === 1 ? '' : 's'}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

export function renderHtml(model: DigestModel): string {
  const title = escapeHtml(documentTitle(model));
  const body: string[] = [`<h1>${title}</h1>`];
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
  const attention = attentionLines(model);
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
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
