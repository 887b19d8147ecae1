/** The digest as Markdown (CommonMark tables as GitHub renders them), for wikis and email. */
import type { DigestModel } from './model.ts';
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

/**
 * People's text is escaped, not trusted: a note reading `**urgent** | [x](javascript:...)`
 * shows as written and cannot break the table or become a link. With [ ] escaped, ( ) ! cannot
 * form a link or image, and # + - only matter at the start of a line, where no user text goes.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, ' ')
      .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
      // Only an ampersand that would start an entity ("&amp;") needs escaping.
      .replace(/&(?=#?\w+;)/g, '&amp;')
  );
}

const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;

export function renderMarkdown(model: DigestModel): string {
  const out: string[] = [`# ${escapeMarkdown(documentTitle(model))}`, ''];
  out.push(`**Meeting:** ${escapeMarkdown(meetingText(model.meeting))}  `);
  out.push(`**Prepared:** ${escapeMarkdown(model.generatedAt)}`, '');
  out.push(escapeMarkdown(countsText(model)), '');
  const omitted = omittedText(model);
  if (omitted) out.push(escapeMarkdown(omitted), '');
  out.push(escapeMarkdown(sinceText(model)), '');
  for (const group of model.groups) {
    out.push(`## ${escapeMarkdown(group.title)} (${group.items.length})`, '');
    if (group.items.length === 0) {
      out.push('None.', '');
      continue;
    }
    out.push(row(COLUMNS), `|${COLUMNS.map(() => ' --- ').join('|')}|`);
    for (const item of group.items) out.push(row(rowCells(item)));
    out.push('');
  }
  const attention = attentionLines(model);
  if (attention.length) {
    out.push("## For the secretariat's attention", '');
    for (const line of attention) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }
  return out.join('\n');
}
