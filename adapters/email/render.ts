/**
 * Renders a neutral Message as an email: a subject with the board's name, an HTML part and a
 * plain-text part. Every string from the register or from people is escaped for HTML (and loses
 * control characters in both parts); buttons become the signed links of each action.
 */
import type { ActionCard, Block, Message, Span } from '../../src/message.ts';
import { spanText } from '../../src/message.ts';
import { STATUS_LABELS } from '../../src/domain.ts';
import type { ActionLinks } from '../../src/ports.ts';

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '');
const esc = (text: string): string =>
  clean(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export const FOOTER_TEXT =
  'Replies to this email are not read: use the links above to update your actions (or the bot in Slack or Teams).';

/** The subject: the message's heading (or summary), always naming the board. */
export function subjectOf(message: Message, fallbackBoard?: string): string {
  const heading = message.blocks.find((b) => b.kind === 'heading');
  const base = clean(heading?.kind === 'heading' ? heading.text : message.summary)
    .replace(/\s+/g, ' ')
    .trim();
  const board =
    message.blocks.flatMap((b) => (b.kind === 'action' ? [b.card.boardName] : []))[0] ??
    fallbackBoard;
  const subject = board && !base.includes(board) ? `${clean(board)}: ${base}` : base;
  return subject.length > 200 ? `${subject.slice(0, 197)}...` : subject;
}

/** The service's own links (digest documents) become anchors; any other URL stays text. */
function ownLink(value: string, origin: string | undefined): string | undefined {
  if (!origin || !/^https?:\/\/\S+$/.test(value)) return undefined;
  return value.startsWith(`${origin.replace(/\/+$/, '')}/`)
    ? `<a href="${esc(value)}">${esc(value)}</a>`
    : undefined;
}

function spansHtml(list: readonly Span[], origin?: string): string {
  return list
    .map((s) => {
      if (typeof s === 'string') return ownLink(s, origin) ?? esc(s);
      if (s.style === 'bold') return `<strong>${esc(s.text)}</strong>`;
      if (s.style === 'code') return `<code>${esc(s.text)}</code>`;
      return `<em>${esc(s.text)}</em>`;
    })
    .join('');
}

const spansText = (list: readonly Span[]) => clean(list.map(spanText).join(''));

const BUTTON =
  'display:inline-block;padding:8px 14px;margin:4px 8px 4px 0;border:2px solid #1d70b8;color:#1d70b8;text-decoration:none;font-weight:bold';

function cardHtml(c: ActionCard, links: ActionLinks | undefined): string {
  const latest = c.latest
    ? `<p style="margin:4px 0;color:#454545">Latest: ${esc(c.latest.at)}, ${esc(c.latest.who)}${c.latest.note ? `: “${esc(c.latest.note)}”` : ''}</p>`
    : '';
  const buttons = links
    ? `<p style="margin:8px 0">` +
      `<a href="${esc(links.complete)}" style="${BUTTON}">Complete</a>` +
      `<a href="${esc(links.inProgress)}" style="${BUTTON}">In progress</a>` +
      `<a href="${esc(links.update)}" style="${BUTTON}">Add an update</a></p>`
    : '';
  return `<div style="border-left:4px solid #505a5f;padding:4px 12px;margin:12px 0">
<h2 style="font-size:16px;margin:0">${esc(c.ref)}${c.minuteRef ? ` (minute ${esc(c.minuteRef)})` : ''}</h2>
<p style="margin:4px 0">${esc(c.text)}</p>
<p style="margin:4px 0;color:#454545">Owner: ${esc(c.owners.join(', ') || 'unassigned')} · Due: ${esc(c.due)} · ${esc(STATUS_LABELS[c.status])}${c.carriedForward ? ` · carried forward ${c.carriedForward}×` : ''}</p>
${latest}${buttons}</div>`;
}

function cardText(c: ActionCard, links: ActionLinks | undefined): string[] {
  const lines = [
    `${clean(c.ref)}${c.minuteRef ? ` (minute ${clean(c.minuteRef)})` : ''}: ${clean(c.text)}`,
    `  Owner: ${clean(c.owners.join(', ') || 'unassigned')} · Due: ${clean(c.due)} · ${STATUS_LABELS[c.status]}${c.carriedForward ? ` · carried forward ${c.carriedForward}×` : ''}`,
  ];
  if (c.latest)
    lines.push(
      `  Latest: ${clean(c.latest.at)}, ${clean(c.latest.who)}${c.latest.note ? `: “${clean(c.latest.note)}”` : ''}`,
    );
  if (links)
    lines.push(
      `  Complete: ${links.complete}`,
      `  In progress: ${links.inProgress}`,
      `  Add an update: ${links.update}`,
    );
  return lines;
}

function blockHtml(
  b: Block,
  links: ReadonlyMap<string, ActionLinks>,
  origin: string | undefined,
): string {
  switch (b.kind) {
    case 'heading':
      return `<h1 style="font-size:20px">${esc(b.text)}</h1>`;
    case 'paragraph':
      return `<p>${spansHtml(b.spans, origin)}</p>`;
    case 'context':
      return `<p style="color:#454545;font-size:14px">${spansHtml(b.spans, origin)}</p>`;
    case 'divider':
      return '<hr>';
    case 'action':
      return cardHtml(b.card, links.get(b.card.ref));
    case 'buttons':
      // Chat buttons (show, import) have no email form: the commands are in chat.
      return '';
    case 'links':
      // The service's own document links; any other URL stays as text, never a link.
      return `<p><strong>${esc(b.label)}</strong> ${b.links
        .map((l) => {
          const own = ownLink(l.url, origin);
          return own
            ? own.replace(/>[^<]*<\/a>$/, `>${esc(l.label)}</a>`)
            : `${esc(l.label)}: ${esc(l.url)}`;
        })
        .join(' · ')}</p>`;
    case 'table':
      return `<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">${esc(b.table.caption)}</caption>
<thead><tr>${b.table.columns.map((c) => `<th scope="col" style="text-align:left;padding:4px 8px;border-bottom:1px solid #505a5f">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${b.table.rows.map((r) => `<tr>${r.map((v) => `<td style="padding:4px 8px">${ownLink(v, origin) ?? esc(v)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
  }
}

function blockText(b: Block, links: ReadonlyMap<string, ActionLinks>): string[] {
  switch (b.kind) {
    case 'heading':
      return [clean(b.text), ''];
    case 'paragraph':
    case 'context':
      return [spansText(b.spans), ''];
    case 'divider':
      return ['----', ''];
    case 'action':
      return [...cardText(b.card, links.get(b.card.ref)), ''];
    case 'buttons':
      return [];
    case 'links':
      return [
        `${clean(b.label)} ${b.links.map((l) => `${clean(l.label)}: ${l.url}`).join(' · ')}`,
        '',
      ];
    case 'table':
      return [
        clean(b.table.caption),
        b.table.columns.map(clean).join(' | '),
        ...b.table.rows.map((r) => r.map(clean).join(' | ')),
        '',
      ];
  }
}

/**
 * `links` holds the signed links of each action (by ref) the recipient may update; `origin`
 * (the service's public URL) marks which URLs in the text are ours, to show as links.
 */
export function renderEmail(
  message: Message,
  links: ReadonlyMap<string, ActionLinks>,
  origin?: string,
): RenderedEmail {
  const subject = subjectOf(message);
  const expires = [...links.values()].map((l) => l.expires.getTime());
  const lifetime = expires.length
    ? ' Each link works once, for you only, until the end of the day of the meeting it is for.'
    : '';
  const text = [
    ...message.blocks.flatMap((b) => blockText(b, links)),
    '--',
    `${FOOTER_TEXT}${lifetime}`,
    'Matters Arising',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;line-height:1.5;max-width:40em">
${message.blocks.map((b) => blockHtml(b, links, origin)).join('\n')}
<hr>
<p style="color:#454545;font-size:14px">${esc(FOOTER_TEXT)}${esc(lifetime)}</p>
<p style="color:#454545;font-size:14px">Matters Arising</p>
</body></html>
`;
  return { subject, text, html };
}
