/**
 * The draft shown for review: a neutral Message for chat and a plain table for the terminal.
 * Text from the document has already lost emails and phone numbers (parse.ts redacts them).
 */
import { context, heading, paragraph, type Block, type Message, type Table } from '../message.ts';
import type { Draft, DraftAction } from './draft.ts';

const owners = (a: DraftAction) =>
  a.owners.length
    ? a.ownerDetails
        .map((o) => (o.match === 'near' ? `${o.name}? (written "${o.written}")` : o.name))
        .join(', ')
    : a.ownersAsWritten
      ? `? (written "${a.ownersAsWritten}")`
      : 'unassigned';

const due = (a: DraftAction) =>
  !a.due
    ? ''
    : a.due.kind === 'date'
      ? a.due.date
      : `next meeting${a.due.date ? ` (${a.due.date})` : ''}`;

function table(caption: string, actions: readonly DraftAction[]): Table {
  return {
    caption,
    columns: ['#', 'Ref', 'Action', 'Owner', 'Due', 'Check'],
    rows: actions.map((a, i) => [
      String(i + 1),
      a.ref ?? '',
      a.text,
      owners(a),
      due(a),
      a.flags.join(' ') || (a.confidence < 0.6 ? 'low confidence' : ''),
    ]),
  };
}

function summaryLines(draft: Draft): string[] {
  const m = draft.meeting;
  const n = draft.nextMeeting;
  return [
    `${draft.documentKind === 'report' ? 'Committee report' : 'Minutes'}: ${draft.board ?? 'board not named'}`,
    `Meeting: ${m ? [m.date, m.time, m.location].filter(Boolean).join(', ') : 'no date found'}`,
    `Next meeting: ${n ? [n.date, n.time, n.location].filter(Boolean).join(', ') + (n.board ? ` (of ${n.board})` : '') : 'not given'}`,
    `Attendees: ${draft.attendees.length}; apologies: ${draft.apologies.length}`,
  ];
}

export function reviewMessage(draft: Draft): Message {
  const explicit = draft.actions.filter((a) => a.kind === 'explicit');
  const suggested = draft.actions.filter((a) => a.kind === 'suggested');
  const blocks: Block[] = [heading(`Import: ${draft.source ?? 'minutes'}`)];
  for (const line of summaryLines(draft)) blocks.push(paragraph(line));
  blocks.push({ kind: 'table', table: table(`${explicit.length} action(s) found`, explicit) });
  if (suggested.length)
    blocks.push({
      kind: 'table',
      table: table(`${suggested.length} suggestion(s): not written unless accepted`, suggested),
    });
  for (const w of draft.warnings) blocks.push(context(`Warning: ${w}`));
  return {
    summary: `${draft.board ?? 'Minutes'}: ${explicit.length} action(s), ${suggested.length} suggestion(s) found.`,
    blocks,
  };
}

/** The review as terminal text. */
export function reviewText(draft: Draft): string {
  const out = [...summaryLines(draft), ''];
  const section = (title: string, actions: readonly DraftAction[]) => {
    out.push(title);
    if (!actions.length) out.push('  (none)');
    actions.forEach((a, i) => {
      out.push(`  ${i + 1}. ${a.ref ? `[${a.ref}] ` : ''}${a.text}`);
      out.push(`     owner: ${owners(a)}   due: ${due(a) || '-'}   confidence: ${a.confidence}`);
      for (const f of a.flags) out.push(`     check: ${f}`);
    });
    out.push('');
  };
  section(
    'Actions',
    draft.actions.filter((a) => a.kind === 'explicit'),
  );
  section(
    'Suggestions (not written unless accepted)',
    draft.actions.filter((a) => a.kind === 'suggested'),
  );
  if (draft.warnings.length) {
    out.push('Warnings');
    for (const w of draft.warnings) out.push(`  - ${w}`);
  }
  return out.join('\n') + '\n';
}
