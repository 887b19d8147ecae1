/**
 * Renders neutral Messages as terminal text. User text loses control characters (an ANSI escape
 * in a note must not repaint the terminal); buttons become the commands that do the same.
 */
import type { ActionCard, Block, Button, Message, Span } from '../../src/message.ts';
import { STATUS_LABELS } from '../../src/domain.ts';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const clean = (text: string): string => text.replace(CONTROL, '');

function spans(list: readonly Span[]): string {
  return list
    .map((s) => {
      if (typeof s === 'string') return clean(s);
      if (s.style === 'bold') return `*${clean(s.text)}*`;
      if (s.style === 'code') return `\`${clean(s.text)}\``;
      return `_${clean(s.text)}_`;
    })
    .join('');
}

/** What typing does the same as pressing the button. */
export function buttonAsCommand(button: Button): string {
  const i = button.intent;
  switch (i.kind) {
    case 'set_status':
      return i.status === 'complete'
        ? `done ${i.ref}`
        : `update ${i.ref} ${STATUS_LABELS[i.status].toLowerCase()}`;
    case 'add_update':
      return `note ${i.ref} <text>`;
    case 'show':
      return `show ${i.ref}`;
    case 'attach_note':
      return `note ${i.ref} <text>`;
    case 'outstanding':
      return `outstanding ${i.board}`;
    case 'page':
      return `${i.view}${i.board ? ` ${i.board}` : ''} from ${i.offset + 1}`;
    case 'new_action':
      return `add ${i.board} <owners> "<text>" due next meeting`;
    case 'edit_action':
      return `edit ${i.ref} text "<text>" (or due <date>, restrict, publish, assign)`;
  }
}

const RAG_MARK = { red: 'RED', amber: 'AMBER', green: 'GREEN' } as const;

function card(c: ActionCard): string[] {
  const lines = [
    `[${RAG_MARK[c.rag]}] ${clean(c.ref)}${c.minuteRef ? ` (minute ${clean(c.minuteRef)})` : ''} · ${clean(c.boardName)}`,
    `  ${clean(c.text)}`,
    `  Owner: ${c.owners.length ? c.owners.map(clean).join(', ') : 'UNASSIGNED'} · Due: ${clean(c.due)} · ${STATUS_LABELS[c.status]}${
      c.carriedForward ? ` · carried forward ${c.carriedForward}×` : ''
    }`,
  ];
  if (c.latest) {
    lines.push(
      `  Latest: ${c.latest.at}, ${clean(c.latest.who)}${c.latest.note ? `: “${clean(c.latest.note)}”` : ''}`,
    );
  }
  for (const h of c.history ?? []) {
    lines.push(
      `    ${h.at} ${clean(h.who)} (${h.source}): ${h.what}${h.note ? ` — ${clean(h.note)}` : ''}`,
    );
  }
  if (c.buttons.length) lines.push(`  → ${c.buttons.map(buttonAsCommand).join('  |  ')}`);
  return lines;
}

/** One action on one line, for long lists. */
function line(c: ActionCard): string {
  const text = clean(c.text).replace(/\s+/g, ' ');
  const cut = text.length > 100 ? `${text.slice(0, 99)}…` : text;
  return `[${RAG_MARK[c.rag]}] ${clean(c.ref)} · ${STATUS_LABELS[c.status]} · due ${clean(c.due)} · ${cut} — ${
    c.owners.length ? c.owners.map(clean).join(', ') : 'UNASSIGNED'
  }`;
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`== ${clean(b.text)} ==`];
    case 'paragraph':
      return [spans(b.spans)];
    case 'context':
      return [`  ${spans(b.spans)}`];
    case 'divider':
      return ['----'];
    case 'action':
      return b.layout === 'line' ? [line(b.card)] : card(b.card);
    case 'links':
      return [`${clean(b.label)} ${b.links.map((l) => `${clean(l.label)}: ${l.url}`).join(' · ')}`];
    case 'buttons':
      return [`→ ${b.buttons.map(buttonAsCommand).join('  |  ')}`];
    case 'table':
      return [
        clean(b.table.caption),
        b.table.columns.map(clean).join(' | '),
        ...b.table.rows.map((r) => r.map(clean).join(' | ')),
      ];
  }
}

export function renderText(message: Message): string {
  return message.blocks.flatMap(block).join('\n');
}
