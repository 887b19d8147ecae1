/** One entry point for every document format: the CLI and the signed link both call it. */
import type { DigestModel } from './model.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { DigestFormat } from './formats.ts';

export { DIGEST_FORMATS, type DigestFormat } from './formats.ts';

export const CONTENT_TYPES: Readonly<Record<DigestFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

export async function renderDocument(model: DigestModel, format: DigestFormat): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(renderMarkdown(model), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(model), 'utf8');
    // Loaded on the first download: the docx library alone is some 25 MB of a running service,
    // and csv-stringify 8 MB, for a document most instances make a few times a month.
    case 'docx':
      return (await import('./render-docx.ts')).renderDocx(model);
    case 'csv':
      return Buffer.from((await import('./render-csv.ts')).renderCsv(model), 'utf8');
  }
}

/** "lcrb-2026-12-02-action-log.docx": what the secretariat saves it as. */
export function documentFileName(model: DigestModel, format: DigestFormat): string {
  const date = model.meeting ? model.meeting.startsAt.slice(0, 10) : 'no-meeting';
  const edition = model.edition === 'public' ? '-public' : '';
  return `${model.board.slug}-${date}-action-log${edition}.${format}`;
}
